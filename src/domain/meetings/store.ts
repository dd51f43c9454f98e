/** Meeting slots, tables, 1:1 meetings and scheduler runs of an event. */
import type { DeclineReason, MeetingStatus } from '../events/vocab.js';

export interface MeetingSlot {
  id: string;
  eventId: string;
  /** 0-based position of the slot in the event. */
  ordinal: number;
  startsAt: Date;
  endsAt: Date;
  session: 'am' | 'pm';
}

export interface MeetingTable {
  id: string;
  eventId: string;
  label: string;
  location: string | null;
  position: number;
}

export interface MeetingOutcome {
  kind: 'cooperation_intention';
  cooperationType: string;
  estimatedValueMinor: number | null;
  currency: string | null;
  note: string | null;
  by: string;
  at: string;
}

export interface MeetingRecord {
  id: string;
  eventId: string;
  requesterId: string;
  receiverId: string | null;
  delegationId: string | null;
  message: string;
  status: MeetingStatus;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  priority: number;
  expiresAt: Date;
  remindedAt: Date | null;
  respondedAt: Date | null;
  fixed: boolean;
  draftSlotId: string | null;
  draftTableId: string | null;
  slotId: string | null;
  tableId: string | null;
  publishedAt: Date | null;
  onlineUrl: string | null;
  requesterAttendance: 'held' | 'no_show' | null;
  receiverAttendance: 'held' | 'no_show' | null;
  outcome: MeetingOutcome | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type MeetingWrite = Pick<MeetingRecord, 'id' | 'eventId' | 'requesterId' | 'receiverId' | 'delegationId' | 'message' | 'status' | 'priority' | 'expiresAt' | 'createdAt'>;
export type MeetingUpdate = Partial<Omit<MeetingRecord, 'id' | 'eventId' | 'requesterId' | 'version' | 'createdAt' | 'updatedAt'>>;

/** What meetings need to know about a participant (a registration of the event). */
export interface MeetingParticipant {
  id: string;
  eventId: string;
  userId: string;
  email: string;
  status: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  country: string;
  participantType: string;
  maxMeetings: number | null;
  unavailableSlotIds: string[];
  calendarToken: string;
  locale: string | null;
}

export interface ScheduleRunRecord {
  id: string;
  eventId: string;
  mode: 'all' | 'unbooked';
  status: 'queued' | 'running' | 'done' | 'failed';
  timeLimitMs: number;
  requestedBy: string | null;
  result: Record<string, unknown> | null;
  error: string | null;
  attempts: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
}

export interface AgendaSession {
  id: string;
  kind: string;
  title: Record<string, string>;
  track: string | null;
  roomName: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface MeetingStore {
  /** Programme sessions the participant signed up for. */
  agendaSessions(eventId: string, registrationId: string): Promise<AgendaSession[]>;
  slots(eventId: string): Promise<MeetingSlot[]>;
  replaceSlots(eventId: string, slots: MeetingSlot[]): Promise<void>;
  tables(eventId: string): Promise<MeetingTable[]>;
  replaceTables(eventId: string, tables: MeetingTable[]): Promise<void>;

  participant(eventId: string, registrationId: string): Promise<MeetingParticipant | null>;
  participantByUser(eventId: string, userId: string): Promise<MeetingParticipant | null>;
  participants(eventId: string, ids: string[]): Promise<MeetingParticipant[]>;
  /** Confirmed participants of the event. */
  confirmedParticipants(eventId: string): Promise<MeetingParticipant[]>;
  participantByCalendarToken(token: string): Promise<MeetingParticipant | null>;
  setParticipantMeetingSettings(eventId: string, registrationId: string, settings: { maxMeetings?: number | null; unavailableSlotIds?: string[] }): Promise<void>;
  delegationIdsOf(eventId: string, registrationId: string): Promise<string[]>;
  delegationNames(eventId: string): Promise<Array<{ id: string; name: string }>>;
  /** Members of a delegation of the event (registration ids), with its leader first when set. */
  delegationMembers(eventId: string, delegationId: string): Promise<{ name: string; leaderId: string | null; memberIds: string[] } | null>;

  insert(meeting: MeetingWrite): Promise<void>;
  find(eventId: string, id: string): Promise<MeetingRecord | null>;
  /** Applies the update when the version matches (if given); false otherwise. */
  update(eventId: string, id: string, patch: MeetingUpdate, expectedVersion?: number): Promise<boolean>;
  /** Meetings of the event, optionally only those involving a participant or having a status. */
  list(eventId: string, filter?: { participantId?: string; delegationIds?: string[]; status?: MeetingStatus[] }): Promise<MeetingRecord[]>;
  /** A pending or accepted meeting between the two participants (either direction), or for the delegation. */
  openBetween(eventId: string, requesterId: string, other: { receiverId?: string; delegationId?: string }): Promise<MeetingRecord | null>;
  /** Accepted plus pending meetings a participant is part of (for caps). */
  countActive(eventId: string, participantId: string): Promise<{ accepted: number; pending: number }>;
  /** Pending requests past their expiry (any event), locked for this transaction. */
  dueForExpiry(now: Date, limit: number): Promise<MeetingRecord[]>;
  /** Pending requests created before `createdBefore(event)` with no reminder yet (any event). */
  dueForReminder(now: Date, limit: number): Promise<Array<MeetingRecord & { reminderAfterHours: number }>>;
  /** Takes every accepted meeting's draft place as its published place; returns the ids whose place changed. */
  publishDraft(eventId: string, now: Date): Promise<string[]>;

  insertRun(run: Omit<ScheduleRunRecord, 'result' | 'error' | 'attempts' | 'startedAt' | 'finishedAt' | 'createdAt'>): Promise<void>;
  findRun(eventId: string, id: string): Promise<ScheduleRunRecord | null>;
  latestRun(eventId: string): Promise<ScheduleRunRecord | null>;
  activeRun(eventId: string): Promise<ScheduleRunRecord | null>;
  /** Claims the oldest queued run (or a running one abandoned before `staleBefore`), marking it running. */
  claimRun(now: Date, staleBefore: Date): Promise<ScheduleRunRecord | null>;
  finishRun(id: string, outcome: { status: 'done' | 'failed'; result?: Record<string, unknown>; error?: string; at: Date }): Promise<void>;
  /** Writes draft places for a whole event in one go (null clears). */
  setDraftPlaces(eventId: string, places: Array<{ meetingId: string; slotId: string | null; tableId: string | null }>): Promise<void>;
}
