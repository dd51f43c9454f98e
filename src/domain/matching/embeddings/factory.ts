/**
 * Builds the configured embedding provider (or none). Called once from the composition root; the
 * settings come from src/config.ts (EMBEDDINGS_*).
 */
import { httpEmbeddingProvider, type HttpEmbeddingSettings } from './http.js';
import { onnxLocalEmbeddingProvider, type OnnxLocalEmbeddingSettings } from './onnx-local.js';
import type { EmbeddingProvider } from './provider.js';

export type EmbeddingSettings =
  | { readonly provider: 'none' }
  | ({ readonly provider: 'http' } & HttpEmbeddingSettings)
  | ({ readonly provider: 'onnx-local' } & OnnxLocalEmbeddingSettings);

/**
 * Constructing a provider does no I/O: the http server is first asked at the first embed() call and
 * the onnx model folder is loaded then, so a missing server or folder surfaces as an EmbeddingError
 * the engine can report and fall back from, not as a server that will not start.
 */
export function createEmbeddingProvider(settings: EmbeddingSettings): EmbeddingProvider | null {
  switch (settings.provider) {
    case 'none':
      return null;
    case 'http':
      return httpEmbeddingProvider(settings);
    case 'onnx-local':
      return onnxLocalEmbeddingProvider(settings);
  }
}
