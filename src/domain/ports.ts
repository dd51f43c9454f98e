/**
 * Narrow ports the domain depends on. Implementations are wired in src/app.ts; tests hand in fakes
 * (a fixed clock) without any test-only switch in production code.
 */
import type { AccountStore } from './accounts/store.js';
import type { AlertStore } from './alerts/store.js';
import type { AgreementStore } from './agreements/store.js';
import type { TrainingStore } from './trainings/store.js';
import type { DealStore } from './deals/store.js';
import type { EventStore } from './events/store.js';
import type { FileStore } from './files/store.js';
import type { JobStore } from './jobs/store.js';
import type { MatchingStore } from './matching/store.js';
import type { ProgrammeStore } from './programmes/store.js';
import type { MeetingStore } from './meetings/store.js';
import type { RegistrationStore } from './events/registration-store.js';
import type { ListingStore } from './listings/store.js';
import type { OrganisationStore } from './organisations/store.js';
import type { PlatformStore } from './platform/store.js';
import type { ReportStore } from './reports/store.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe on alert digests. */
  headers?: Record<string, string>;
}

/** Sends one mail; used by the outbox dispatcher after commit, never inside a transaction. */
export interface MailTransport {
  readonly kind: 'smtp' | 'store-only';
  send(mail: OutgoingMail): Promise<void>;
}

/** Everything a command may read or write, bound to one transaction. */
export interface Stores {
  accounts: AccountStore;
  organisations: OrganisationStore;
  listings: ListingStore;
  platform: PlatformStore;
  events: EventStore;
  registrations: RegistrationStore;
  meetings: MeetingStore;
  jobs: JobStore;
  matching: MatchingStore;
  alerts: AlertStore;
  programmes: ProgrammeStore;
  files: FileStore;
  deals: DealStore;
  agreements: AgreementStore;
  trainings: TrainingStore;
  reports: ReportStore;
}

export interface UnitOfWork {
  /** Runs fn in one database transaction; rolls back if it throws. */
  run<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
  /** Read-only access without an explicit transaction. */
  read<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}

export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  /** organisationId → role */
  memberships: ReadonlyMap<string, 'admin' | 'member'>;
}

export interface CommandContext {
  actor: Actor | null;
  clock: Clock;
}
