/**
 * The `http` embedding provider: an OpenAI-compatible `POST /v1/embeddings` (ollama, llama.cpp server,
 * text-embeddings-inference, vLLM, or a hosted API). Request `{ model, input: string[] }`, answer
 * `{ data: [{ embedding: number[], index }] }`.
 */
import { chunk, unitVector, withPrefix, type EmbeddingPrefixes } from './batch.js';
import { EmbeddingError, type EmbeddingProvider } from './provider.js';

export interface HttpEmbeddingSettings extends EmbeddingPrefixes {
  /** Base URL of the server, with or without `/v1` (`http://127.0.0.1:11434`, `https://host/v1`). */
  readonly url: string;
  readonly model: string;
  readonly dimension: number;
  /** Sent as `Authorization: Bearer …` when set. */
  readonly apiKey: string | null;
  /** Per request (one batch), including reading the answer. */
  readonly timeoutMs: number;
  /** Texts per request. */
  readonly batchSize: number;
}

export interface HttpEmbeddingDependencies {
  readonly fetch?: typeof fetch;
  /** Waits before the one retry; tests pass one that records the delay instead of waiting. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Base delay before the retry; a random share of it is added so that many workers do not retry in step. */
const RETRY_DELAY_MS = 500;
const ERROR_BODY_CHARS = 200;

/** `http://h:1`, `http://h:1/`, `http://h:1/v1`, `http://h:1/v1/embeddings` all mean `http://h:1/v1/embeddings`. */
export function embeddingsEndpoint(baseUrl: string): string {
  const url = new URL(baseUrl);
  let path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/embeddings')) path = path.slice(0, -'/embeddings'.length);
  if (!path.endsWith('/v1')) path += '/v1';
  url.pathname = `${path}/embeddings`;
  return url.toString();
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted(): void {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });

export function httpEmbeddingProvider(settings: HttpEmbeddingSettings, dependencies: HttpEmbeddingDependencies = {}): EmbeddingProvider {
  const endpoint = embeddingsEndpoint(settings.url);
  const origin = new URL(endpoint).origin;
  const fetchFn = dependencies.fetch ?? fetch;
  const sleep = dependencies.sleep ?? defaultSleep;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;

  async function requestOnce(input: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    let status: number;
    let body: string;
    try {
      const response = await fetchFn(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: settings.model, input }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      status = response.status;
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) throw new EmbeddingError(`embedding server ${origin} did not answer within ${settings.timeoutMs} ms`, 'timeout', true);
      throw new EmbeddingError(`embedding server ${origin} cannot be reached: ${describe(error)}`, 'unavailable', true);
    }
    if (status < 200 || status > 299) {
      // 429 and 5xx are the server being busy or briefly broken; other 4xx (bad key, unknown model) stay so.
      const retryable = status === 429 || status >= 500;
      throw new EmbeddingError(`embedding server ${origin} answered HTTP ${status}: ${body.slice(0, ERROR_BODY_CHARS)}`, 'http_status', retryable);
    }
    return parseEmbeddingResponse(body, input.length, settings.dimension, settings.model);
  }

  async function requestWithRetry(input: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    try {
      return await requestOnce(input, signal);
    } catch (error) {
      if (!(error instanceof EmbeddingError) || !error.retryable) throw error;
      await sleep(RETRY_DELAY_MS + Math.round(Math.random() * RETRY_DELAY_MS), signal);
      return requestOnce(input, signal);
    }
  }

  return {
    kind: 'http',
    model: settings.model,
    dimension: settings.dimension,
    async embed(texts, options = {}) {
      const out: Float32Array[] = [];
      // One batch after the other: a local server (ollama, llama.cpp) works through them one at a time anyway.
      for (const batch of chunk(withPrefix(texts, settings, options.purpose), settings.batchSize)) {
        options.signal?.throwIfAborted();
        out.push(...(await requestWithRetry(batch, options.signal)));
      }
      return out;
    },
  };
}

/** Parses and checks an OpenAI-style embeddings answer; vectors come back in input order, unit length. */
export function parseEmbeddingResponse(body: string, expectedCount: number, dimension: number, model: string): Float32Array[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new EmbeddingError(`embedding server answered with something that is not JSON: ${body.slice(0, ERROR_BODY_CHARS)}`, 'bad_response', false);
  }
  const data = typeof json === 'object' && json !== null && 'data' in json ? json.data : undefined;
  if (!Array.isArray(data)) throw new EmbeddingError('embedding server answer has no `data` list', 'bad_response', false);
  if (data.length !== expectedCount) {
    throw new EmbeddingError(`embedding server returned ${data.length} vectors for ${expectedCount} texts`, 'bad_response', false);
  }
  const ordered = new Array<Float32Array | undefined>(expectedCount);
  data.forEach((item: unknown, position) => {
    if (typeof item !== 'object' || item === null || !('embedding' in item) || !Array.isArray(item.embedding)) {
      throw new EmbeddingError(`embedding server answer: data[${position}] has no \`embedding\` list`, 'bad_response', false);
    }
    // Every server named above sends `index`; without it the order of `data` is the order of `input`.
    const index = 'index' in item ? item.index : position;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= expectedCount || ordered[index]) {
      throw new EmbeddingError(`embedding server answer: data[${position}] has a wrong or repeated index`, 'bad_response', false);
    }
    const values: unknown[] = item.embedding;
    if (!isNumberList(values)) {
      throw new EmbeddingError(`embedding server answer: data[${position}].embedding holds something other than numbers`, 'bad_response', false);
    }
    ordered[index] = unitVector(values, dimension, model);
  });
  return ordered.map((vector) => vector ?? new Float32Array(dimension));
}

function isNumberList(values: unknown[]): values is number[] {
  return values.every((x) => typeof x === 'number');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch() hides the socket error (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
