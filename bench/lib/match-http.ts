/**
 * The embedding-server provider (OpenAI-compatible POST /v1/embeddings) through Innox's own http
 * embedding provider (batching, timeouts, one retry, dimension check, e5-style prefixes): cosine
 * similarity between query and document vectors.
 */
import { httpEmbeddingProvider, type HttpEmbeddingSettings } from '../../src/domain/matching/embeddings/http.js';
import type { RetrievalSet } from './match-data.js';
import type { MatchProvider } from './match-metrics.js';

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

export function httpProvider(settings: HttpEmbeddingSettings): MatchProvider {
  const embeddings = httpEmbeddingProvider(settings);
  return {
    mode: 'http',
    rank: async (set: RetrievalSet, _languages, depth) => {
      const docs = await embeddings.embed(set.documents.map((d) => d.text), { purpose: 'document' });
      const queries = await embeddings.embed(set.queries.map((q) => q.text), { purpose: 'query' });
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
