/**
 * Posting lists as the engine reads them: the documents where a term weighs most, best first, with the
 * term's weight and the document's length (for BM25's length normalisation). A list keeps at most
 * `capacity` postings; the term's document frequency is kept exactly beside it. Queries read whole lists,
 * so a query costs the same at 1,000 or 1,000,000 documents; what a very common term loses beyond its
 * best postings it would have contributed little (its idf is low).
 */
export interface PostingList {
  seqs: Int32Array;
  weights: Float32Array;
  lengths: Uint16Array;
}

/** Postings kept per (term, document type). */
export const DEFAULT_LIST_CAPACITY = 400;

const MAX_LENGTH = 65_535;

export function emptyPostingList(): PostingList {
  return { seqs: new Int32Array(0), weights: new Float32Array(0), lengths: new Uint16Array(0) };
}

export function postingLength(length: number): number {
  return Math.max(1, Math.min(MAX_LENGTH, Math.round(length)));
}

export function withoutDocument(list: PostingList, seq: number): PostingList {
  const at = list.seqs.indexOf(seq);
  if (at < 0) return list;
  const size = list.seqs.length - 1;
  const seqs = new Int32Array(size);
  const weights = new Float32Array(size);
  const lengths = new Uint16Array(size);
  seqs.set(list.seqs.subarray(0, at));
  seqs.set(list.seqs.subarray(at + 1), at);
  weights.set(list.weights.subarray(0, at));
  weights.set(list.weights.subarray(at + 1), at);
  lengths.set(list.lengths.subarray(0, at));
  lengths.set(list.lengths.subarray(at + 1), at);
  return { seqs, weights, lengths };
}

/** Inserts (or moves) a document's posting in weight order; the weakest falls off beyond capacity. */
export function withDocument(list: PostingList, seq: number, weight: number, length: number, capacity: number): PostingList {
  const base = withoutDocument(list, seq);
  const n = base.seqs.length;
  let at = 0;
  while (at < n && (base.weights[at] ?? 0) >= weight) at++;
  if (at >= capacity) return base;
  const size = Math.min(capacity, n + 1);
  const seqs = new Int32Array(size);
  const weights = new Float32Array(size);
  const lengths = new Uint16Array(size);
  seqs.set(base.seqs.subarray(0, at));
  weights.set(base.weights.subarray(0, at));
  lengths.set(base.lengths.subarray(0, at));
  seqs[at] = seq;
  weights[at] = weight;
  lengths[at] = postingLength(length);
  const rest = size - at - 1;
  seqs.set(base.seqs.subarray(at, at + rest), at + 1);
  weights.set(base.weights.subarray(at, at + rest), at + 1);
  lengths.set(base.lengths.subarray(at, at + rest), at + 1);
  return { seqs, weights, lengths };
}

interface GrowingList {
  df: number;
  n: number;
  seqs: Int32Array;
  weights: Float32Array;
  lengths: Uint16Array;
}

/** Builds every list of a corpus in one pass (re-index), keeping memory near capacity per list. */
export class PostingListBuilder {
  private readonly lists = new Map<string, GrowingList>();

  constructor(private readonly capacity: number = DEFAULT_LIST_CAPACITY) {}

  add(typeCode: number, term: string, seq: number, weight: number, length: number): void {
    const key = `${typeCode}\u0001${term}`;
    let list = this.lists.get(key);
    if (!list) {
      list = { df: 0, n: 0, seqs: new Int32Array(4), weights: new Float32Array(4), lengths: new Uint16Array(4) };
      this.lists.set(key, list);
    }
    list.df++;
    if (list.n === list.seqs.length) {
      if (list.n >= 2 * this.capacity) this.compact(list);
      else this.grow(list);
    }
    list.seqs[list.n] = seq;
    list.weights[list.n] = weight;
    list.lengths[list.n] = postingLength(length);
    list.n++;
  }

  get size(): number {
    return this.lists.size;
  }

  *entries(): Generator<{ typeCode: number; term: string; df: number; list: PostingList }> {
    for (const [key, list] of this.lists) {
      const cut = key.indexOf('\u0001');
      this.compact(list);
      yield { typeCode: Number(key.slice(0, cut)), term: key.slice(cut + 1), df: list.df, list: { seqs: list.seqs.slice(0, list.n), weights: list.weights.slice(0, list.n), lengths: list.lengths.slice(0, list.n) } };
    }
  }

  private grow(list: GrowingList): void {
    const size = Math.min(2 * this.capacity, list.seqs.length * 2);
    const seqs = new Int32Array(size);
    const weights = new Float32Array(size);
    const lengths = new Uint16Array(size);
    seqs.set(list.seqs);
    weights.set(list.weights);
    lengths.set(list.lengths);
    Object.assign(list, { seqs, weights, lengths });
  }

  /** Sorts best first and keeps `capacity`. */
  private compact(list: GrowingList): void {
    const order = Array.from({ length: list.n }, (_, i) => i).sort((a, b) => (list.weights[b] ?? 0) - (list.weights[a] ?? 0) || (list.seqs[a] ?? 0) - (list.seqs[b] ?? 0));
    const keep = order.slice(0, this.capacity);
    const seqs = new Int32Array(list.seqs.length);
    const weights = new Float32Array(list.seqs.length);
    const lengths = new Uint16Array(list.seqs.length);
    keep.forEach((from, to) => {
      seqs[to] = list.seqs[from] ?? 0;
      weights[to] = list.weights[from] ?? 0;
      lengths[to] = list.lengths[from] ?? 0;
    });
    Object.assign(list, { seqs, weights, lengths, n: keep.length });
  }
}
