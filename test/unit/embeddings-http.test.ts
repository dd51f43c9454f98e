import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { embeddingsEndpoint } from '../../src/domain/matching/embeddings/http.js';
import { EmbeddingError } from '../../src/domain/matching/embeddings/provider.js';
import { startEmbeddingStub, stubVector, type EmbeddingStub } from '../helpers/embedding-stub.js';

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
const norm = (v: Float32Array): number => Math.sqrt(dot(v, v));

async function rejectsWith(promise: Promise<unknown>, reason: EmbeddingError['reason'], retryable: boolean): Promise<EmbeddingError> {
  const error = await promise.then(
    () => assert.fail('expected an EmbeddingError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof EmbeddingError, `expected an EmbeddingError, got ${String(error)}`);
  assert.equal(error.reason, reason);
  assert.equal(error.retryable, retryable);
  return error;
}

describe('http embedding provider against a local OpenAI-compatible stub', () => {
  let stub: EmbeddingStub;
  before(async () => {
    stub = await startEmbeddingStub({ dimension: 16 });
  });
  after(async () => {
    await stub.close();
  });
  beforeEach(() => {
    stub.requests.length = 0;
    stub.retryDelaysMs.length = 0;
  });

  test('embeds texts into unit vectors of the configured dimension, texts sharing words closer', async () => {
    const provider = stub.provider();
    assert.equal(provider.kind, 'http');
    assert.equal(provider.model, 'stub-model');
    assert.equal(provider.dimension, 16);
    const [a, b, c] = await provider.embed(['solar panel cooling', 'solar panel cleaning robot', 'cancer vaccine trial']);
    assert.ok(a && b && c);
    for (const v of [a, b, c]) {
      assert.equal(v.length, 16);
      assert.ok(Math.abs(norm(v) - 1) < 1e-6);
    }
    assert.ok(dot(a, b) > dot(a, c));
    assert.equal(stub.requests.length, 1);
    assert.deepEqual(stub.requests[0]?.body, { model: 'stub-model', input: ['solar panel cooling', 'solar panel cleaning robot', 'cancer vaccine trial'] });
    assert.equal(stub.requests[0]?.path, '/v1/embeddings');
    assert.equal(stub.requests[0]?.headers['content-type'], 'application/json');
    assert.equal(stub.requests[0]?.headers.authorization, undefined);
  });

  test('splits texts into batches of the configured size and returns vectors in input order', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => `listing number ${i} word${i}`);
    const vectors = await stub.provider({ batchSize: 3 }).embed(texts);
    assert.deepEqual(
      stub.requests.map((r) => r.input),
      [texts.slice(0, 3), texts.slice(3, 6), texts.slice(6)],
    );
    // The stub answers each batch in reverse order: the provider must put vectors back by `index`.
    texts.forEach((text, i) => {
      const expected = Float32Array.from(stubVector(text, 16));
      assert.ok(Math.abs(dot(vectors[i] ?? new Float32Array(16), expected) / norm(expected) - 1) < 1e-6, `vector ${i} belongs to its text`);
    });
    assert.deepEqual(await stub.provider().embed([]), []);
  });

  test('accepts the base URL with or without /v1 (and the full endpoint)', async () => {
    for (const url of [stub.url, `${stub.url}/`, `${stub.url}/v1`, `${stub.url}/v1/`, `${stub.url}/v1/embeddings`]) {
      assert.equal(embeddingsEndpoint(url), `${stub.url}/v1/embeddings`);
      await stub.provider({ url }).embed(['water filter']);
    }
    assert.ok(stub.requests.every((r) => r.path === '/v1/embeddings'));
    assert.equal(embeddingsEndpoint('https://gateway.example/llm'), 'https://gateway.example/llm/v1/embeddings');
  });

  test('sends the API key as a Bearer token', async () => {
    await stub.provider({ apiKey: 'sk-test-123' }).embed(['membrane']);
    assert.equal(stub.requests[0]?.headers.authorization, 'Bearer sk-test-123');
  });

  test('adds the query or document prefix by purpose (e5-style models); documents by default', async () => {
    const provider = stub.provider({ queryPrefix: 'query: ', documentPrefix: 'passage: ' });
    await provider.embed(['need heat pump'], { purpose: 'query' });
    await provider.embed(['offer heat pump'], { purpose: 'document' });
    await provider.embed(['offer wind turbine']);
    assert.deepEqual(
      stub.requests.map((r) => r.input),
      [['query: need heat pump'], ['passage: offer heat pump'], ['passage: offer wind turbine']],
    );
  });

  test('retries once after a 500, after a pause, and then succeeds', async () => {
    stub.script({ kind: 'status', status: 500 });
    const vectors = await stub.provider().embed(['grid storage']);
    assert.equal(vectors.length, 1);
    assert.equal(stub.requests.length, 2);
    assert.equal(stub.retryDelaysMs.length, 1);
    assert.ok((stub.retryDelaysMs[0] ?? 0) >= 500);
  });

  test('a persistent 500 fails with a retryable http_status error after one retry', async () => {
    stub.script({ kind: 'status', status: 500 }, { kind: 'status', status: 503, body: '{"error":"model is loading"}' });
    const error = await rejectsWith(stub.provider().embed(['grid storage']), 'http_status', true);
    assert.match(error.message, /HTTP 503.*model is loading/);
    assert.equal(stub.requests.length, 2);
  });

  test('a 4xx (wrong key, unknown model) is not retried', async () => {
    stub.script({ kind: 'status', status: 401, body: '{"error":"invalid api key"}' });
    const error = await rejectsWith(stub.provider({ apiKey: 'sk-secret-key' }).embed(['x']), 'http_status', false);
    assert.equal(stub.requests.length, 1);
    assert.doesNotMatch(error.message, /sk-secret-key/);
  });

  test('a server that does not answer in time fails with a retryable timeout after one retry', async () => {
    stub.script({ kind: 'hang' }, { kind: 'hang' });
    const started = performance.now();
    const error = await rejectsWith(stub.provider({ timeoutMs: 150 }).embed(['slow']), 'timeout', true);
    assert.match(error.message, /within 150 ms/);
    assert.equal(stub.requests.length, 2);
    assert.ok(performance.now() - started < 3_000);
  });

  test('a timeout followed by an answer succeeds on the retry', async () => {
    stub.script({ kind: 'hang' });
    assert.equal((await stub.provider({ timeoutMs: 150 }).embed(['slow then fine'])).length, 1);
    assert.equal(stub.requests.length, 2);
  });

  test('malformed JSON fails with a bad_response error and is not retried', async () => {
    stub.script({ kind: 'malformed' });
    const error = await rejectsWith(stub.provider().embed(['x']), 'bad_response', false);
    assert.match(error.message, /not JSON/);
    assert.equal(stub.requests.length, 1);
  });

  test('vectors of another length fail with wrong_dimension, not retryable', async () => {
    stub.script({ kind: 'dimension', dimension: 8 });
    const error = await rejectsWith(stub.provider().embed(['x']), 'wrong_dimension', false);
    assert.match(error.message, /8-dimensional.*EMBEDDINGS_DIMENSION is 16/);
    assert.equal(stub.requests.length, 1);
  });

  test('an unreachable server fails with a retryable unavailable error', async () => {
    const closed = await startEmbeddingStub();
    const url = closed.url;
    await closed.close();
    const error = await rejectsWith(stub.provider({ url }).embed(['x']), 'unavailable', true);
    assert.match(error.message, /cannot be reached/);
  });

  test("the caller's AbortSignal stops a request at once and is not retried", async () => {
    stub.script({ kind: 'hang' });
    const controller = new AbortController();
    const pending = stub.provider({ timeoutMs: 60_000 }).embed(['x'], { signal: controller.signal });
    while (stub.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('listing deleted'));
    await assert.rejects(pending, /listing deleted/);
    assert.equal(stub.requests.length, 1);
    await assert.rejects(stub.provider().embed(['x'], { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(stub.requests.length, 1);
  });
});
