/**
 * The matching engine's storage port (implemented in src/db/stores/matching.ts). No SQL here: the
 * engine asks for document frequencies, posting lists, candidates' facts and stored matches.
 */
import type { ListingStatus, ListingType, Visibility } from '../shared/vocab.js';
import type { DocumentKind, DocumentRef, MatchType } from './documents.js';
import type { MatchExplanation } from './explain.js';
import type { PostingList } from './postings.js';
import type { SignalValues } from './weights.js';

export interface IndexedDocument {
  id: string;
  seq: number;
  kind: DocumentKind;
  matchType: MatchType;
  typeCode: number;
  organisationId: string;
  language: string;
  length: number;
  terms: string[];
  concepts: string[];
  autoConcepts: string[];
  live: boolean;
  textHash: string;
  indexedAt: Date;
}

export interface DocumentWrite {
  id: string;
  kind: DocumentKind;
  matchType: MatchType;
  typeCode: number;
  organisationId: string;
  language: string;
  length: number;
  /** Term → weight; written to the posting lists when the document is live. */
  terms: ReadonlyMap<string, number>;
  concepts: string[];
  autoConcepts: string[];
  live: boolean;
  textHash: string;
  indexedAt: Date;
}

/** What the engine and the presenters need of a matched listing. */
export interface CandidateListing {
  id: string;
  type: ListingType;
  status: ListingStatus;
  visibility: Visibility;
  createdBy: string | null;
  organisationId: string;
  organisationName: string;
  organisationType: string;
  organisationVerified: boolean;
  language: string;
  title: string;
  summary: string;
  sectors: string[];
  keywords: string[];
  country: string;
  countriesSought: string[];
  trl: number | null;
  deadline: string | null;
  expiresAt: string | null;
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  /** Only what matching reads of the details: cooperationTypes and partnerKind. */
  details: Record<string, unknown>;
}

export interface CandidateOrganisation {
  id: string;
  name: string;
  type: string;
  country: string;
  city: string | null;
  sectors: string[];
  verified: boolean;
  descriptions: Record<string, string>;
}

/** What ranking reads of a candidate before it is kept: its facts, without its texts. */
export interface CandidateFacts {
  seq: number;
  id: string;
  kind: DocumentKind;
  matchType: MatchType;
  organisationId: string;
  concepts: string[];
  live: boolean;
  listing: Omit<CandidateListing, 'title' | 'summary'> | null;
  organisation: Omit<CandidateOrganisation, 'descriptions'> | null;
}

export interface CandidateDocument extends CandidateFacts {
  listing: CandidateListing | null;
  organisation: CandidateOrganisation | null;
}

export interface StoredMatchWrite {
  subjectId: string;
  subjectKind: DocumentKind;
  subjectType: MatchType;
  candidateId: string;
  candidateKind: DocumentKind;
  candidateType: MatchType;
  score: number;
  signals: SignalValues;
  explanation: MatchExplanation;
  mode: string;
  computedAt: Date;
}

export interface StoredMatch extends StoredMatchWrite {
  id: string;
}

export interface FeedbackWrite {
  match: StoredMatch;
  userId: string;
  verdict: 'relevant' | 'not_relevant';
  reason: string | null;
  comment: string | null;
  at: Date;
}

export interface FeedbackRecord {
  verdict: 'relevant' | 'not_relevant';
  reason: string | null;
  comment: string | null;
  updatedAt: Date;
}

export interface FeedbackCount {
  subjectType: string;
  relevant: number;
  notRelevant: number;
}

export interface IndexStatus {
  documents: number;
  listings: number;
  organisations: number;
  live: number;
  withEmbedding: number;
  storedMatches: number;
  termLists: number;
  lastIndexedAt: Date | null;
}

export interface MatchingStore {
  // -- the index
  findDocument(id: string): Promise<IndexedDocument | null>;
  /**
   * Writes the document and moves its postings: out of the lists it was in (`previous`), into its new
   * lists when live. Locks the affected lists in a fixed order (concurrent refreshes never deadlock).
   */
  indexDocument(write: DocumentWrite, previous: IndexedDocument | null, listCapacity: number): Promise<IndexedDocument>;
  /** Changes the concepts only (an author's correction; the text did not change). */
  setDocumentConcepts(id: string, concepts: string[], autoConcepts: string[]): Promise<void>;
  removeDocument(previous: IndexedDocument): Promise<void>;
  /** Re-index: writes forward documents without touching posting lists; returns id → seq. */
  saveDocuments(writes: readonly DocumentWrite[]): Promise<Map<string, number>>;
  /** Re-index: replaces every posting list and the corpus statistics at once. */
  replacePostings(lists: Iterable<{ typeCode: number; term: string; df: number; list: PostingList }>, corpus: ReadonlyArray<{ typeCode: number; documents: number; totalLength: number }>): Promise<number>;
  /** Re-index: documents whose source no longer exists (or was not seen since `before`). */
  documentsIndexedBefore(before: Date, limit: number): Promise<IndexedDocument[]>;

  // -- retrieval
  corpus(typeCodes: readonly number[]): Promise<{ documents: number; totalLength: number }>;
  /** Document frequency per term, summed over the given types (terms absent everywhere are left out). */
  documentFrequencies(terms: readonly string[], typeCodes: readonly number[]): Promise<Map<string, number>>;
  postingLists(terms: readonly string[], typeCodes: readonly number[]): Promise<Map<string, PostingList[]>>;
  /** Some live documents of these types sharing any of the concepts (unranked: the caller scores them). */
  conceptCandidates(concepts: readonly string[], typeCodes: readonly number[], limit: number): Promise<number[]>;
  /** Candidates' facts for scoring (no texts: a search scores a few hundred and keeps twenty). */
  candidateFacts(seqs: readonly number[]): Promise<CandidateFacts[]>;
  /** The kept candidates in full, with their forward terms (for explanations). */
  candidates(seqs: readonly number[]): Promise<Array<{ candidate: CandidateDocument; terms: Set<string> }>>;
  candidatesByIds(ids: readonly string[]): Promise<CandidateDocument[]>;

  // -- embeddings (pgvector)
  ensureEmbeddingIndex(dimension: number): Promise<void>;
  saveEmbedding(documentId: string, typeCode: number, model: string, vector: Float32Array, textHash: string, at: Date): Promise<void>;
  embeddingOf(documentId: string, model: string, dimension: number): Promise<{ vector: Float32Array; textHash: string } | null>;
  removeEmbedding(documentId: string): Promise<void>;
  nearest(vector: Float32Array, model: string, typeCodes: readonly number[], limit: number): Promise<Array<{ seq: number; similarity: number }>>;
  similarities(vector: Float32Array, model: string, seqs: readonly number[]): Promise<Map<number, number>>;

  // -- stored matches
  /**
   * Replaces every stored pair the document takes part in (either side) with `rows` (its matches and
   * their mirrored rows), keeping the ids of pairs that stay, then trims each subject's list in `rows`
   * to its best `keep`.
   */
  replaceMatches(documentId: string, rows: readonly StoredMatchWrite[], keep: number): Promise<void>;
  /** Removes every stored match the document takes part in, either side. */
  removeMatches(documentId: string): Promise<void>;
  matchesOf(subjectIds: readonly string[], limitPerSubject: number): Promise<StoredMatch[]>;
  findMatch(id: string): Promise<StoredMatch | null>;

  // -- feedback
  saveFeedback(feedback: FeedbackWrite): Promise<FeedbackRecord>;
  /** The user's feedback on pairs, keyed `${subjectId}:${candidateId}`. */
  feedbackOf(userId: string, pairs: ReadonlyArray<{ subjectId: string; candidateId: string }>): Promise<Map<string, FeedbackRecord>>;
  feedbackCounts(): Promise<FeedbackCount[]>;

  // -- settings
  weights(scope: string): Promise<unknown>;
  setWeights(scope: string, eventId: string | null, weights: Record<string, number>, by: string, at: Date): Promise<void>;
  clearWeights(scope: string): Promise<void>;
  dismissedConcepts(documentId: string): Promise<string[]>;
  dismissedConceptsOf(documentIds: readonly string[]): Promise<Map<string, string[]>>;
  setDismissedConcepts(documentId: string, codes: readonly string[], by: string, at: Date): Promise<void>;

  // -- reporting and re-index
  indexStatus(): Promise<IndexStatus>;
  /** Every listing and organisation id in id order, for re-indexing. */
  sourceRefs(after: DocumentRef | null, limit: number): Promise<DocumentRef[]>;
  sourceCount(): Promise<number>;
}
