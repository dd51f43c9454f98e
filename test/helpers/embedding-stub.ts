/**
 * A small OpenAI-compatible embedding server for tests: `POST /v1/embeddings` on 127.0.0.1 (ephemeral
 * port) answering with deterministic bag-of-words vectors, so texts that share words are close (enough
 * to rank in engine tests). Failures are scripted per request; every request is recorded.
 *
 *   const stub = await startEmbeddingStub({ dimension: 16 });
 *   const embeddings = stub.provider();          // the real http provider, pointed at the stub
 *   stub.script({ kind: 'status', status: 500 }); // the next request fails, later ones succeed
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpEmbeddingProvider, type HttpEmbeddingSettings } from '../../src/domain/matching/embeddings/http.js';
import type { EmbeddingProvider } from '../../src/domain/matching/embeddings/provider.js';

export type StubBehaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; body?: string }
  /** Reads the request and never answers (the client's timeout or abort ends it). */
  | { kind: 'hang' }
  | { kind: 'malformed' }
  /** Answers with vectors of another length. */
  | { kind: 'dimension'; dimension: number };

export interface StubRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** `input` of the body when it is a list of strings. */
  input: string[];
}

export interface EmbeddingStub {
  /** Base URL without `/v1`. */
  url: string;
  dimension: number;
  requests: StubRequest[];
  /** Delays the provider from provider() asked to wait before retrying (it does not wait). */
  retryDelaysMs: number[];
  /** The next requests behave like these, one each, in order; then requests succeed again. */
  script(...behaviours: StubBehaviour[]): void;
  /** The production http provider against this stub; settings may be overridden. */
  provider(overrides?: Partial<HttpEmbeddingSettings>): EmbeddingProvider;
  close(): Promise<void>;
}

/** Hashes each word into a signed bucket: same words, same direction. Not normalised (the provider does that). */
export function stubVector(text: string, dimension: number): number[] {
  const vector = new Array<number>(dimension).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const hash = createHash('sha256').update(word).digest();
    const bucket = hash.readUInt32LE(0) % dimension;
    vector[bucket] = (vector[bucket] ?? 0) + ((hash[4] ?? 0) & 1 ? 1 : -1);
  }
  return vector;
}

function inputOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('input' in body) || !Array.isArray(body.input)) return [];
  return body.input.filter((x: unknown): x is string => typeof x === 'string');
}

export async function startEmbeddingStub(options: { dimension?: number } = {}): Promise<EmbeddingStub> {
  const dimension = options.dimension ?? 16;
  const requests: StubRequest[] = [];
  const retryDelaysMs: number[] = [];
  const queue: StubBehaviour[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        // recorded as null; answered below
      }
      const input = inputOf(body);
      requests.push({ path: req.url ?? '', headers: req.headers, body, input });
      const behaviour = queue.shift() ?? { kind: 'ok' };
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      switch (behaviour.kind) {
        case 'hang':
          return;
        case 'status':
          res.writeHead(behaviour.status, { 'content-type': 'application/json' }).end(behaviour.body ?? `{"error":"stub status ${behaviour.status}"}`);
          return;
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [ {"embedding": [0.1, ');
          return;
        case 'ok':
        case 'dimension': {
          const size = behaviour.kind === 'dimension' ? behaviour.dimension : dimension;
          // Answered in reverse order, as a server may: clients must sort by `index`.
          const data = input.map((text, index) => ({ object: 'embedding', index, embedding: stubVector(text, size) })).reverse();
          const model = typeof body === 'object' && body !== null && 'model' in body ? body.model : null;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: 0, total_tokens: 0 } }));
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    dimension,
    requests,
    retryDelaysMs,
    script: (...behaviours) => queue.push(...behaviours),
    provider: (overrides = {}) =>
      httpEmbeddingProvider(
        { url, model: 'stub-model', dimension, apiKey: null, timeoutMs: 5_000, batchSize: 32, queryPrefix: '', documentPrefix: '', ...overrides },
        {
          sleep: async (ms) => {
            retryDelaysMs.push(ms);
          },
        },
      ),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
