/**
 * Text retrieval over the stored posting lists: BM25 with structured queries, as the in-memory reference
 * (text/bm25.ts) computes it, with two bounds that keep a query's cost flat as the corpus grows:
 * - only the `maxUnits` most telling query units are used (highest idf × count × kind weight);
 * - each list holds only its term's best postings (see postings.ts).
 * A unit's document frequency is the sum of its alternatives' (capped at N): an upper bound of the
 * exact union the reference uses, which measured the same on XQuAD.
 */
import type { QueryUnit } from './analysis.js';
import type { MatchingStore } from './store.js';
import type { UnitKind } from './text/pivot.js';

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
/** As in text/bm25.ts: same-language surface forms count less than pivot terms and literals. */
export const UNIT_KIND_WEIGHTS: Readonly<Record<UnitKind, number>> = { pivot: 1, literal: 1, surface: 0.6 };

export interface ScoredUnit {
  unit: QueryUnit;
  df: number;
  /** count × kind weight × idf: the most a document can get from this unit is factor × (k1 + 1). */
  factor: number;
}

export interface TextRetrieval {
  units: ScoredUnit[];
  /** Document seq → BM25 score. */
  scores: Map<number, number>;
  /** The score of a document that had every unit many times over: the scale for normalising. */
  ideal: number;
  documents: number;
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

export async function retrieveText(store: MatchingStore, query: readonly QueryUnit[], typeCodes: readonly number[], maxUnits: number): Promise<TextRetrieval> {
  const empty: TextRetrieval = { units: [], scores: new Map(), ideal: 0, documents: 0 };
  if (query.length === 0 || typeCodes.length === 0) return empty;
  const corpus = await store.corpus(typeCodes);
  if (corpus.documents === 0) return empty;
  const n = corpus.documents;
  const averageLength = Math.max(1, corpus.totalLength / n);
  const terms = [...new Set(query.flatMap((u) => u.alternatives.map(([t]) => t)))];
  const df = await store.documentFrequencies(terms, typeCodes);
  const units: ScoredUnit[] = [];
  for (const unit of query) {
    let sum = 0;
    for (const [term] of unit.alternatives) sum += df.get(term) ?? 0;
    if (sum === 0) continue;
    const unitDf = Math.min(n, sum);
    units.push({ unit, df: unitDf, factor: unit.count * UNIT_KIND_WEIGHTS[unit.kind] * idf(n, unitDf) });
  }
  units.sort((a, b) => b.factor - a.factor);
  const used = units.slice(0, maxUnits);
  const ideal = used.reduce((sum, u) => sum + u.factor * (BM25_K1 + 1), 0);
  const wanted = [...new Set(used.flatMap((u) => u.unit.alternatives.map(([t]) => t).filter((t) => df.has(t))))];
  const lists = await store.postingLists(wanted, typeCodes);
  const scores = new Map<number, number>();
  const tf = new Map<number, number>();
  const lengths = new Map<number, number>();
  for (const { unit, factor } of used) {
    tf.clear();
    for (const [term, weight] of unit.alternatives) {
      for (const list of lists.get(term) ?? []) {
        for (let i = 0; i < list.seqs.length; i++) {
          const seq = list.seqs[i] ?? 0;
          tf.set(seq, (tf.get(seq) ?? 0) + weight * (list.weights[i] ?? 0));
          lengths.set(seq, list.lengths[i] ?? 1);
        }
      }
    }
    for (const [seq, f] of tf) {
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * (lengths.get(seq) ?? 1)) / averageLength);
      scores.set(seq, (scores.get(seq) ?? 0) + (factor * f * (BM25_K1 + 1)) / (f + norm));
    }
  }
  return { units: used, scores, ideal, documents: n };
}

/** The best `limit` documents by score (ties by seq, for stable results). */
export function topScores(scores: ReadonlyMap<number, number>, limit: number): Array<[number, number]> {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}
