/** The alerts area's storage port (implemented in src/db/stores/alerts.ts). */
import type { ListingSearchFilters } from '../listings/search-filters.js';
import type { AlertFrequency, SubscriptionKind } from './vocab.js';

export interface SavedSearchRecord {
  id: string;
  userId: string;
  name: string;
  filters: ListingSearchFilters;
  frequency: AlertFrequency;
  /** Listings published after this are new for the next digest. */
  coveredUntil: Date;
  unsubscribeToken: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface MatchAlertRecord {
  id: string;
  userId: string;
  organisationId: string;
  frequency: AlertFrequency;
  /** Matches stored after this are new for the next digest. */
  coveredUntil: Date;
  unsubscribeToken: string;
  createdAt: Date;
  updatedAt: Date;
}

export type Subscription = { kind: 'saved_search'; record: SavedSearchRecord } | { kind: 'match_alert'; record: MatchAlertRecord };

/** The addressee of a digest: what it is written in and to, and what they may see. */
export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  /** Demo accounts (…@demo.innox.example) have no mailboxes: their digests are marked done, not sent. */
  demo: boolean;
}

export interface DigestClaim {
  id: string;
  userId: string;
  subscriptionKind: SubscriptionKind;
  subscriptionId: string;
  periodKey: string;
  windowStart: Date;
  windowEnd: Date;
}

/** A stored match of one of the organisation's listings, first stored at `createdAt`. */
export interface NewMatch {
  subjectId: string;
  candidateId: string;
  score: number;
  createdAt: Date;
}

export interface AlertStore {
  savedSearchesOf(userId: string): Promise<SavedSearchRecord[]>;
  countSavedSearches(userId: string): Promise<number>;
  findSavedSearch(id: string): Promise<SavedSearchRecord | null>;
  insertSavedSearch(record: SavedSearchRecord): Promise<void>;
  updateSavedSearch(id: string, patch: Partial<Pick<SavedSearchRecord, 'name' | 'filters' | 'frequency' | 'coveredUntil'>>, at: Date): Promise<void>;
  /** Deletes the search and its sent-log. */
  deleteSavedSearch(id: string): Promise<void>;

  matchAlertsOf(userId: string): Promise<MatchAlertRecord[]>;
  findMatchAlert(userId: string, organisationId: string): Promise<MatchAlertRecord | null>;
  findMatchAlertById(id: string): Promise<MatchAlertRecord | null>;
  insertMatchAlert(record: MatchAlertRecord): Promise<void>;
  updateMatchAlert(id: string, patch: Partial<Pick<MatchAlertRecord, 'frequency' | 'coveredUntil'>>, at: Date): Promise<void>;

  findByUnsubscribeToken(token: string): Promise<Subscription | null>;

  /**
   * Ids of subscriptions of one kind that are switched on and have no sent-log row for their current
   * period (daily ones for `dayKey`, weekly ones for `weekKey`), in id order after `afterId`.
   */
  due(kind: SubscriptionKind, keys: { dayKey: string; weekKey: string }, afterId: string | null, limit: number): Promise<string[]>;
  /**
   * Inserts the sent-log row for a subscription and period; false when it exists (another server, or an
   * earlier sweep, did this period). Concurrent claims wait for each other on the unique key.
   */
  claimDigest(claim: DigestClaim): Promise<boolean>;
  completeDigest(id: string, items: number, outboxId: string | null): Promise<void>;
  /** Moves the subscription's "new since" mark (not a change by its owner: updated_at stays). */
  markCovered(kind: SubscriptionKind, id: string, until: Date): Promise<void>;
  /** Drops sent-log rows written before `before` (they only guard their own period); returns how many. */
  purgeDigests(before: Date): Promise<number>;
  digestsOf(subscriptionId: string): Promise<Array<{ periodKey: string; items: number; outboxId: string | null; windowStart: Date; windowEnd: Date }>>;

  recipient(userId: string): Promise<Recipient | null>;
  /** Stored matches of these subjects first stored in (after, until], best first. */
  newMatches(subjectIds: readonly string[], after: Date, until: Date, limit: number): Promise<NewMatch[]>;
}
