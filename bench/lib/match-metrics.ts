/**
 * Retrieval metrics for the matching benchmark, and the provider shape both modes implement.
 */
import type { RetrievalSet } from './match-data.js';

/** A way to rank a corpus for queries: the built-in bridge, or (later) an embedding server. */
export interface MatchProvider {
  readonly mode: string;
  /**
   * Ranks documents for each query; returns, per query, document ids best first (at least `depth` when
   * that many documents share anything with the query). Languages are given as the data set states them.
   */
  rank(set: RetrievalSet, languages: { query: string; corpus: string }, depth: number): Promise<string[][]>;
}

export interface RetrievalScores {
  recallAt1: number;
  recallAt10: number;
  mrr: number;
  queries: number;
}

/**
 * Recall@k: share of queries with a relevant document in the top k. MRR: mean of 1/rank of the first
 * relevant document (0 when it is not ranked). Queries without any relevant document are skipped.
 */
export function retrievalScores(set: RetrievalSet, rankings: readonly string[][]): RetrievalScores {
  let counted = 0;
  let at1 = 0;
  let at10 = 0;
  let reciprocal = 0;
  set.queries.forEach((query, i) => {
    if (query.relevant.size === 0) return;
    counted++;
    const ranking = rankings[i] ?? [];
    const rank = ranking.findIndex((id) => query.relevant.has(id));
    if (rank < 0) return;
    if (rank === 0) at1++;
    if (rank < 10) at10++;
    reciprocal += 1 / (rank + 1);
  });
  const share = (n: number): number => (counted === 0 ? 0 : n / counted);
  return { recallAt1: share(at1), recallAt10: share(at10), mrr: share(reciprocal), queries: counted };
}
