/**
 * What every embedding provider does the same way: prefixes for e5-style models, batching, L2
 * normalisation and the dimension check.
 */
import { EmbeddingError } from './provider.js';

export type EmbeddingPurpose = 'query' | 'document';

/** Instruction prefixes such as e5's `query: ` / `passage: `; empty strings for models without them. */
export interface EmbeddingPrefixes {
  readonly queryPrefix: string;
  readonly documentPrefix: string;
}

/** Texts without a stated purpose are documents: that is what the index stores. */
export function withPrefix(texts: readonly string[], prefixes: EmbeddingPrefixes, purpose: EmbeddingPurpose = 'document'): string[] {
  const prefix = purpose === 'query' ? prefixes.queryPrefix : prefixes.documentPrefix;
  return prefix === '' ? [...texts] : texts.map((text) => prefix + text);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Checks one returned vector and scales it to unit length, so that inner product equals cosine for
 * every caller. A zero vector stays zero (it has no direction; it is similar to nothing).
 */
export function unitVector(values: ArrayLike<number>, expectedDimension: number, model: string): Float32Array {
  if (values.length !== expectedDimension) {
    throw new EmbeddingError(
      `model ${model} returned ${values.length}-dimensional vectors, but EMBEDDINGS_DIMENSION is ${expectedDimension}`,
      'wrong_dimension',
      false,
    );
  }
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] ?? Number.NaN;
    if (!Number.isFinite(x)) throw new EmbeddingError(`model ${model} returned a vector with a non-finite value`, 'bad_response', false);
    sumOfSquares += x * x;
  }
  const norm = Math.sqrt(sumOfSquares);
  const out = new Float32Array(values.length);
  if (norm === 0) return out;
  for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) / norm;
  return out;
}

