/** Deals between organisations: parties, links, stage history, notes, documents; the exchange-rate table. */
import type { StoredFile } from '../files/store.js';
import type { DealSort, DealStage, DealType, DropCategory, PartyRole, RateSource, StageChangeKind } from './vocab.js';

/** A value's conversion to the reporting currency, recorded when the value was entered. */
export interface ValueConversion {
  reportingCurrency: string;
  rate: string;
  rateDate: string;
  rateSource: RateSource;
  reportingAmountMinor: number;
}

export interface DealValue {
  amountMinor: number;
  currency: string;
  /** null: no rate was known when it was recorded (only deals created from meeting outcomes). */
  conversion: ValueConversion | null;
}

export interface DealRecord {
  id: string;
  ownerOrganisationId: string;
  title: string;
  description: string;
  type: DealType;
  stage: DealStage;
  dropCategory: DropCategory | null;
  dropReason: string | null;
  eventId: string | null;
  value: DealValue | null;
  expectedCloseOn: string | null;
  signedOn: string | null;
  stageChangedAt: Date;
  createdBy: string | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type DealWrite = Omit<DealRecord, 'version' | 'updatedAt'>;
export type DealUpdate = Partial<Omit<DealRecord, 'id' | 'ownerOrganisationId' | 'createdBy' | 'createdAt' | 'version' | 'updatedAt' | 'demo'>>;

export interface DealParty {
  dealId: string;
  organisationId: string;
  organisationName: string;
  country: string;
  role: PartyRole;
  addedBy: string | null;
  addedAt: Date;
}

export interface StageChange {
  id: string;
  dealId: string;
  kind: StageChangeKind;
  fromStage: DealStage | null;
  toStage: DealStage;
  dropCategory: DropCategory | null;
  reason: string | null;
  /** meeting_outcome when a recorded meeting outcome made the change. */
  source: 'user' | 'meeting_outcome';
  actorId: string | null;
  actorName: string | null;
  organisationId: string | null;
  at: Date;
}

export interface DealNote {
  id: string;
  dealId: string;
  organisationId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface DealDocument extends StoredFile {
  dealId: string;
  addedBy: string | null;
  addedAt: Date;
}

export interface DealMeetingLink {
  dealId: string;
  eventId: string;
  meetingId: string;
}

export interface DealQuery {
  /** Only deals these organisations are parties to; null for all (platform admins). */
  visibleToOrganisationIds: string[] | null;
  stage?: DealStage[];
  type?: DealType[];
  eventId?: string;
  organisationId?: string;
  q?: string;
  dateField: 'created' | 'expected_close' | 'signed';
  from?: string;
  to?: string;
  /** Reporting-currency range, minor units; only values converted to `reportingCurrency` match. */
  minValue?: number;
  maxValue?: number;
  reportingCurrency: string;
  sort: DealSort;
  offset: number;
  limit: number;
}

export interface StageSummary {
  stage: DealStage;
  count: number;
  /** Sum of values converted to the reporting currency, minor units. */
  reportingAmountMinor: number;
  /** Deals with a value but no conversion to the current reporting currency. */
  unconverted: number;
}

export interface ExchangeRate {
  currency: string;
  reportingCurrency: string;
  rate: string;
  validOn: string;
  setBy: string | null;
  createdAt: Date;
}

export interface DealStore {
  insert(deal: DealWrite): Promise<void>;
  find(id: string): Promise<DealRecord | null>;
  /** Applies the update when the version matches (if given); false otherwise. */
  update(id: string, patch: DealUpdate, expectedVersion?: number): Promise<boolean>;
  search(query: DealQuery): Promise<{ rows: DealRecord[]; total: number }>;
  summary(query: Omit<DealQuery, 'sort' | 'offset' | 'limit' | 'stage'>): Promise<StageSummary[]>;

  parties(dealIds: string[]): Promise<DealParty[]>;
  addParty(party: Omit<DealParty, 'organisationName' | 'country'>): Promise<void>;
  removeParty(dealId: string, organisationId: string): Promise<void>;

  listingIds(dealId: string): Promise<string[]>;
  setListings(dealId: string, listingIds: string[]): Promise<void>;
  meetings(dealIds: string[]): Promise<DealMeetingLink[]>;
  setMeetings(dealId: string, links: Array<{ eventId: string; meetingId: string }>): Promise<void>;
  linkMeeting(link: DealMeetingLink): Promise<void>;
  /** The deal a meeting is linked to (a meeting belongs to at most one deal). */
  findByMeeting(meetingId: string): Promise<DealRecord | null>;
  /** The most recently updated open deal of the event with both organisations as parties. */
  findOpenBetween(eventId: string, organisationIds: [string, string]): Promise<DealRecord | null>;
  eventTitles(eventIds: string[]): Promise<Array<{ id: string; title: Record<string, string>; defaultLanguage: string; startsOn: string }>>;

  addStageChange(change: Omit<StageChange, 'actorName'>): Promise<void>;
  stageHistory(dealId: string): Promise<StageChange[]>;

  addNote(note: Omit<DealNote, 'authorName'>): Promise<void>;
  notes(dealId: string): Promise<DealNote[]>;
  findNote(dealId: string, noteId: string): Promise<DealNote | null>;
  deleteNote(dealId: string, noteId: string): Promise<void>;

  addDocument(dealId: string, fileId: string, addedBy: string, at: Date): Promise<void>;
  documents(dealId: string): Promise<DealDocument[]>;
  removeDocument(dealId: string, fileId: string): Promise<void>;

  /** The latest rate on or before `onDate`. */
  rateOn(currency: string, reportingCurrency: string, onDate: string): Promise<ExchangeRate | null>;
  rates(reportingCurrency: string): Promise<ExchangeRate[]>;
  upsertRates(rates: Array<Omit<ExchangeRate, 'createdAt'>>): Promise<void>;
}
