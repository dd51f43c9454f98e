/**
 * Scale-out (issue 6). On PostgreSQL: two app servers on one database, clients alternating between them —
 * sessions and CSRF work on both, logging out on one ends the session on the other, login rate limits
 * count across both, concurrent edits resolve by version (one 200, one 409 VERSION_CONFLICT, nothing
 * lost), and queued jobs run once when both servers work the queue. On the embedded engine a second
 * server on the same data folder is refused, naming the folder (two writers would corrupt it).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp, type BuiltApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, queryRows, type Database } from '../../src/db/client.js';
import { DataFolderInUseError } from '../../src/db/data-folder-lock.js';
import { runNextJob } from '../../src/domain/jobs/queue.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/server/context.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, TestClient } from '../helpers/client.js';
import { createListing, offerInput, registerMember } from '../helpers/factories.js';

const ENV = { LOG_LEVEL: 'silent', PUBLIC_URL: 'http://innox.test', RATE_LIMIT_REGISTER_PER_HOUR: '10000', RATE_LIMIT_WRITES_PER_MINUTE: '10000', RATE_LIMIT_LOGIN_PER_15_MIN: '4' };

/** The same browser (cookie jar) talking to server A, then B: copies the cookies across. */
function sameBrowserOn(from: TestClient, app: BuiltApp): TestClient {
  const other = new TestClient(app.app);
  for (const name of [SESSION_COOKIE, CSRF_COOKIE]) other.setCookie(name, from.cookie(name) ?? null);
  return other;
}

if (!process.env.DATABASE_URL) {
  test('on the embedded engine a second server on the same data folder is refused with a message naming the folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'innox-two-'));
    const first = await openDatabase({ engine: 'pglite', dataDir, lock: true });
    try {
      await assert.rejects(
        () => openDatabase({ engine: 'pglite', dataDir, lock: true }),
        (e: unknown) => e instanceof DataFolderInUseError && e.message.includes(dataDir),
      );
    } finally {
      await first.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
} else {
  describe('two app servers on one PostgreSQL', () => {
    let a: TestApp;
    let bDatabase: Database;
    let b: BuiltApp;

    before(async () => {
      a = await createTestApp({ RATE_LIMIT_LOGIN_PER_15_MIN: '4' });
      const [row] = await queryRows<{ name: string }>(a.database.db, sql`SELECT current_database() AS name`);
      const url = new URL(process.env.DATABASE_URL ?? '');
      url.pathname = `/${row?.name ?? ''}`;
      bDatabase = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 5 });
      b = await buildApp(parseConfig(ENV, '0.0.0-test'), { database: bDatabase, clock: a.clock, mailTransport: a.mail, embeddings: null });
    });

    after(async () => {
      await b.close();
      await bDatabase.close();
      await a.shutdown();
    });

    test('a session started on A works on B, its CSRF token too, and logging out on B ends it on A', async () => {
      const member = await registerMember(a);
      const onB = sameBrowserOn(member.client, b);
      const me = await onB.get<{ user: { id: string } | null }>('/api/auth/me');
      expectStatus(me, 200);
      assert.equal(me.body.user?.id, member.userId);
      // A write on B with the CSRF cookie A set.
      const listing = await onB.post<{ id: string }>('/api/listings', { organisationId: member.organisationId, ...offerInput() });
      expectStatus(listing, 201);
      expectStatus(await member.client.get(`/api/listings/${listing.body.id}`), 200);

      expectStatus(await onB.post('/api/auth/logout', {}), 204);
      const afterLogout = await sameBrowserOn(member.client, a).get<{ user: unknown }>('/api/auth/me');
      assert.equal(afterLogout.body.user, null, 'the session deleted on B is gone on A');
    });

    test('failed logins count across both servers: the fifth attempt is refused with 429 wherever it lands', async () => {
      const member = await registerMember(a);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const client = i % 2 === 0 ? new TestClient(a.app) : new TestClient(b.app);
        statuses.push((await client.post('/api/auth/login', { email: member.email, password: 'wrong password 123' })).status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 429]);
    });

    test('the same edit sent to both servers at once: one is applied, the other gets 409 with the current version', async () => {
      const member = await registerMember(a);
      const { id } = await createListing(a, member, offerInput());
      const onB = sameBrowserOn(member.client, b);
      let version = 1;
      for (let round = 1; round <= 8; round++) {
        const [ra, rb] = await Promise.all([
          member.client.patch<{ version: number }>(`/api/listings/${id}`, { version, title: `Edit ${round} from A` }),
          onB.patch<{ version: number }>(`/api/listings/${id}`, { version, title: `Edit ${round} from B` }),
        ]);
        const winner = ra.status === 200 ? ra : rb;
        const loser = ra.status === 200 ? rb : ra;
        assert.deepEqual([winner.status, loser.status], [200, 409], `round ${round}: ${ra.status} / ${rb.status}`);
        expectError(loser, 409, 'VERSION_CONFLICT');
        assert.equal((loser.body as unknown as { error: { details: { currentVersion: number } } }).error.details.currentVersion, version + 1);
        version = winner.body.version;
      }
      const final = await onB.get<{ version: number; title: string }>(`/api/listings/${id}`);
      assert.equal(final.body.version, 9);
      assert.match(final.body.title, /^Edit 8 from [AB]$/);
    });

    test('jobs queued through either server run exactly once while both work the queue', async () => {
      const keys = Array.from({ length: 30 }, (_, i) => `two-servers-${i}`);
      for (const [i, key] of keys.entries()) {
        const server = i % 2 === 0 ? a.ctx : b.ctx;
        await server.uow.run((s) => s.jobs.enqueue({ kind: 'test.two_servers', key }));
      }
      const runs = new Map<string, number>();
      const handler = async (job: { key: string | null }) => {
        runs.set(job.key ?? '', (runs.get(job.key ?? '') ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 5));
      };
      const work = async (server: BuiltApp) => {
        let handled = 0;
        while (await runNextJob(server.ctx.uow, a.clock, { 'test.two_servers': handler })) handled++;
        return handled;
      };
      const [byA, byB] = await Promise.all([work(a), work(b)]);
      assert.equal(byA + byB, keys.length);
      assert.ok(byA > 0 && byB > 0, `both servers took work (A ${byA}, B ${byB})`);
      assert.deepEqual([...runs.values()].filter((n) => n !== 1), [], 'no job ran twice');
      assert.equal(runs.size, keys.length);
      const [counts] = await queryRows<{ done: number; attempts: number }>(a.database.db, sql`SELECT count(*) FILTER (WHERE status = 'done')::int AS done, max(attempts)::int AS attempts FROM jobs WHERE kind = 'test.two_servers'`);
      assert.deepEqual(counts, { done: keys.length, attempts: 1 });
    });
  });
}
