import type { ListingStatus, ListingType, Visibility } from '../shared/vocab.js';

export interface ListingModeration {
  action: 'approve' | 'reject' | 'request_changes';
  reason: string | null;
  at: string;
  by: string;
}

export interface ListingRecord {
  id: string;
  organisationId: string;
  createdBy: string | null;
  type: ListingType;
  status: ListingStatus;
  visibility: Visibility;
  language: string;
  languageConfirmed: boolean;
  title: string;
  summary: string;
  translations: Array<{ language: string; title: string; summary: string }>;
  sectors: string[];
  keywords: string[];
  freeKeywords: string[];
  countriesSought: string[];
  details: Record<string, unknown>;
  trl: number | null;
  deadline: string | null;
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  country: string;
  expiresAt: string | null;
  publishedAt: Date | null;
  submittedAt: Date | null;
  moderation: ListingModeration | null;
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A listing row joined with what presenters need of its organisation. */
export interface ListingView extends ListingRecord {
  organisationName: string;
  organisationType: string;
  organisationVerified: boolean;
}

export type ListingWrite = Omit<ListingRecord, 'createdAt' | 'updatedAt' | 'version'> & { search: string };

export interface ListingViewer {
  loggedIn: boolean;
  isPlatformAdmin: boolean;
  organisationIds: string[];
}

export type ListingSort = 'relevance' | 'date';

export interface ListingQuery {
  /** tsquery literals built by the search module; null when there is no text query. */
  text: { all: string; any: string } | null;
  type?: string[];
  sector?: string[];
  keyword?: string[];
  country?: string[];
  language?: string[];
  /** Only honoured for platform admins; everyone else searches published listings. */
  status?: string[];
  trlMin?: number;
  trlMax?: number;
  deadlineBefore?: string;
  deadlineAfter?: string;
  organisationId?: string;
  /** Only these listings (e.g. those linked to an event); an empty list matches nothing. */
  ids?: string[];
  /** Published in (publishedAfter, publishedUntil]: what is new since an alert digest. */
  publishedAfter?: Date;
  publishedUntil?: Date;
  sort: ListingSort;
  after: { key: number; id: string } | null;
  limit: number;
  viewer: ListingViewer;
  today: string;
  withFacets: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ListingSearchResult {
  rows: Array<ListingView & { sortKey: number }>;
  total: number;
  /** `deadline` buckets: passed, within_30_days, within_90_days, later. */
  facets: Record<'type' | 'sector' | 'country' | 'language' | 'status' | 'trl' | 'deadline', FacetCount[]> | null;
}

export interface ListingStore {
  insert(listing: ListingWrite): Promise<void>;
  find(id: string): Promise<ListingView | null>;
  /** Writes the new state if the stored version is `expectedVersion`; returns false on a conflict. */
  update(id: string, expectedVersion: number, patch: Partial<ListingWrite>): Promise<boolean>;
  delete(id: string): Promise<void>;
  search(query: ListingQuery): Promise<ListingSearchResult>;
  listByOrganisation(organisationId: string, status: string[] | null, limit: number, after: { key: number; id: string } | null): Promise<Array<ListingView & { sortKey: number }>>;
  moderationQueue(limit: number): Promise<ListingView[]>;
  /** Marks published listings whose expiry date is before `today` as expired; returns their ids. */
  expireDue(today: string): Promise<string[]>;
  countsByType(today: string): Promise<Record<string, number>>;
}
