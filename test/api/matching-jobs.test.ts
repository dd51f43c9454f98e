/**
 * The job queue matching runs on (jobs table, FOR UPDATE SKIP LOCKED claims, backoff), and that matching
 * jobs take effect exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { runDueJobs, type JobQueueOptions } from '../../src/domain/jobs/queue.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

let app: TestApp;
let member: Member;
const FAST: JobQueueOptions = { backoffMs: 1000, maxBackoffMs: 60_000, staleAfterMs: 60_000 };
const seconds = (s: number) => s / 86_400;

before(async () => {
  app = await createTestApp();
  member = await registerMember(app, { country: 'DE' });
});
after(() => app.shutdown());

async function jobRow(id: string) {
  const job = await app.ctx.uow.read((s) => s.jobs.find(id));
  assert.ok(job, `job ${id} exists`);
  return job;
}

test('enqueueing the same key while it waits gives one job and one run', async () => {
  const first = await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.echo', key: 'k1', payload: { n: 1 } }));
  const second = await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.echo', key: 'k1', payload: { n: 2 } }));
  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.equal(second.id, first.id);
  const runs: string[] = [];
  const outcomes = await runDueJobs(app.ctx.uow, app.clock, { 'test.echo': async (job) => void runs.push(job.key ?? '') }, FAST);
  assert.deepEqual(runs, ['k1']);
  assert.deepEqual(outcomes.map((o) => o.status), ['done']);
  assert.equal((await jobRow(first.id)).status, 'done');
  // Once it ran, the same key may be queued again (a later change needs a later run).
  assert.equal((await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.echo', key: 'k1' }))).created, true);
  await runDueJobs(app.ctx.uow, app.clock, { 'test.echo': async () => undefined }, FAST);
});

test('a failing handler is retried with backoff until it succeeds; the job is never lost', async () => {
  const { id } = await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.flaky', key: 'k2' }));
  let calls = 0;
  const handlers = {
    'test.flaky': async () => {
      calls++;
      if (calls < 3) throw new Error(`boom ${calls}`);
      return { ok: true };
    },
  };
  assert.deepEqual((await runDueJobs(app.ctx.uow, app.clock, handlers, FAST)).map((o) => o.status), ['retry']);
  let job = await jobRow(id);
  assert.equal(job.status, 'queued');
  assert.equal(job.attempts, 1);
  assert.equal(job.lastError, 'boom 1');
  assert.equal(job.runAfter.getTime(), app.clock.now().getTime() + 1000, 'first backoff');
  assert.deepEqual(await runDueJobs(app.ctx.uow, app.clock, handlers, FAST), [], 'not due before its backoff');
  app.clock.advanceDays(seconds(1.5));
  assert.deepEqual((await runDueJobs(app.ctx.uow, app.clock, handlers, FAST)).map((o) => o.status), ['retry']);
  job = await jobRow(id);
  assert.equal(job.runAfter.getTime(), app.clock.now().getTime() + 2000, 'backoff doubles');
  app.clock.advanceDays(seconds(2.5));
  assert.deepEqual((await runDueJobs(app.ctx.uow, app.clock, handlers, FAST)).map((o) => o.status), ['done']);
  job = await jobRow(id);
  assert.deepEqual([job.status, job.attempts, calls, job.result], ['done', 3, 3, { ok: true }]);
});

test('after its last attempt a job is failed and kept with its error', async () => {
  const { id } = await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.broken', maxAttempts: 2 }));
  const handlers = { 'test.broken': async () => Promise.reject(new Error('always')) };
  await runDueJobs(app.ctx.uow, app.clock, handlers, FAST);
  app.clock.advanceDays(seconds(2));
  assert.deepEqual((await runDueJobs(app.ctx.uow, app.clock, handlers, FAST)).map((o) => o.status), ['failed']);
  const job = await jobRow(id);
  assert.deepEqual([job.status, job.attempts, job.lastError], ['failed', 2, 'always']);
  assert.ok(job.finishedAt);
});

test('two runners at once never run the same job (FOR UPDATE SKIP LOCKED)', async () => {
  for (let i = 0; i < 30; i++) await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.parallel', payload: { i } }));
  const seen: number[] = [];
  const handlers = {
    'test.parallel': async (job: { payload: Record<string, unknown> }) => {
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(Number(job.payload.i));
    },
  };
  const [a, b] = await Promise.all([runDueJobs(app.ctx.uow, app.clock, handlers, FAST), runDueJobs(app.ctx.uow, app.clock, handlers, FAST)]);
  assert.equal(a.length + b.length, 30);
  assert.deepEqual([...seen].sort((x, y) => x - y), Array.from({ length: 30 }, (_, i) => i));
});

test('a running job whose worker went silent is taken over once it is stale', async () => {
  const { id } = await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'test.orphan', key: 'k3' }));
  const claimed = await app.ctx.uow.run((s) => s.jobs.claim(['test.orphan'], app.clock.now(), new Date(app.clock.now().getTime() - FAST.staleAfterMs)));
  assert.equal(claimed?.id, id);
  const handlers = { 'test.orphan': async () => undefined };
  assert.deepEqual(await runDueJobs(app.ctx.uow, app.clock, handlers, FAST), [], 'still held by its worker');
  app.clock.advanceDays(seconds(61));
  assert.deepEqual((await runDueJobs(app.ctx.uow, app.clock, handlers, FAST)).map((o) => o.id), [id]);
  assert.equal((await jobRow(id)).attempts, 2);
});

test('editing a listing twice before the jobs run refreshes it once', async () => {
  const listing = await createListing(app, member, offerInput(), true);
  await app.ctx.runMatchingJobs();
  for (const title of ['Laser welding of aluminium battery trays, v2', 'Laser welding of aluminium battery trays, v3']) {
    const current = await member.client.get<{ version: number }>(`/api/listings/${listing.id}`);
    expectStatus(await member.client.patch(`/api/listings/${listing.id}`, { version: current.body.version, title }), 200);
  }
  const queued = await queryRows<{ n: number }>(app.database.db, sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'matching.refresh' AND key = ${listing.id} AND status = 'queued'`);
  assert.equal(Number(queued[0]?.n), 1);
  const outcomes = await app.ctx.runMatchingJobs();
  assert.equal(outcomes.filter((o) => o.kind === 'matching.refresh' && o.key === listing.id).length, 1);
  const tags = await member.client.get<{ indexedAt: string }>(`/api/listings/${listing.id}/tags`);
  assert.ok(tags.body.indexedAt);
});

test('a refresh that runs again changes nothing: the same stored matches, with the same ids', async () => {
  const cn = await registerMember(app, { country: 'CN' });
  await createListing(app, member, offerInput(), true);
  const need = await createListing(app, cn, needInput({ countriesSought: ['DE'] }), true);
  await app.ctx.runMatchingJobs();
  const before_ = await cn.client.get<{ items: Array<{ id: string; score: number }> }>(`/api/listings/${need.id}/matches`);
  assert.ok(before_.body.items.length > 0);
  await app.ctx.uow.run((s) => s.jobs.enqueue({ kind: 'matching.refresh', key: need.id, payload: { kind: 'listing', id: need.id } }));
  await app.ctx.runMatchingJobs();
  const after_ = await cn.client.get<{ items: Array<{ id: string; score: number }> }>(`/api/listings/${need.id}/matches`);
  assert.deepEqual(after_.body.items, before_.body.items);
});
