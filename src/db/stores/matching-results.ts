/** Stored matches, feedback, weights, concept corrections and index status (part of MatchingStore). */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { isMatchType, type MatchType } from '../../domain/matching/documents.js';
import { parseExplanation } from '../../domain/matching/explain.js';
import type { FeedbackRecord, MatchingStore, StoredMatch } from '../../domain/matching/store.js';
import { signalsFrom } from '../../domain/matching/weights.js';
import { queryRows, type Executor } from '../client.js';

interface MatchRow {
  id: string;
  subject_id: string;
  subject_kind: string;
  subject_type: string;
  candidate_id: string;
  candidate_kind: string;
  candidate_type: string;
  score: number;
  signals: unknown;
  explanation: unknown;
  mode: string;
  computed_at: Date | string;
}

const kindOf = (k: string) => (k === 'organisation' ? 'organisation' : 'listing');
const typeOf = (t: string): MatchType => (isMatchType(t) ? t : 'organisation');
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function toMatch(r: MatchRow): StoredMatch {
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectKind: kindOf(r.subject_kind),
    subjectType: typeOf(r.subject_type),
    candidateId: r.candidate_id,
    candidateKind: kindOf(r.candidate_kind),
    candidateType: typeOf(r.candidate_type),
    score: Number(r.score),
    signals: signalsFrom(r.signals),
    explanation: parseExplanation(r.explanation),
    mode: r.mode,
    computedAt: asDate(r.computed_at),
  };
}

interface FeedbackRow {
  subject_id: string;
  candidate_id: string;
  verdict: string;
  reason: string | null;
  comment: string | null;
  updated_at: Date | string;
}

const toFeedback = (r: FeedbackRow): FeedbackRecord => ({
  verdict: r.verdict === 'relevant' ? 'relevant' : 'not_relevant',
  reason: r.reason,
  comment: r.comment,
  updatedAt: asDate(r.updated_at),
});

type ResultsStore = Pick<
  MatchingStore,
  | 'replaceMatches'
  | 'removeMatches'
  | 'matchesOf'
  | 'findMatch'
  | 'saveFeedback'
  | 'feedbackOf'
  | 'feedbackCounts'
  | 'weights'
  | 'setWeights'
  | 'clearWeights'
  | 'dismissedConcepts'
  | 'dismissedConceptsOf'
  | 'setDismissedConcepts'
  | 'indexStatus'
>;

export function matchingResultsStore(db: Executor): ResultsStore {
  return {
    async replaceMatches(documentId, rows, keep) {
      if (rows.length > 0) {
        const col = <T>(pick: (r: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
        // One statement for all rows; ids of pairs that stay are kept (feedback and links refer to them),
        // and so is created_at (match alerts mail the pairs created since their last digest).
        await db.execute(
          sql`INSERT INTO matches (id, subject_id, subject_kind, subject_type, candidate_id, candidate_kind, candidate_type, score, signals, explanation, mode, computed_at, created_at)
              SELECT id, s, sk, st, c, ck, ct, score, signals::jsonb, explanation::jsonb, mode, at, at
              FROM unnest(${col(() => randomUUID())}::uuid[], ${col((r) => r.subjectId)}::uuid[], ${col((r) => r.subjectKind)}::text[], ${col((r) => r.subjectType)}::text[],
                          ${col((r) => r.candidateId)}::uuid[], ${col((r) => r.candidateKind)}::text[], ${col((r) => r.candidateType)}::text[], ${col((r) => r.score)}::real[],
                          ${col((r) => JSON.stringify(r.signals))}::text[], ${col((r) => JSON.stringify(r.explanation))}::text[], ${col((r) => r.mode)}::text[],
                          ${col((r) => r.computedAt.toISOString())}::timestamptz[])
                   AS k(id, s, sk, st, c, ck, ct, score, signals, explanation, mode, at)
              ON CONFLICT (subject_id, candidate_id) DO UPDATE SET subject_kind = EXCLUDED.subject_kind, subject_type = EXCLUDED.subject_type,
                candidate_kind = EXCLUDED.candidate_kind, candidate_type = EXCLUDED.candidate_type, score = EXCLUDED.score, signals = EXCLUDED.signals,
                explanation = EXCLUDED.explanation, mode = EXCLUDED.mode, computed_at = EXCLUDED.computed_at`,
        );
      }
      const subjects = rows.map((r) => r.subjectId);
      const candidates = rows.map((r) => r.candidateId);
      await db.execute(
        sql`DELETE FROM matches m WHERE (m.subject_id = ${documentId} OR m.candidate_id = ${documentId})
              AND NOT EXISTS (SELECT 1 FROM unnest(${sql.param(subjects)}::uuid[], ${sql.param(candidates)}::uuid[]) AS k(s, c) WHERE k.s = m.subject_id AND k.c = m.candidate_id)`,
      );
      const touched = [...new Set(subjects)];
      if (touched.length === 0) return;
      await db.execute(
        sql`DELETE FROM matches WHERE id IN (
              SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY subject_id ORDER BY score DESC, candidate_id) AS rank
                              FROM matches WHERE subject_id = ANY(${sql.param(touched)}::uuid[])) ranked
              WHERE rank > ${keep})`,
      );
    },
    async removeMatches(documentId) {
      await db.execute(sql`DELETE FROM matches WHERE subject_id = ${documentId} OR candidate_id = ${documentId}`);
    },
    async matchesOf(subjectIds, limitPerSubject) {
      if (subjectIds.length === 0) return [];
      const rows = await queryRows<MatchRow>(
        db,
        sql`SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY subject_id ORDER BY score DESC, candidate_id) AS rank
                           FROM matches m WHERE subject_id = ANY(${sql.param([...subjectIds])}::uuid[])) ranked
            WHERE rank <= ${limitPerSubject} ORDER BY score DESC, candidate_id`,
      );
      return rows.map(toMatch);
    },
    async findMatch(id) {
      const [row] = await queryRows<MatchRow>(db, sql`SELECT * FROM matches WHERE id = ${id}`);
      return row ? toMatch(row) : null;
    },

    async saveFeedback(f) {
      const [row] = await queryRows<FeedbackRow>(
        db,
        sql`INSERT INTO match_feedback (id, match_id, subject_id, candidate_id, subject_type, candidate_type, user_id, verdict, reason, comment, score, created_at, updated_at)
            VALUES (${randomUUID()}, ${f.match.id}, ${f.match.subjectId}, ${f.match.candidateId}, ${f.match.subjectType}, ${f.match.candidateType}, ${f.userId},
                    ${f.verdict}, ${f.reason}, ${f.comment}, ${f.match.score}, ${f.at}, ${f.at})
            ON CONFLICT (subject_id, candidate_id, user_id) DO UPDATE SET match_id = EXCLUDED.match_id, verdict = EXCLUDED.verdict, reason = EXCLUDED.reason,
              comment = EXCLUDED.comment, score = EXCLUDED.score, updated_at = EXCLUDED.updated_at
            RETURNING subject_id, candidate_id, verdict, reason, comment, updated_at`,
      );
      if (!row) throw new Error('feedback was not stored');
      return toFeedback(row);
    },
    async feedbackOf(userId, pairs) {
      if (pairs.length === 0) return new Map();
      const rows = await queryRows<FeedbackRow>(
        db,
        sql`SELECT f.subject_id, f.candidate_id, f.verdict, f.reason, f.comment, f.updated_at FROM match_feedback f
            JOIN unnest(${sql.param(pairs.map((p) => p.subjectId))}::uuid[], ${sql.param(pairs.map((p) => p.candidateId))}::uuid[]) AS k(s, c)
              ON f.subject_id = k.s AND f.candidate_id = k.c
            WHERE f.user_id = ${userId}`,
      );
      return new Map(rows.map((r) => [`${r.subject_id}:${r.candidate_id}`, toFeedback(r)]));
    },
    async feedbackCounts() {
      const rows = await queryRows<{ subject_type: string; relevant: number; not_relevant: number }>(
        db,
        sql`SELECT subject_type, count(*) FILTER (WHERE verdict = 'relevant')::int AS relevant, count(*) FILTER (WHERE verdict = 'not_relevant')::int AS not_relevant
            FROM match_feedback GROUP BY subject_type ORDER BY subject_type`,
      );
      return rows.map((r) => ({ subjectType: r.subject_type, relevant: Number(r.relevant), notRelevant: Number(r.not_relevant) }));
    },

    async weights(scope) {
      const [row] = await queryRows<{ weights: unknown }>(db, sql`SELECT weights FROM match_weights WHERE scope = ${scope}`);
      return row?.weights ?? null;
    },
    async setWeights(scope, eventId, weights, by, at) {
      await db.execute(
        sql`INSERT INTO match_weights (scope, event_id, weights, updated_by, updated_at) VALUES (${scope}, ${eventId}, ${JSON.stringify(weights)}::jsonb, ${by}, ${at})
            ON CONFLICT (scope) DO UPDATE SET weights = EXCLUDED.weights, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      );
    },
    async clearWeights(scope) {
      await db.execute(sql`DELETE FROM match_weights WHERE scope = ${scope}`);
    },
    async dismissedConcepts(documentId) {
      const [row] = await queryRows<{ dismissed: string[] }>(db, sql`SELECT dismissed FROM match_concept_corrections WHERE document_id = ${documentId}`);
      return row?.dismissed ?? [];
    },
    async dismissedConceptsOf(documentIds) {
      if (documentIds.length === 0) return new Map();
      const rows = await queryRows<{ document_id: string; dismissed: string[] }>(
        db,
        sql`SELECT document_id, dismissed FROM match_concept_corrections WHERE document_id = ANY(${sql.param([...documentIds])}::uuid[])`,
      );
      return new Map(rows.map((r) => [r.document_id, r.dismissed]));
    },
    async setDismissedConcepts(documentId, codes, by, at) {
      await db.execute(
        sql`INSERT INTO match_concept_corrections (document_id, dismissed, updated_by, updated_at) VALUES (${documentId}, ${sql.param([...codes])}::text[], ${by}, ${at})
            ON CONFLICT (document_id) DO UPDATE SET dismissed = EXCLUDED.dismissed, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      );
    },

    async indexStatus() {
      const [row] = await queryRows<{ documents: number; listings: number; organisations: number; live: number; with_embedding: number; stored: number; lists: number; last: Date | string | null }>(
        db,
        sql`SELECT (SELECT count(*) FROM match_documents)::int AS documents,
                   (SELECT count(*) FROM match_documents WHERE kind = 'listing')::int AS listings,
                   (SELECT count(*) FROM match_documents WHERE kind = 'organisation')::int AS organisations,
                   (SELECT count(*) FROM match_documents WHERE live)::int AS live,
                   (SELECT count(*) FROM match_embeddings)::int AS with_embedding,
                   (SELECT count(*) FROM matches)::int AS stored,
                   (SELECT count(*) FROM match_term_lists)::int AS lists,
                   (SELECT max(indexed_at) FROM match_documents) AS last`,
      );
      return {
        documents: Number(row?.documents ?? 0),
        listings: Number(row?.listings ?? 0),
        organisations: Number(row?.organisations ?? 0),
        live: Number(row?.live ?? 0),
        withEmbedding: Number(row?.with_embedding ?? 0),
        storedMatches: Number(row?.stored ?? 0),
        termLists: Number(row?.lists ?? 0),
        lastIndexedAt: row?.last ? asDate(row.last) : null,
      };
    },
  };
}
