/**
 * Hybrid mode with an embedding provider (a deterministic fake here; the real providers are tested in
 * test/unit/embeddings-*.test.ts): semantic scores in matches and explanations, and provider failures
 * falling back to the bridge without losing the queued embedding.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { EmbeddingError, type EmbeddingProvider } from '../../src/domain/matching/embeddings/provider.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';
import { startEmbeddingStub } from '../helpers/embedding-stub.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

/** Bag of words hashed into 16 dimensions: similar texts get similar vectors, in any script. */
class FakeEmbeddings implements EmbeddingProvider {
  readonly kind = 'http' as const;
  readonly model = 'fake-bow-16';
  readonly dimension = 16;
  failure: 'none' | 'timeout' | 'wrong_dimension' = 'none';
  calls = 0;

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls++;
    if (this.failure === 'timeout') throw new EmbeddingError('the embedding server did not answer in time', 'timeout', true);
    return texts.map((text) => {
      const v = new Float32Array(this.failure === 'wrong_dimension' ? 8 : 16);
      for (const ch of text.toLowerCase()) v[(ch.codePointAt(0) ?? 0) % v.length] = (v[(ch.codePointAt(0) ?? 0) % v.length] ?? 0) + 1;
      const norm = Math.hypot(...v) || 1;
      return v.map((x) => x / norm);
    });
  }
}

interface MatchesBody {
  items: Array<{ target: { listing: { id: string } | null }; breakdown: Array<{ signal: string; value: number | null }>; explanation: { semantic: { similarity: number; model: string } | null }; mode: string }>;
}

const provider = new FakeEmbeddings();
let app: TestApp;
let cn: Member;
let de: Member;
let need: { id: string };

const seconds = (s: number) => s / 86_400;
const semanticOf = (body: MatchesBody, id: string) => body.items.find((m) => m.target.listing?.id === id)?.breakdown.find((b) => b.signal === 'semantic')?.value;

before(async () => {
  app = await createTestApp({}, { embeddings: provider });
  cn = await registerMember(app, { country: 'CN' });
  de = await registerMember(app, { country: 'DE' });
  need = await createListing(app, cn, needInput(), true);
  await createListing(app, de, offerInput(), true);
  await app.ctx.runMatchingJobs();
});
after(() => app.shutdown());

test('with a provider, matches carry the semantic similarity and the mode says hybrid', async () => {
  const health = await app.client().get<{ matching: { mode: string } }>('/api/health');
  assert.equal(health.body.matching.mode, 'hybrid-http');
  const res = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
  expectStatus(res, 200);
  const top = res.body.items[0];
  assert.ok(top, 'a match');
  assert.equal(top.mode, 'hybrid-http');
  assert.equal(top.explanation.semantic?.model, 'fake-bow-16');
  assert.ok((top.explanation.semantic?.similarity ?? 0) > 0);
  assert.ok((top.breakdown.find((b) => b.signal === 'semantic')?.value ?? 0) > 0);
  const search = await app.client().get<MatchesBody>(`/api/matching/search?q=${encodeURIComponent('laser welding aluminium battery trays')}&type=technology_offer`);
  expectStatus(search, 200);
  assert.ok(search.body.items[0]?.explanation.semantic, 'live searches embed the query');
});

for (const failure of ['timeout', 'wrong_dimension'] as const) {
  test(`a provider failure (${failure}) falls back to the bridge, and the embedding is retried later without losing it`, async () => {
    provider.failure = failure;
    const offer = await createListing(app, de, offerInput({ title: `Laser welding of aluminium battery trays (${failure})` }), true);
    const outcomes = await app.ctx.runMatchingJobs();
    assert.ok(outcomes.some((o) => o.kind === 'matching.refresh' && o.key === offer.id && o.status === 'done'), 'the refresh itself succeeds');
    const textOnly = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.equal(semanticOf(textOnly.body, offer.id), null, 'matched by text meanwhile');
    const [embed] = await queryRows<{ status: string; attempts: number; last_error: string | null }>(
      app.database.db,
      sql`SELECT status, attempts, last_error FROM jobs WHERE kind = 'matching.embed' AND key = ${offer.id} ORDER BY created_at DESC LIMIT 1`,
    );
    assert.equal(embed?.status, 'queued');
    assert.ok((embed?.attempts ?? 0) >= 1 && embed?.last_error, JSON.stringify(embed));
    provider.failure = 'none';
    app.clock.advanceDays(seconds(3600));
    await app.ctx.runMatchingJobs();
    const [done] = await queryRows<{ status: string }>(app.database.db, sql`SELECT status FROM jobs WHERE kind = 'matching.embed' AND key = ${offer.id} ORDER BY created_at DESC LIMIT 1`);
    assert.equal(done?.status, 'done');
    const hybrid = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.ok((semanticOf(hybrid.body, offer.id) ?? 0) > 0, 'semantic once the provider is back');
  });
}

test('the real http provider answering 500: matching goes on by text, the embedding is queued, retried and stored once the server recovers', async () => {
  const stub = await startEmbeddingStub({ dimension: 16 });
  const real = await createTestApp({}, { embeddings: stub.provider() });
  try {
    const cnReal = await registerMember(real, { country: 'CN' });
    const deReal = await registerMember(real, { country: 'DE' });
    const needReal = await createListing(real, cnReal, needInput(), true);
    await real.ctx.runMatchingJobs();
    const failures = 6;
    stub.script(...Array.from({ length: failures }, () => ({ kind: 'status', status: 500 }) as const));
    const before = stub.requests.length;
    const offer = await createListing(real, deReal, offerInput(), true);
    await real.ctx.runMatchingJobs();
    const textOnly = await cnReal.client.get<MatchesBody>(`/api/listings/${needReal.id}/matches`);
    expectStatus(textOnly, 200);
    assert.equal(semanticOf(textOnly.body, offer.id), null, 'matched by text while the server fails');
    const [queued] = await queryRows<{ status: string; last_error: string | null }>(real.database.db, sql`SELECT status, last_error FROM jobs WHERE kind = 'matching.embed' AND key = ${offer.id}`);
    assert.equal(queued?.status, 'queued');
    assert.match(queued?.last_error ?? '', /500/, 'the error says what the server answered');
    assert.ok(stub.requests.length - before < failures, 'the scripted failures outlast what has been tried so far');
    // The server recovers once the scripted failures are used up; the job keeps retrying with backoff.
    for (let i = 0; i < 10; i++) {
      real.clock.advanceDays(seconds(3600));
      await real.ctx.runMatchingJobs();
    }
    const [done] = await queryRows<{ status: string }>(real.database.db, sql`SELECT status FROM jobs WHERE kind = 'matching.embed' AND key = ${offer.id}`);
    assert.equal(done?.status, 'done');
    const [stored] = await queryRows<{ n: number }>(real.database.db, sql`SELECT count(*)::int AS n FROM match_embeddings WHERE document_id = ${offer.id}`);
    assert.equal(stored?.n, 1);
    const hybrid = await cnReal.client.get<MatchesBody>(`/api/listings/${needReal.id}/matches`);
    assert.notEqual(semanticOf(hybrid.body, offer.id) ?? null, null, 'semantic once the server is back');
  } finally {
    await real.shutdown();
    await stub.close();
  }
});
