import assert from 'node:assert/strict';
import dc from 'node:diagnostics_channel';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createEmbeddingProvider } from '../../src/domain/matching/embeddings/factory.js';
import { onnxLocalEmbeddingProvider, type OnnxLocalEmbeddingSettings } from '../../src/domain/matching/embeddings/onnx-local.js';
import { EmbeddingError } from '../../src/domain/matching/embeddings/provider.js';
import { writeTinyEmbeddingModel, type TinyModel } from '../helpers/tiny-onnx-model.js';

const dot = (a: Float32Array | undefined, b: Float32Array | undefined): number => {
  assert.ok(a && b);
  return a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
};

/** Any socket or fetch this process opens while the file runs: local embedding must open none. */
const connections: string[] = [];
const onSocket = (): void => void connections.push('net.client.socket');
const onFetch = (): void => void connections.push('undici:request:create');

describe('onnx-local embedding provider on a tiny ONNX model generated here', () => {
  let parent: string;
  let model: TinyModel;
  const settings = (overrides: Partial<OnnxLocalEmbeddingSettings> = {}): OnnxLocalEmbeddingSettings => ({
    modelDir: model.dir,
    model: 'tiny-embedding',
    dimension: model.dimension,
    batchSize: 16,
    queryPrefix: '',
    documentPrefix: '',
    ...overrides,
  });

  before(() => {
    dc.subscribe('net.client.socket', onSocket);
    dc.subscribe('undici:request:create', onFetch);
    parent = mkdtempSync(join(tmpdir(), 'innox-onnx-'));
    model = writeTinyEmbeddingModel(parent);
  });
  after(() => {
    dc.unsubscribe('net.client.socket', onSocket);
    dc.unsubscribe('undici:request:create', onFetch);
    rmSync(parent, { recursive: true, force: true });
  });

  test('embeds texts into deterministic unit vectors of the model dimension', async () => {
    const provider = createEmbeddingProvider({ provider: 'onnx-local', ...settings() });
    assert.ok(provider);
    assert.equal(provider.kind, 'onnx-local');
    assert.equal(provider.dimension, 8);
    const texts = ['Solar panel', 'solar battery grid', 'cancer therapy', 'water filter membrane pump'];
    const first = await provider.embed(texts);
    const again = await provider.embed(texts);
    assert.equal(first.length, 4);
    for (const [i, v] of first.entries()) {
      assert.equal(v.length, 8);
      assert.ok(Math.abs(dot(v, v) - 1) < 1e-5);
      assert.deepEqual(Array.from(v), Array.from(again[i] ?? []));
    }
    // Padding must not change a vector: one text alone equals the same text padded in a batch.
    const [alone] = await provider.embed(['Solar panel']);
    assert.ok(Math.abs(dot(alone, first[0]) - 1) < 1e-6);
  });

  test('texts that share words or topics are closer than unrelated ones', async () => {
    const [panel, battery, therapy, vaccine] = await onnxLocalEmbeddingProvider(settings({ batchSize: 3 })).embed([
      'solar panel',
      'solar battery',
      'cancer therapy',
      'vaccine drug',
    ]);
    assert.ok(dot(panel, battery) > 0.8, `solar panel ~ solar battery: ${dot(panel, battery)}`);
    assert.ok(dot(panel, therapy) < 0.2, `solar panel ~ cancer therapy: ${dot(panel, therapy)}`);
    assert.ok(dot(therapy, vaccine) > dot(therapy, battery));
  });

  test('reads the model only from the folder, with remote models switched off', async () => {
    await onnxLocalEmbeddingProvider(settings()).embed(['grid']);
    const { env } = await import('@huggingface/transformers');
    assert.equal(env.allowRemoteModels, false);
    assert.equal(env.localModelPath, dirname(model.dir));
    await assert.rejects(env.fetch('https://huggingface.co/'), /never use the network/);
    assert.deepEqual(connections, []);
  });

  test('a missing model folder gives EmbeddingError unavailable, and the folder is picked up once it is there', async () => {
    const later = join(parent, 'arrives-later');
    const provider = onnxLocalEmbeddingProvider(settings({ modelDir: later }));
    const error = await provider.embed(['solar']).then(
      () => assert.fail('expected an EmbeddingError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof EmbeddingError);
    assert.equal(error.reason, 'unavailable');
    assert.equal(error.retryable, false);
    assert.match(error.message, /arrives-later.*missing config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx/);
    writeTinyEmbeddingModel(parent, 'arrives-later');
    assert.equal((await provider.embed(['solar'])).length, 1);
  });

  test('uses onnx/model_quantized.onnx when the folder has only the quantised export', async () => {
    const quantised = writeTinyEmbeddingModel(parent, 'quantised-only');
    renameSync(join(quantised.dir, 'onnx', 'model.onnx'), join(quantised.dir, 'onnx', 'model_quantized.onnx'));
    const [v] = await onnxLocalEmbeddingProvider(settings({ modelDir: quantised.dir })).embed(['water pump']);
    assert.equal(v?.length, 8);
  });

  test('a configured dimension that the model does not produce gives wrong_dimension', async () => {
    await assert.rejects(onnxLocalEmbeddingProvider(settings({ dimension: 384 })).embed(['solar']), (e: unknown) => {
      assert.ok(e instanceof EmbeddingError);
      assert.equal(e.reason, 'wrong_dimension');
      assert.match(e.message, /8-dimensional.*EMBEDDINGS_DIMENSION is 384/);
      return true;
    });
  });

  test('applies the query and document prefixes by purpose, and honours an aborted signal', async () => {
    // "solar" as a prefix pulls every text towards the energy topic: visible in the vectors.
    const provider = onnxLocalEmbeddingProvider(settings({ queryPrefix: 'solar ', documentPrefix: '' }));
    const [asQuery] = await provider.embed(['cancer'], { purpose: 'query' });
    const [asDocument] = await provider.embed(['cancer'], { purpose: 'document' });
    const [energy] = await provider.embed(['solar']);
    assert.ok(dot(asQuery, energy) > dot(asDocument, energy));
    await assert.rejects(provider.embed(['solar'], { signal: AbortSignal.abort() }), { name: 'AbortError' });
  });

  test('opened no network connection', () => {
    assert.deepEqual(connections, []);
  });
});
