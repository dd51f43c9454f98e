/** Shapes of the matching API's JSON (src/server/presenters/match.ts, src/server/routes/matching*.ts). */
import type { FeedbackReason, MatchTargetType } from '../../domain/matching/vocab';
import type { Signal } from '../../domain/matching/weights';
import type { ContentLanguage, ListingType } from '../../domain/shared/vocab';
import type { ListingOrganisation } from './types';

export type { FeedbackReason, MatchTargetType, Signal };
export type Verdict = 'relevant' | 'not_relevant';
export type Weights = Record<Signal, number>;

export interface MatchSpan {
  /** title or summary (listings), name or description (organisations). */
  field: string;
  language: string;
  /** UTF-16 offsets into the field as the API returns it. */
  start: number;
  end: number;
  text: string;
}

export interface MatchedTerm {
  terms: string[];
  kind: 'pivot' | 'literal' | 'surface';
  /** In the text of the listing the matches are for (the search text for a live search). */
  subject: MatchSpan[];
  /** In the matched listing's or organisation's text. */
  candidate: MatchSpan[];
}

export interface MoneyRange {
  min: number | null;
  max: number | null;
  currency: string;
}

export interface MatchExplanation {
  sharedConcepts: string[];
  matchedTerms: MatchedTerm[];
  country: { subjectCountry: string | null; candidateCountry: string | null; soughtBySubject: string[]; soughtByCandidate: string[] } | null;
  trl: { required: number | null; offered: number | null } | null;
  budget: { subject: MoneyRange; candidate: MoneyRange; overlap: boolean } | null;
  cooperation: { shared: string[] } | null;
  semantic: { similarity: number; model: string } | null;
}

export interface MatchedListing {
  id: string;
  type: ListingType;
  title: string;
  summary: string;
  language: string;
  country: string;
  trl: number | null;
  deadline: string | null;
  expiresAt: string | null;
  sectors: string[];
  keywords: string[];
  anonymous: boolean;
  /** null for anonymous listings (except for their own members and moderators). */
  organisation: ListingOrganisation | null;
}

export interface MatchedOrganisation {
  id: string;
  name: string;
  type: string;
  country: string;
  city: string | null;
  sectors: string[];
  verified: boolean;
  descriptions: Record<string, string>;
}

export interface MatchFeedback {
  verdict: Verdict;
  reason: FeedbackReason | null;
  comment: string | null;
  updatedAt: string;
}

export interface MatchSignal {
  signal: Signal;
  /** 0..1; null when the signal does not apply to this pair. */
  value: number | null;
  weight: number;
  /** Its share of the score (the shares add up to the score). */
  contribution: number | null;
}

export interface Match {
  /** The stored match; null for live search results. */
  id: string | null;
  score: number;
  target: { kind: 'listing' | 'organisation'; type: MatchTargetType; listing: MatchedListing | null; organisation: MatchedOrganisation | null };
  breakdown: MatchSignal[];
  explanation: MatchExplanation;
  mode: string;
  computedAt: string | null;
  feedback: MatchFeedback | null;
  abilities: { feedback: boolean };
}

export interface Recommendation extends Match {
  /** The organisation's own listings (or its profile) it was found for. */
  via: Array<{ kind: 'listing' | 'organisation'; id: string; title: string | null }>;
}

export interface ListingMatches {
  listing: { id: string; live: boolean; pending: boolean };
  items: Match[];
}

export interface MatchFilterValues {
  type?: MatchTargetType[];
  country?: string[];
  minScore?: number;
  eventId?: string;
  limit?: number;
}

export interface MatchSearchParams {
  q: string;
  type?: ListingType[];
  language?: ContentLanguage;
  limit?: number;
}

export interface MatchSearchResult {
  /** The language the text was read as. */
  language: string;
  mode: string;
  items: Match[];
}

export interface ListingTags {
  listingId: string;
  author: string[];
  automatic: string[];
  dismissed: string[];
  effective: string[];
  indexedAt: string | null;
  abilities: { edit: boolean };
}

export interface MatchingJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number | null;
  total: number | null;
  phase: string | null;
  attempts: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface Precision {
  relevant: number;
  notRelevant: number;
  precision: number | null;
}

export interface MatchingStatus {
  mode: 'builtin' | 'hybrid-http' | 'hybrid-onnx';
  status: 'idle' | 'warming_up' | 'ready' | 'failed';
  error: string | null;
  embeddings: { kind: string; model: string; dimension: number } | null;
  languageIdentifier: string | null;
  dictionaries: {
    languages: Record<string, { entries: number; sources: string[] }>;
    missing: string[];
    cacheBytes: number;
    compiledNow: boolean;
    loadMs: number;
    warmUpMs: number;
  } | null;
  index: {
    documents: number;
    listings: number;
    organisations: number;
    live: number;
    withEmbedding: number;
    storedMatches: number;
    termLists: number;
    lastIndexedAt: string | null;
  };
  jobs: { queued: number; running: number; failed: number };
  reindex: MatchingJob | null;
  weights: { platform: Weights; defaults: Weights };
  feedback: Precision & { byType: Array<Precision & { type: string }> };
}

export interface EventWeights {
  weights: Weights;
  source: 'event' | 'platform';
}
