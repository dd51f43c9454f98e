import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ConfigError, parseConfig } from '../../src/config.js';
import { createEmbeddingProvider } from '../../src/domain/matching/embeddings/factory.js';
import { createTestApp } from '../helpers/app.js';
import { startEmbeddingStub } from '../helpers/embedding-stub.js';

const parse = (env: Record<string, string>) => parseConfig(env, '0.0.0-test');
const HTTP = { EMBEDDINGS_PROVIDER: 'http', EMBEDDINGS_URL: 'http://127.0.0.1:11434', EMBEDDINGS_MODEL: 'bge-m3', EMBEDDINGS_DIMENSION: '1024' };

test('without EMBEDDINGS_PROVIDER there is no embedding provider', () => {
  const config = parse({});
  assert.deepEqual(config.embeddings, { provider: 'none' });
  assert.equal(createEmbeddingProvider(config.embeddings), null);
});

test('EMBEDDINGS_PROVIDER=http reads URL, model, dimension, key, timeout, batch size and prefixes, with defaults', () => {
  assert.deepEqual(parse(HTTP).embeddings, {
    provider: 'http',
    url: 'http://127.0.0.1:11434',
    model: 'bge-m3',
    dimension: 1024,
    apiKey: null,
    timeoutMs: 30_000,
    batchSize: 32,
    queryPrefix: '',
    documentPrefix: '',
  });
  const full = parse({
    ...HTTP,
    EMBEDDINGS_API_KEY: 'sk-1',
    EMBEDDINGS_TIMEOUT_MS: '5000',
    EMBEDDINGS_BATCH_SIZE: '8',
    EMBEDDINGS_QUERY_PREFIX: 'query: ',
    EMBEDDINGS_DOCUMENT_PREFIX: 'passage: ',
  }).embeddings;
  assert.ok(full.provider === 'http');
  assert.equal(full.apiKey, 'sk-1');
  assert.equal(full.timeoutMs, 5000);
  assert.equal(full.batchSize, 8);
  assert.equal(full.queryPrefix, 'query: ', 'the trailing space of an e5 prefix is kept');
  assert.equal(full.documentPrefix, 'passage: ');
  assert.ok(Object.isFrozen(full));
  const provider = createEmbeddingProvider(full);
  assert.equal(provider?.kind, 'http');
  assert.equal(provider?.dimension, 1024);
});

test('EMBEDDINGS_PROVIDER=onnx-local reads the model folder; the model name defaults to the folder name', () => {
  const embeddings = parse({ EMBEDDINGS_PROVIDER: 'onnx-local', EMBEDDINGS_MODEL_DIR: 'models/multilingual-e5-small', EMBEDDINGS_DIMENSION: '384' }).embeddings;
  assert.deepEqual(embeddings, {
    provider: 'onnx-local',
    modelDir: resolve('models/multilingual-e5-small'),
    model: 'multilingual-e5-small',
    dimension: 384,
    batchSize: 32,
    queryPrefix: '',
    documentPrefix: '',
  });
  assert.equal(createEmbeddingProvider(embeddings)?.kind, 'onnx-local');
});

function configError(env: Record<string, string>): string {
  try {
    parse(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  return assert.fail('expected a ConfigError');
}

test('rejects http without URL, model or dimension, naming each missing setting', () => {
  const message = configError({ EMBEDDINGS_PROVIDER: 'http' });
  assert.match(message, /EMBEDDINGS_URL: required with EMBEDDINGS_PROVIDER=http/);
  assert.match(message, /EMBEDDINGS_MODEL: required/);
  assert.match(message, /EMBEDDINGS_DIMENSION: required/);
  assert.match(configError({ EMBEDDINGS_PROVIDER: 'onnx-local', EMBEDDINGS_DIMENSION: '384' }), /EMBEDDINGS_MODEL_DIR: required with EMBEDDINGS_PROVIDER=onnx-local/);
});

test('rejects settings for another provider, a forgotten EMBEDDINGS_PROVIDER and mistyped keys', () => {
  assert.match(configError({ EMBEDDINGS_URL: 'http://127.0.0.1:8080' }), /EMBEDDINGS_URL: does not apply to EMBEDDINGS_PROVIDER=none/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_MODEL_DIR: '/models/x' }), /EMBEDDINGS_MODEL_DIR: does not apply to EMBEDDINGS_PROVIDER=http/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_TIMEOUT: '5000' }), /EMBEDDINGS_TIMEOUT: not a known setting/);
});

test('rejects malformed values', () => {
  assert.match(configError({ ...HTTP, EMBEDDINGS_PROVIDER: 'openai' }), /EMBEDDINGS_PROVIDER/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_URL: 'localhost:11434' }), /EMBEDDINGS_URL/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_DIMENSION: '0' }), /EMBEDDINGS_DIMENSION/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_TIMEOUT_MS: '5s' }), /EMBEDDINGS_TIMEOUT_MS/);
  assert.match(configError({ ...HTTP, EMBEDDINGS_BATCH_SIZE: '-1' }), /EMBEDDINGS_BATCH_SIZE/);
});

test('the app context carries the provider that EMBEDDINGS_* configures', async () => {
  // (Tests hand in their own through createTestApp(env, { embeddings }), null for none.)
  const stub = await startEmbeddingStub({ dimension: 8 });
  const app = await createTestApp({ ...HTTP, EMBEDDINGS_URL: stub.url, EMBEDDINGS_DIMENSION: '8' });
  try {
    assert.equal(app.ctx.embeddings?.kind, 'http');
    assert.equal((await app.ctx.embeddings?.embed(['heat pump']))?.[0]?.length, 8);
    assert.deepEqual(stub.requests[0]?.body, { model: 'bge-m3', input: ['heat pump'] });
  } finally {
    await app.shutdown();
    await stub.close();
  }
});
