/**
 * The embedding-server provider (OpenAI-compatible POST /v1/embeddings): cosine similarity between
 * query and document vectors. The engine's own http provider (with retries, dimension checks and the
 * pgvector index) comes with the DB-backed engine; this one only has to rank benchmark sets.
 */
import type { RetrievalSet } from './match-data.js';
import type { MatchProvider } from './match-metrics.js';

const BATCH = 64;

function isEmbeddingResponse(value: unknown): value is { data: Array<{ embedding: number[]; index: number }> } {
  if (typeof value !== 'object' || value === null || !('data' in value) || !Array.isArray(value.data)) return false;
  return value.data.every(
    (d: unknown) => typeof d === 'object' && d !== null && 'embedding' in d && Array.isArray(d.embedding) && 'index' in d && typeof d.index === 'number',
  );
}

async function embed(url: string, model: string, texts: readonly string[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const response = await fetch(new URL('/v1/embeddings', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, input: texts.slice(i, i + BATCH) }),
      signal: AbortSignal.timeout(120_000),
    });
    if (!response.ok) throw new Error(`embedding server answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isEmbeddingResponse(body)) throw new Error('embedding server: unexpected response shape');
    for (const item of [...body.data].sort((a, b) => a.index - b.index)) {
      const vector = Float32Array.from(item.embedding);
      const norm = Math.hypot(...vector) || 1;
      out.push(vector.map((x) => x / norm));
    }
  }
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

export function httpProvider(url: string, model: string): MatchProvider {
  return {
    mode: 'http',
    rank: async (set: RetrievalSet, _languages, depth) => {
      const docs = await embed(url, model, set.documents.map((d) => d.text));
      const queries = await embed(url, model, set.queries.map((q) => q.text));
      return queries.map((q) =>
        docs
          .map((d, i) => ({ i, score: dot(q, d) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, depth)
          .map(({ i }) => set.documents[i]?.id ?? ''),
      );
    },
  };
}
