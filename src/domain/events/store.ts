import type { LocalisedTextValue, MeetingSettings, RegistrationForm } from './schema.js';
import type { EventKind, EventStatus, OrganiserRole, RegistrationMode, SessionKind } from './vocab.js';

export interface EventOrganiser {
  organisationId: string;
  organisationName: string;
  role: OrganiserRole;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  parentEventId: string | null;
  status: EventStatus;
  title: LocalisedTextValue;
  description: LocalisedTextValue;
  defaultLanguage: string;
  languages: string[];
  sectors: string[];
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venue: string | null;
  city: string | null;
  country: string | null;
  onlineUrl: string | null;
  registrationMode: RegistrationMode;
  capacity: number | null;
  registrationClosesAt: Date | null;
  registrationForm: RegistrationForm;
  meetingSettings: MeetingSettings;
  createdBy: string | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** An event with its organisers: what policies and presenters need. */
export interface EventView extends EventRecord {
  organisers: EventOrganiser[];
}

export type EventWrite = Omit<EventRecord, 'createdAt' | 'updatedAt' | 'version'>;
export type EventUpdate = Partial<Omit<EventRecord, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'createdBy'>>;

export interface EventListFilter {
  kind?: EventKind;
  when: 'upcoming' | 'past' | 'all';
  today: string;
  parentEventId?: string;
  /** Published events, plus any event of these organisations (their drafts too). */
  organiserOrganisationIds: string[];
  /** Only events organised by these organisations or with a registration of this user. */
  mineForUserId?: string;
  includeAllDrafts: boolean;
  limit: number;
}

export interface EventRoom {
  id: string;
  eventId: string;
  name: string;
  capacity: number | null;
  position: number;
}

export interface SessionPerson {
  role: 'speaker' | 'moderator' | 'panellist';
  name: string;
  organisation?: string;
  delegationId?: string;
}

export interface EventSessionRecord {
  id: string;
  eventId: string;
  kind: SessionKind;
  title: LocalisedTextValue;
  description: LocalisedTextValue;
  track: string | null;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  people: SessionPerson[];
  capacity: number | null;
  streamed: boolean;
  onlineViewers: number | null;
  version: number;
}

export interface EventStore {
  insert(event: EventWrite): Promise<void>;
  find(id: string): Promise<EventView | null>;
  /** Applies the patch when the version matches; false when it did not. */
  update(id: string, patch: EventUpdate, expectedVersion?: number): Promise<boolean>;
  delete(id: string): Promise<void>;
  list(filter: EventListFilter): Promise<EventView[]>;
  setOrganiser(eventId: string, organisationId: string, role: OrganiserRole): Promise<void>;
  removeOrganiser(eventId: string, organisationId: string): Promise<void>;

  rooms(eventId: string): Promise<EventRoom[]>;
  insertRoom(room: EventRoom): Promise<void>;
  updateRoom(room: EventRoom): Promise<void>;
  deleteRoom(eventId: string, roomId: string): Promise<boolean>;

  sessions(eventId: string): Promise<EventSessionRecord[]>;
  findSession(eventId: string, sessionId: string): Promise<EventSessionRecord | null>;
  insertSession(session: Omit<EventSessionRecord, 'version'>): Promise<void>;
  updateSession(eventId: string, sessionId: string, patch: Partial<Omit<EventSessionRecord, 'id' | 'eventId' | 'version'>>, expectedVersion?: number): Promise<boolean>;
  deleteSession(eventId: string, sessionId: string): Promise<boolean>;
  /** Locks the session row until the transaction ends, so sign-ups against its capacity take turns. */
  lockSession(eventId: string, sessionId: string): Promise<EventSessionRecord | null>;
  /** Sets the recorded online-viewer figure; not an edit of the programme, so the version stays. */
  setOnlineViewers(eventId: string, sessionId: string, count: number): Promise<boolean>;

  /** Sign-ups per session (by confirmed registrations only); sessions without any are absent. */
  sessionAttendeeCounts(eventId: string): Promise<Map<string, number>>;
  /** The sessions a registration signed up for. */
  sessionsAttendedBy(eventId: string, registrationId: string): Promise<string[]>;
  /** False when the registration had already signed up. */
  addSessionAttendee(eventId: string, sessionId: string, registrationId: string): Promise<boolean>;
  removeSessionAttendee(eventId: string, sessionId: string, registrationId: string): Promise<boolean>;
}
