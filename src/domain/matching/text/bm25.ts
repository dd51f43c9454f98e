/**
 * In-memory BM25 over pivot terms, with dictionary-based cross-language retrieval's structured queries
 * (Pirkola 1998): the alternatives of one source word form one query term whose frequency in a document
 * is the weighted sum of its alternatives' frequencies, and whose document frequency is the number of
 * documents holding any of them. A word with ten translations then counts once, not ten times, and an
 * alternative that is rare in the corpus cannot be drowned by a common one.
 *
 * The DB-backed engine stores PivotTerms.terms per listing and runs the same formula in SQL; this class
 * is the reference and the benchmark's engine.
 */
import type { PivotTerms, PivotUnit, UnitKind } from './pivot.js';

export interface Bm25Options {
  k1?: number;
  b?: number;
  /** How much each kind of unit counts in a query; same-language surface forms count less by default. */
  unitWeights?: Partial<Record<UnitKind, number>>;
}

export interface Bm25Hit<Id> {
  id: Id;
  score: number;
}

interface Postings {
  docs: number[];
  weights: number[];
}

const DEFAULT_UNIT_WEIGHTS: Readonly<Record<UnitKind, number>> = { pivot: 1, literal: 1, surface: 0.6 };

/** Units with the same kind and alternatives are one query term counted several times. */
function mergeUnits(units: readonly PivotUnit[]): Array<{ unit: PivotUnit; count: number }> {
  const merged = new Map<string, { unit: PivotUnit; count: number }>();
  for (const unit of units) {
    const key = `${unit.kind}\u0000${[...unit.alternatives.keys()].sort().join(' ')}`;
    const entry = merged.get(key);
    if (entry) entry.count++;
    else merged.set(key, { unit, count: 1 });
  }
  return [...merged.values()];
}

export class Bm25Index<Id> {
  private readonly k1: number;
  private readonly b: number;
  private readonly unitWeights: Readonly<Record<UnitKind, number>>;
  private readonly ids: Id[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, Postings>();
  private totalLength = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.unitWeights = { ...DEFAULT_UNIT_WEIGHTS, ...options.unitWeights };
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: Id, document: Pick<PivotTerms, 'terms' | 'length'>): void {
    const index = this.ids.length;
    this.ids.push(id);
    const length = Math.max(1, document.length);
    this.lengths.push(length);
    this.totalLength += length;
    for (const [term, weight] of document.terms) {
      let postings = this.postings.get(term);
      if (!postings) {
        postings = { docs: [], weights: [] };
        this.postings.set(term, postings);
      }
      postings.docs.push(index);
      postings.weights.push(weight);
    }
  }

  /** The best `limit` documents for query, best first; documents sharing no term are never returned. */
  search(query: Pick<PivotTerms, 'units'>, limit = 10): Bm25Hit<Id>[] {
    const n = this.ids.length;
    if (n === 0) return [];
    const scores = new Float64Array(n);
    const touched = new Set<number>();
    const tf = new Float64Array(n);
    const avgLength = this.totalLength / n;
    for (const { unit, count } of mergeUnits(query.units)) {
      const docs: number[] = [];
      for (const [term, weight] of unit.alternatives) {
        const postings = this.postings.get(term);
        if (!postings) continue;
        postings.docs.forEach((doc, i) => {
          if (tf[doc] === 0) docs.push(doc);
          tf[doc] = (tf[doc] ?? 0) + weight * (postings.weights[i] ?? 0);
        });
      }
      const df = docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const factor = count * idf * this.unitWeights[unit.kind];
      for (const doc of docs) {
        const f = tf[doc] ?? 0;
        const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[doc] ?? 1)) / avgLength);
        scores[doc] = (scores[doc] ?? 0) + (factor * f * (this.k1 + 1)) / (f + norm);
        touched.add(doc);
        tf[doc] = 0;
      }
    }
    return [...touched]
      .sort((a, c) => (scores[c] ?? 0) - (scores[a] ?? 0) || a - c)
      .slice(0, limit)
      .map((doc) => ({ id: this.ids[doc] as Id, score: scores[doc] ?? 0 }));
  }
}
