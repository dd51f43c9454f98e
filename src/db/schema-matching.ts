/**
 * The matching engine's tables (see src/domain/matching/README.md for the design).
 *
 * - match_documents: one row per indexed listing or organisation profile (the forward index: its terms,
 *   concepts, language and length), keyed by the listing's or organisation's id; `seq` is the compact
 *   number posting lists use.
 * - match_term_lists: the inverted index. One row per (term, document type) with the exact document
 *   frequency and the postings of the documents where the term weighs most (at most a few hundred,
 *   packed as bytea, best first): queries read only these, so their cost does not grow with the corpus.
 * - match_corpus: documents and total length per document type (BM25's N and average length).
 * - match_embeddings: one vector per document when an embedding provider is configured (pgvector; the
 *   HNSW index is created per dimension when a provider starts, as the dimension comes from config).
 * - matches: the stored top matches of every live document with their per-signal breakdown and
 *   explanation, in both directions (auditable, reportable); match_feedback: users' verdicts.
 * - match_weights: signal weights of the platform and per event; match_concept_corrections: automatic
 *   tags an author removed.
 */
import { sql } from 'drizzle-orm';
import { boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { events } from './schema-events.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
/** pgvector without a fixed dimension: the provider's dimension is configuration, not schema. */
const vector = customType<{ data: string; driverData: string }>({ dataType: () => 'vector' });

export const matchDocuments = pgTable(
  'match_documents',
  {
    id: uuid('id').primaryKey(),
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    /** listing | organisation */
    kind: text('kind').notNull(),
    /** The listing type, or 'organisation' / 'investor' for organisation profiles. */
    matchType: text('match_type').notNull(),
    typeCode: smallint('type_code').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    language: text('language').notNull(),
    /** Words counted by the bridge (BM25 document length). */
    length: real('length').notNull(),
    /** Every term the document was indexed under (to take it out of the posting lists again). */
    terms: text('terms').array().notNull().default(sql`'{}'::text[]`),
    /** Effective taxonomy codes: the author's, plus automatic tags the author did not remove. */
    concepts: text('concepts').array().notNull().default(sql`'{}'::text[]`),
    autoConcepts: text('auto_concepts').array().notNull().default(sql`'{}'::text[]`),
    /** Published and not expired (listings) or verified (organisations) when last indexed: in the posting lists. */
    live: boolean('live').notNull(),
    textHash: text('text_hash').notNull(),
    indexedAt: ts('indexed_at').notNull(),
  },
  (t) => [
    uniqueIndex('match_documents_seq_key').on(t.seq),
    index('match_documents_concepts_idx').using('gin', t.concepts),
    index('match_documents_org_idx').on(t.organisationId),
  ],
);

export const matchTermLists = pgTable(
  'match_term_lists',
  {
    term: text('term').notNull(),
    typeCode: smallint('type_code').notNull(),
    /** Live documents of this type holding the term (exact, also beyond the stored postings). */
    df: integer('df').notNull(),
    /** 10 bytes per posting, best first: document seq (int32), term weight (float32), document length (uint16). */
    postings: bytea('postings').notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.typeCode] })],
);

export const matchCorpus = pgTable('match_corpus', {
  typeCode: smallint('type_code').primaryKey(),
  documents: integer('documents').notNull(),
  totalLength: doublePrecision('total_length').notNull(),
});

export const matchEmbeddings = pgTable(
  'match_embeddings',
  {
    documentId: uuid('document_id').primaryKey(),
    typeCode: smallint('type_code').notNull(),
    model: text('model').notNull(),
    dimension: integer('dimension').notNull(),
    embedding: vector('embedding').notNull(),
    textHash: text('text_hash').notNull(),
    embeddedAt: ts('embedded_at').notNull(),
  },
  (t) => [index('match_embeddings_model_idx').on(t.model, t.dimension, t.typeCode)],
);

export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectType: text('subject_type').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    candidateKind: text('candidate_kind').notNull(),
    candidateType: text('candidate_type').notNull(),
    /** Hybrid score with the platform weights when computed (reads re-weigh the stored signals). */
    score: real('score').notNull(),
    /** Signal values 0..1, null when a signal does not apply (e.g. no budget on one side). */
    signals: jsonb('signals').$type<Record<string, number | null>>().notNull(),
    explanation: jsonb('explanation').$type<Record<string, unknown>>().notNull(),
    /** builtin | hybrid-http | hybrid-onnx */
    mode: text('mode').notNull(),
    computedAt: ts('computed_at').notNull(),
    /** When the pair was first stored (kept while it stays; match alerts mail pairs created since the last digest). */
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matches_pair_key').on(t.subjectId, t.candidateId),
    index('matches_subject_score_idx').on(t.subjectId, t.score),
    index('matches_candidate_idx').on(t.candidateId),
  ],
);

export const matchFeedback = pgTable(
  'match_feedback',
  {
    id: uuid('id').primaryKey(),
    /** The stored match judged (matches rows come and go with recomputation; the pair stays here). */
    matchId: uuid('match_id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    subjectType: text('subject_type').notNull(),
    candidateType: text('candidate_type').notNull(),
    userId: uuid('user_id').notNull(),
    verdict: text('verdict').notNull(),
    reason: text('reason'),
    comment: text('comment'),
    score: real('score').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('match_feedback_pair_user_key').on(t.subjectId, t.candidateId, t.userId), index('match_feedback_type_idx').on(t.subjectType, t.verdict)],
);

export const matchWeights = pgTable('match_weights', {
  /** 'platform', or the event's id. */
  scope: text('scope').primaryKey(),
  eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const matchConceptCorrections = pgTable('match_concept_corrections', {
  documentId: uuid('document_id').primaryKey(),
  dismissed: text('dismissed').array().notNull().default(sql`'{}'::text[]`),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
