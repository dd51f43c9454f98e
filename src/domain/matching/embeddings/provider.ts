/**
 * The semantic-embedding port. Innox runs without one (the built-in cross-language bridge); when an
 * operator configures a provider, listings also get a vector and matching adds a semantic score.
 */
export interface EmbeddingProvider {
  /** `http`: an OpenAI-compatible /v1/embeddings server; `onnx-local`: a model folder on this machine. */
  readonly kind: 'http' | 'onnx-local';
  readonly model: string;
  /** Length of every vector this provider returns. */
  readonly dimension: number;
  /**
   * Embeds texts in order (one vector per text, L2-normalised). Fails with EmbeddingError on timeouts,
   * server errors or a wrong dimension; callers fall back to the built-in bridge and retry later.
   */
  embed(texts: readonly string[], options?: { signal?: AbortSignal; purpose?: 'query' | 'document' }): Promise<Float32Array[]>;
}

export class EmbeddingError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'http_status' | 'bad_response' | 'wrong_dimension' | 'unavailable',
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'EmbeddingError';
  }
}
