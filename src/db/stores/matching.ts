/**
 * MatchingStore on PostgreSQL and PGlite: the index (forward documents, posting lists, corpus statistics),
 * retrieval reads, embeddings (pgvector) and, in matching-results.ts, stored matches and settings.
 */
import { sql } from 'drizzle-orm';
import { typeFromCode, type DocumentRef } from '../../domain/matching/documents.js';
import { emptyPostingList, withDocument, withoutDocument, type PostingList } from '../../domain/matching/postings.js';
import type { DocumentWrite, IndexedDocument, MatchingStore } from '../../domain/matching/store.js';
import { queryRows, type Executor } from '../client.js';
import { matchDocuments } from '../schema.js';
import { candidateSelect, toCandidate, toFacts, type CandidateRow } from './matching-candidates.js';
import { decodePostings, encodePostings, parseVector, vectorLiteral } from './matching-postings.js';
import { matchingResultsStore } from './matching-results.js';

/** Posting-list writers take this transaction-scoped lock: two refreshes never build a list from the same old copy. */
const INDEX_LOCK = 7_342_101;
const WRITE_BATCH = 1000;

interface DocumentRow {
  id: string;
  seq: number;
  kind: string;
  match_type: string;
  type_code: number;
  organisation_id: string;
  language: string;
  length: number;
  terms: string[];
  concepts: string[];
  auto_concepts: string[];
  live: boolean;
  text_hash: string;
  indexed_at: Date | string;
}

function toDocument(r: DocumentRow): IndexedDocument {
  return {
    id: r.id,
    seq: Number(r.seq),
    kind: r.kind === 'organisation' ? 'organisation' : 'listing',
    matchType: typeFromCode(Number(r.type_code)),
    typeCode: Number(r.type_code),
    organisationId: r.organisation_id,
    language: r.language,
    length: Number(r.length),
    terms: r.terms,
    concepts: r.concepts,
    autoConcepts: r.auto_concepts,
    live: r.live,
    textHash: r.text_hash,
    indexedAt: r.indexed_at instanceof Date ? r.indexed_at : new Date(r.indexed_at),
  };
}

type ListKey = string;
const listKey = (typeCode: number, term: string): ListKey => `${typeCode}\u0001${term}`;

export function matchingStore(db: Executor): MatchingStore {
  /** Moves one document's postings (remove from `from`, add `to`) and the corpus counts, under the index lock. */
  async function movePostings(seq: number, from: { typeCode: number; terms: readonly string[]; length: number } | null, to: { typeCode: number; terms: ReadonlyMap<string, number>; length: number } | null, capacity: number): Promise<void> {
    if (!from && !to) return;
    await db.execute(sql`SELECT pg_advisory_xact_lock(${INDEX_LOCK})`);
    const keys = new Map<ListKey, { typeCode: number; term: string }>();
    for (const term of from?.terms ?? []) keys.set(listKey(from?.typeCode ?? 0, term), { typeCode: from?.typeCode ?? 0, term });
    for (const term of to?.terms.keys() ?? []) keys.set(listKey(to?.typeCode ?? 0, term), { typeCode: to?.typeCode ?? 0, term });
    const wanted = [...keys.values()];
    const current = new Map<ListKey, { df: number; list: PostingList }>();
    for (let i = 0; i < wanted.length; i += WRITE_BATCH) {
      const part = wanted.slice(i, i + WRITE_BATCH);
      const rows = await queryRows<{ term: string; type_code: number; df: number; postings: Uint8Array }>(
        db,
        sql`SELECT t.term, t.type_code, t.df, t.postings FROM match_term_lists t
            JOIN unnest(${sql.param(part.map((k) => k.term))}::text[], ${sql.param(part.map((k) => k.typeCode))}::int2[]) AS k(term, type_code)
              ON t.term = k.term AND t.type_code = k.type_code`,
      );
      for (const r of rows) current.set(listKey(Number(r.type_code), r.term), { df: Number(r.df), list: decodePostings(r.postings) });
    }
    const upserts: Array<{ term: string; typeCode: number; df: number; list: PostingList }> = [];
    const deletes: Array<{ term: string; typeCode: number }> = [];
    const fromKeys = new Set((from?.terms ?? []).map((t) => listKey(from?.typeCode ?? 0, t)));
    for (const [key, { typeCode, term }] of keys) {
      let entry = current.get(key) ?? { df: 0, list: emptyPostingList() };
      if (fromKeys.has(key)) entry = { df: entry.df - 1, list: withoutDocument(entry.list, seq) };
      const weight = to && to.typeCode === typeCode ? to.terms.get(term) : undefined;
      if (weight !== undefined && to) entry = { df: entry.df + 1, list: withDocument(entry.list, seq, weight, to.length, capacity) };
      if (entry.df <= 0) deletes.push({ term, typeCode });
      else upserts.push({ term, typeCode, df: entry.df, list: entry.list });
    }
    await writeLists(upserts);
    for (let i = 0; i < deletes.length; i += WRITE_BATCH) {
      const part = deletes.slice(i, i + WRITE_BATCH);
      await db.execute(
        sql`DELETE FROM match_term_lists t USING unnest(${sql.param(part.map((k) => k.term))}::text[], ${sql.param(part.map((k) => k.typeCode))}::int2[]) AS k(term, type_code)
            WHERE t.term = k.term AND t.type_code = k.type_code`,
      );
    }
    if (from) await db.execute(sql`UPDATE match_corpus SET documents = documents - 1, total_length = total_length - ${from.length} WHERE type_code = ${from.typeCode}`);
    if (to) {
      await db.execute(
        sql`INSERT INTO match_corpus (type_code, documents, total_length) VALUES (${to.typeCode}, 1, ${to.length})
            ON CONFLICT (type_code) DO UPDATE SET documents = match_corpus.documents + 1, total_length = match_corpus.total_length + EXCLUDED.total_length`,
      );
    }
  }

  async function writeLists(lists: ReadonlyArray<{ term: string; typeCode: number; df: number; list: PostingList }>): Promise<void> {
    for (let i = 0; i < lists.length; i += WRITE_BATCH) {
      const part = lists.slice(i, i + WRITE_BATCH);
      await db.execute(
        sql`INSERT INTO match_term_lists (term, type_code, df, postings)
            SELECT * FROM unnest(${sql.param(part.map((l) => l.term))}::text[], ${sql.param(part.map((l) => l.typeCode))}::int2[],
                                 ${sql.param(part.map((l) => l.df))}::int[], ${sql.param(part.map((l) => encodePostings(l.list)))}::bytea[])
            ON CONFLICT (term, type_code) DO UPDATE SET df = EXCLUDED.df, postings = EXCLUDED.postings`,
      );
    }
  }

  const documentValues = (w: DocumentWrite) => ({
    id: w.id,
    kind: w.kind,
    matchType: w.matchType,
    typeCode: w.typeCode,
    organisationId: w.organisationId,
    language: w.language,
    length: w.length,
    terms: [...w.terms.keys()],
    concepts: w.concepts,
    autoConcepts: w.autoConcepts,
    live: w.live,
    textHash: w.textHash,
    indexedAt: w.indexedAt,
  });

  /** Upserts documents (one statement), keeping each one's seq; returns id → seq. */
  async function upsertDocuments(writes: readonly DocumentWrite[]): Promise<Map<string, number>> {
    if (writes.length === 0) return new Map();
    const rows = await db
      .insert(matchDocuments)
      .values(writes.map(documentValues))
      .onConflictDoUpdate({
        target: matchDocuments.id,
        set: {
          kind: sql`excluded.kind`,
          matchType: sql`excluded.match_type`,
          typeCode: sql`excluded.type_code`,
          organisationId: sql`excluded.organisation_id`,
          language: sql`excluded.language`,
          length: sql`excluded.length`,
          terms: sql`excluded.terms`,
          concepts: sql`excluded.concepts`,
          autoConcepts: sql`excluded.auto_concepts`,
          live: sql`excluded.live`,
          textHash: sql`excluded.text_hash`,
          indexedAt: sql`excluded.indexed_at`,
        },
      })
      .returning({ id: matchDocuments.id, seq: matchDocuments.seq });
    return new Map(rows.map((r) => [r.id, Number(r.seq)]));
  }

  // One JSON value instead of rows of thirty columns: parsing it is several times cheaper (PGlite above all).
  const readCandidates = async (where: ReturnType<typeof sql>, texts: boolean, terms: boolean): Promise<CandidateRow[]> => {
    const [row] = await queryRows<{ rows: string }>(db, sql`SELECT coalesce(json_agg(c), '[]')::text AS rows FROM (${candidateSelect(texts, terms)} WHERE ${where}) c`);
    const parsed: unknown = JSON.parse(row?.rows ?? '[]');
    return Array.isArray(parsed) ? (parsed as CandidateRow[]) : [];
  };

  return {
    async findDocument(id) {
      const [row] = await queryRows<DocumentRow>(db, sql`SELECT * FROM match_documents WHERE id = ${id}`);
      return row ? toDocument(row) : null;
    },
    async indexDocument(write, previous, capacity) {
      const seq = (await upsertDocuments([write])).get(write.id) ?? fail();
      await movePostings(
        seq,
        previous?.live ? { typeCode: previous.typeCode, terms: previous.terms, length: previous.length } : null,
        write.live ? { typeCode: write.typeCode, terms: write.terms, length: write.length } : null,
        capacity,
      );
      return (await this.findDocument(write.id)) ?? fail();
    },
    async setDocumentConcepts(id, concepts, autoConcepts) {
      await db.execute(sql`UPDATE match_documents SET concepts = ${sql.param(concepts)}::text[], auto_concepts = ${sql.param(autoConcepts)}::text[] WHERE id = ${id}`);
    },
    async removeDocument(previous) {
      if (previous.live) await movePostings(previous.seq, { typeCode: previous.typeCode, terms: previous.terms, length: previous.length }, null, 1);
      await db.execute(sql`DELETE FROM match_documents WHERE id = ${previous.id}`);
    },
    async saveDocuments(writes) {
      return upsertDocuments(writes);
    },
    async replacePostings(lists, corpus) {
      await db.execute(sql`SELECT pg_advisory_xact_lock(${INDEX_LOCK})`);
      await db.execute(sql`DELETE FROM match_term_lists`);
      let count = 0;
      let batch: Array<{ term: string; typeCode: number; df: number; list: PostingList }> = [];
      for (const entry of lists) {
        batch.push(entry);
        count++;
        if (batch.length >= WRITE_BATCH) {
          await writeLists(batch);
          batch = [];
        }
      }
      await writeLists(batch);
      await db.execute(sql`DELETE FROM match_corpus`);
      for (const c of corpus) await db.execute(sql`INSERT INTO match_corpus (type_code, documents, total_length) VALUES (${c.typeCode}, ${c.documents}, ${c.totalLength})`);
      return count;
    },
    async documentsIndexedBefore(before, limit) {
      return (await queryRows<DocumentRow>(db, sql`SELECT * FROM match_documents WHERE indexed_at < ${before} ORDER BY seq LIMIT ${limit}`)).map(toDocument);
    },

    async corpus(typeCodes) {
      const [row] = await queryRows<{ documents: number | null; total: number | null }>(
        db,
        sql`SELECT sum(documents)::int AS documents, sum(total_length)::float8 AS total FROM match_corpus WHERE type_code = ANY(${sql.param([...typeCodes])}::int2[])`,
      );
      return { documents: Number(row?.documents ?? 0), totalLength: Number(row?.total ?? 0) };
    },
    async documentFrequencies(terms, typeCodes) {
      if (terms.length === 0) return new Map();
      const rows = await queryRows<{ term: string; df: number }>(
        db,
        sql`SELECT term, sum(df)::int AS df FROM match_term_lists
            WHERE term = ANY(${sql.param([...terms])}::text[]) AND type_code = ANY(${sql.param([...typeCodes])}::int2[]) GROUP BY term`,
      );
      return new Map(rows.map((r) => [r.term, Number(r.df)]));
    },
    async postingLists(terms, typeCodes) {
      const out = new Map<string, PostingList[]>();
      if (terms.length === 0) return out;
      const rows = await queryRows<{ term: string; postings: Uint8Array }>(
        db,
        sql`SELECT term, postings FROM match_term_lists WHERE term = ANY(${sql.param([...terms])}::text[]) AND type_code = ANY(${sql.param([...typeCodes])}::int2[])`,
      );
      for (const r of rows) out.set(r.term, [...(out.get(r.term) ?? []), decodePostings(r.postings)]);
      return out;
    },
    async conceptCandidates(concepts, typeCodes, limit) {
      if (concepts.length === 0) return [];
      const rows = await queryRows<{ seq: number }>(
        db,
        // A safety net beside text retrieval, so no ranking here: a popular keyword can have thousands of
        // documents, and ordering them all would cost more than the rest of the query.
        sql`SELECT seq FROM match_documents
            WHERE live AND type_code = ANY(${sql.param([...typeCodes])}::int2[]) AND concepts && ${sql.param([...concepts])}::text[]
            LIMIT ${limit}`,
      );
      return rows.map((r) => Number(r.seq));
    },
    async candidateFacts(seqs) {
      return seqs.length ? (await readCandidates(sql`d.seq = ANY(${sql.param([...seqs])}::int[])`, false, false)).map(toFacts) : [];
    },
    async candidates(seqs) {
      if (seqs.length === 0) return [];
      return (await readCandidates(sql`d.seq = ANY(${sql.param([...seqs])}::int[])`, true, true)).map((r) => ({ candidate: toCandidate(r), terms: new Set(r.terms ?? []) }));
    },
    async candidatesByIds(ids) {
      return ids.length ? (await readCandidates(sql`d.id = ANY(${sql.param([...ids])}::uuid[])`, true, false)).map(toCandidate) : [];
    },

    async ensureEmbeddingIndex(dimension) {
      if (!Number.isInteger(dimension) || dimension < 1 || dimension > 16000) throw new Error(`embedding dimension ${dimension} is not supported`);
      // DDL takes no parameters: the dimension is a checked integer from configuration.
      await db.execute(
        sql.raw(
          `CREATE INDEX IF NOT EXISTS match_embeddings_hnsw_${dimension} ON match_embeddings USING hnsw ((embedding::vector(${dimension})) vector_cosine_ops) WHERE dimension = ${dimension}`,
        ),
      );
    },
    async saveEmbedding(documentId, typeCode, model, vector, textHash, at) {
      await db.execute(
        sql`INSERT INTO match_embeddings (document_id, type_code, model, dimension, embedding, text_hash, embedded_at)
            VALUES (${documentId}, ${typeCode}, ${model}, ${vector.length}, ${vectorLiteral(vector)}::vector, ${textHash}, ${at})
            ON CONFLICT (document_id) DO UPDATE SET type_code = EXCLUDED.type_code, model = EXCLUDED.model, dimension = EXCLUDED.dimension,
              embedding = EXCLUDED.embedding, text_hash = EXCLUDED.text_hash, embedded_at = EXCLUDED.embedded_at`,
      );
    },
    async embeddingOf(documentId, model, dimension) {
      const [row] = await queryRows<{ embedding: string; text_hash: string }>(
        db,
        sql`SELECT embedding::text AS embedding, text_hash FROM match_embeddings WHERE document_id = ${documentId} AND model = ${model} AND dimension = ${dimension}`,
      );
      return row ? { vector: parseVector(row.embedding), textHash: row.text_hash } : null;
    },
    async removeEmbedding(documentId) {
      await db.execute(sql`DELETE FROM match_embeddings WHERE document_id = ${documentId}`);
    },
    async nearest(vector, model, typeCodes, limit) {
      const d = vector.length;
      if (!Number.isInteger(d) || d < 1) return [];
      // The cast and the dimension predicate are literals so the planner can use the partial HNSW index.
      const cast = sql.raw(`vector(${d})`);
      const rows = await queryRows<{ seq: number; similarity: number }>(
        db,
        sql`SELECT d.seq, 1 - (e.embedding::${cast} <=> ${vectorLiteral(vector)}::${cast}) AS similarity
            FROM match_embeddings e JOIN match_documents d ON d.id = e.document_id
            WHERE e.dimension = ${sql.raw(String(d))} AND e.model = ${model} AND e.type_code = ANY(${sql.param([...typeCodes])}::int2[]) AND d.live
            ORDER BY e.embedding::${cast} <=> ${vectorLiteral(vector)}::${cast}
            LIMIT ${limit}`,
      );
      return rows.map((r) => ({ seq: Number(r.seq), similarity: Number(r.similarity) }));
    },
    async similarities(vector, model, seqs) {
      const d = vector.length;
      if (seqs.length === 0 || !Number.isInteger(d) || d < 1) return new Map();
      const cast = sql.raw(`vector(${d})`);
      const rows = await queryRows<{ seq: number; similarity: number }>(
        db,
        sql`SELECT d.seq, 1 - (e.embedding::${cast} <=> ${vectorLiteral(vector)}::${cast}) AS similarity
            FROM match_embeddings e JOIN match_documents d ON d.id = e.document_id
            WHERE e.dimension = ${d} AND e.model = ${model} AND d.seq = ANY(${sql.param([...seqs])}::int[])`,
      );
      return new Map(rows.map((r) => [Number(r.seq), Number(r.similarity)]));
    },

    ...matchingResultsStore(db),

    async sourceRefs(after, limit) {
      const rows = await queryRows<{ kind: string; id: string }>(
        db,
        sql`SELECT kind, id FROM (SELECT 'listing' AS kind, id FROM listings UNION ALL SELECT 'organisation' AS kind, id FROM organisations) s
            WHERE ${after ? sql`(kind, id) > (${after.kind}, ${after.id}::uuid)` : sql`true`}
            ORDER BY kind, id LIMIT ${limit}`,
      );
      return rows.map((r): DocumentRef => ({ kind: r.kind === 'organisation' ? 'organisation' : 'listing', id: r.id }));
    },
    async sourceCount() {
      const [row] = await queryRows<{ n: number }>(db, sql`SELECT (SELECT count(*) FROM listings) + (SELECT count(*) FROM organisations) AS n`);
      return Number(row?.n ?? 0);
    },
  };
}

function fail(): never {
  throw new Error('the indexed document vanished inside its own transaction');
}

export { parseVector };
