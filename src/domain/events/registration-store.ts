/** Registrations, attendance, delegations and exhibitors of events. */
import type { ParticipantType, RegistrationStatus } from './vocab.js';

/** An answer to one of the event's extra questions: text or choice, several choices, or yes/no. */
export type RegistrationAnswer = string | string[] | boolean;

export interface RegistrationRecord {
  id: string;
  eventId: string;
  userId: string;
  organisationId: string | null;
  status: RegistrationStatus;
  participantType: ParticipantType;
  /** Copied at registration: the name on badges and agendas. */
  displayName: string;
  organisationName: string | null;
  country: string;
  languages: string[];
  interpreterNeeds: string | null;
  offerListingIds: string[];
  seekListingIds: string[];
  answers: Record<string, RegistrationAnswer>;
  waitlistedAt: Date | null;
  decisionReason: string | null;
  ticketCode: string;
  calendarToken: string;
  maxMeetings: number | null;
  unavailableSlotIds: string[];
  checkedInAt: Date | null;
  checkedInBy: string | null;
  cancelledAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A registration with what mails and staff lists need of its user. */
export interface RegistrationView extends RegistrationRecord {
  email: string;
  locale: string | null;
}

export type RegistrationWrite = Omit<RegistrationRecord, 'version' | 'createdAt' | 'updatedAt' | 'checkedInAt' | 'checkedInBy' | 'cancelledAt' | 'maxMeetings' | 'unavailableSlotIds'>;
export type RegistrationUpdate = Partial<Omit<RegistrationRecord, 'id' | 'eventId' | 'userId' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface RegistrationFilter {
  /** One status or several. */
  status?: RegistrationStatus | RegistrationStatus[];
  participantType?: ParticipantType[];
  country?: string[];
  /** Words matched against the display name and the organisation name (and e-mail for staff lists). */
  q?: string;
  includeEmailInSearch?: boolean;
}

export type RegistrationCounts = Record<RegistrationStatus, number>;

export interface AttendanceRecord {
  id: string;
  eventId: string;
  registrationId: string;
  /** The local day of the event (its time zone) the scan happened on. */
  day: string;
  scannedAt: Date;
  scannedBy: string | null;
}

export interface DelegationRecord {
  id: string;
  eventId: string;
  kind: 'country' | 'organisation';
  name: string;
  country: string | null;
  organisationId: string | null;
  leaderRegistrationId: string | null;
  createdAt: Date;
}

/** A delegation with its members (registration ids); the leader is always a member. */
export interface DelegationView extends DelegationRecord {
  memberRegistrationIds: string[];
}

export interface ExhibitorRecord {
  id: string;
  eventId: string;
  organisationId: string;
  boothNumber: string;
  areaSqm: number | null;
  hall: string | null;
  listingIds: string[];
  createdAt: Date;
}

export interface ExhibitorView extends ExhibitorRecord {
  organisationName: string;
  organisationCountry: string;
}

export interface RegistrationStore {
  /**
   * Locks the event row until the transaction ends. Every write that depends on counts of the event
   * (places, waiting list, booths, delegation membership) takes it first, so two of them never
   * count the same free place.
   */
  lockEvent(eventId: string): Promise<void>;

  insertRegistration(registration: RegistrationWrite): Promise<void>;
  /** Applies the update when the version matches (if given); false otherwise. Bumps the version. */
  updateRegistration(eventId: string, id: string, patch: RegistrationUpdate, expectedVersion?: number): Promise<boolean>;
  findRegistration(eventId: string, registrationId: string): Promise<RegistrationView | null>;
  findRegistrationByUser(eventId: string, userId: string): Promise<RegistrationView | null>;
  findRegistrationByTicket(eventId: string, ticketCode: string): Promise<RegistrationView | null>;
  /** Ordered by display name. */
  listRegistrations(eventId: string, filter?: RegistrationFilter): Promise<RegistrationView[]>;
  registrationsByIds(eventId: string, ids: string[]): Promise<RegistrationView[]>;
  countsByStatus(eventId: string): Promise<RegistrationCounts>;
  /** Waitlisted registrations, first come first: by waitlistedAt, then createdAt. */
  waitlist(eventId: string, limit: number): Promise<RegistrationView[]>;
  /** 1-based place of a waitlisted registration on the waiting list. */
  waitlistPosition(eventId: string, registrationId: string): Promise<number | null>;

  /** Records a scan for the day; false when the registration was already scanned that day. */
  insertAttendance(attendance: AttendanceRecord): Promise<boolean>;
  attendance(eventId: string): Promise<AttendanceRecord[]>;

  insertDelegation(delegation: Omit<DelegationRecord, 'createdAt'>): Promise<void>;
  updateDelegation(eventId: string, id: string, patch: Partial<Omit<DelegationRecord, 'id' | 'eventId' | 'createdAt'>>): Promise<boolean>;
  deleteDelegation(eventId: string, id: string): Promise<boolean>;
  findDelegation(eventId: string, id: string): Promise<DelegationView | null>;
  listDelegations(eventId: string): Promise<DelegationView[]>;
  setDelegationMembers(eventId: string, delegationId: string, registrationIds: string[]): Promise<void>;
  /** Delegations of the event the registration is a member of. */
  delegationsOf(eventId: string, registrationId: string): Promise<DelegationView[]>;
  /** Drops a registration from every delegation of the event (members and leaders). */
  removeFromDelegations(eventId: string, registrationId: string): Promise<void>;

  insertExhibitor(exhibitor: Omit<ExhibitorRecord, 'createdAt'>): Promise<void>;
  updateExhibitor(eventId: string, id: string, patch: Partial<Omit<ExhibitorRecord, 'id' | 'eventId' | 'createdAt'>>): Promise<boolean>;
  deleteExhibitor(eventId: string, id: string): Promise<boolean>;
  findExhibitor(eventId: string, id: string): Promise<ExhibitorView | null>;
  findExhibitorByBooth(eventId: string, boothNumber: string): Promise<ExhibitorRecord | null>;
  /** Ordered by hall, then booth number. */
  listExhibitors(eventId: string): Promise<ExhibitorView[]>;
}
