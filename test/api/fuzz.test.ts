/**
 * Hostile input (issue 6): property-based fuzzing of every route in the OpenAPI document with fast-check.
 * Random JSON of every shape, boundary numbers, wrong types, huge strings, deep nesting, invalid UTF-8,
 * oversized bodies and mangled path and query values, sent by a signed-in member and by the platform
 * admin. Every answer must be below 500 with an error code from the catalogue, and a rejected request
 * must leave the data as it was (no partial write: no committed row change in any domain table).
 * 10,000 cases in all.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { ERROR_CODES } from '../../src/domain/errors.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus, type TestClient } from '../helpers/client.js';
import { createListing, offerInput, registerMember } from '../helpers/factories.js';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
/** Tables a rejected request may still touch: rate-limit counters and the session's last-seen time. */
const BOOKKEEPING = new Set(['rate_limits', 'sessions']);

let app: TestApp;
let member: TestClient;
let admin: TestClient;
let routes: Array<{ method: string; path: string }>;
let ids: string[];
let tables: string[];

before(async () => {
  app = await createTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: '999999', RATE_LIMIT_LOGIN_PER_15_MIN: '999999', RATE_LIMIT_MATCH_SEARCHES_PER_MINUTE: '999999' });
  await app.ctx.matching.warmUp();
  const m = await registerMember(app);
  member = m.client;
  admin = await app.admin();
  const listing = await createListing(app, m, offerInput(), true);
  ids = [m.organisationId, m.userId, listing.id];
  const spec = app.app.swagger() as { paths?: Record<string, Record<string, unknown>> };
  routes = Object.entries(spec.paths ?? {}).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      // Signing out would end the fuzzing session; it takes no input anyway.
      .filter((method) => !(path === '/api/auth/logout' || path === '/api/auth/logout-all'))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
  tables = (
    await queryRows<{ name: string }>(app.database.db, sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
  )
    .map((r) => r.name)
    .filter((t) => !BOOKKEEPING.has(t));
  await installChangeCounter();
});

after(async () => {
  await app.shutdown();
});

/**
 * Committed row changes in domain tables, counted by row triggers this test installs: a rolled-back
 * transaction rolls its count back too, so the counter moves only when something was really written.
 */
async function installChangeCounter(): Promise<void> {
  await app.database.db.execute(sql`CREATE TABLE fuzz_changes (n bigint NOT NULL)`);
  await app.database.db.execute(sql`INSERT INTO fuzz_changes VALUES (0)`);
  await app.database.db.execute(sql.raw(`CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE fuzz_changes SET n = n + 1; RETURN NULL; END $$`));
  for (const t of tables) {
    await app.database.db.execute(sql.raw(`CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_change()`));
  }
}

async function fingerprint(): Promise<string> {
  const [row] = await queryRows<{ n: string }>(app.database.db, sql`SELECT n::text AS n FROM fuzz_changes`);
  return row?.n ?? '';
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '<script>alert(1)</script>', "'; DROP TABLE listings; --", '=HYPERLINK("http://x")', '../../etc/passwd', '%00', '9'.repeat(400), 'NaN', '-0', 'true', 'null'),
  fc.integer({ min: 1, max: 70_000 }).map((n) => 'x'.repeat(n)),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE, 1e308));
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('id', 'organisationId', 'type', 'title', 'version', 'email', 'password', '__proto__', 'constructor')), tie('value'), { maxKeys: 6 }),
  ),
})).value;

type Payload = { kind: 'json'; value: unknown } | { kind: 'raw'; body: Buffer | string; contentType: string };

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 6, arbitrary: hostileValue.map((value): Payload => ({ kind: 'json', value })) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 50_000 }).map((depth): Payload => ({ kind: 'raw', body: '['.repeat(depth) + ']'.repeat(depth), contentType: 'application/json' })) },
  { weight: 1, arbitrary: fc.constant<Payload>({ kind: 'raw', body: Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]), contentType: 'application/json' }) },
  { weight: 1, arbitrary: fc.constant<Payload>({ kind: 'raw', body: `{"title":"${'y'.repeat(1_100_000)}"}`, contentType: 'application/json' }) },
  { weight: 1, arbitrary: fc.constantFrom<Payload>({ kind: 'raw', body: '{"a":', contentType: 'application/json' }, { kind: 'raw', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' }, { kind: 'raw', body: '<x/>', contentType: 'text/xml' }) },
);

const pathValue = fc.oneof(
  { weight: 4, arbitrary: fc.constant('fixture') },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', 'null', '%00', '..', 'x'.repeat(300), "1' OR '1'='1", '%E2%82') },
);

/** Percent-encodes every byte of the UTF-8 form (lone surrogates become U+FFFD); never throws. */
const encode = (v: string) => [...Buffer.from(v, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

const query = fc.array(fc.tuple(fc.constantFrom('limit', 'cursor', 'q', 'type', 'from', 'to', 'year', 'lang', 'page', 'sort', 'language', 'status'), hostileString), { maxLength: 4 });

test(`${CASES} hostile requests across every route: no 500, every rejection has a catalogued code, and rejected writes change nothing`, async () => {
  const codes = new Set<string>(ERROR_CODES);
  const seen = new Map<number, number>();
  let checkedWrites = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: 10_000 }), fc.boolean(), fc.array(pathValue, { minLength: 3, maxLength: 3 }), query, payload, async (routeIndex, asAdmin, params, pairs, body) => {
      const route = routes[routeIndex % routes.length]!;
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}/g, () => {
        const v = params[i++ % params.length]!;
        // '%E2%82' and friends are sent as they are: a truncated UTF-8 sequence in the path.
        return v === 'fixture' ? ids[(routeIndex + i) % ids.length]! : v.startsWith('%') ? v : encode(v);
      });
      const qs = pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encode(v.slice(0, 2000))}`).join('&')}` : '';
      const client = asAdmin ? admin : member;
      const write = route.method !== 'GET';
      const before = write ? await fingerprint() : '';
      const res = await client.request(
        route.method as 'GET',
        path + qs,
        body.kind === 'json' && write ? body.value : undefined,
        body.kind === 'raw' && write ? { payload: body.body, headers: { 'content-type': body.contentType } } : {},
      );
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      const context = `${route.method} ${path}${qs.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
      assert.ok(res.status < 500, context);
      if (res.status >= 400) {
        const code = (res.body as { error?: { code?: unknown } } | null)?.error?.code;
        assert.ok(typeof code === 'string' && codes.has(code), `no catalogued error code: ${context}`);
        if (write) {
          assert.equal(await fingerprint(), before, `a rejected request wrote to the database: ${context}`);
          checkedWrites++;
        }
      }
    }),
    {
      numRuns: CASES,
      seed: Number(process.env.FUZZ_SEED ?? 20261122),
      endOnFailure: true,
      // The failing request, not a megabyte of counterexample.
      reporter: (run) => {
        if (run.failed) throw new Error(`case ${run.numRuns} of ${CASES} (seed ${run.seed}): ${run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance)}`.slice(0, 3000));
      },
    },
  );
  // The change counter is live: a real write moves it.
  const counted = await fingerprint();
  expectStatus(await member.post('/api/listings', { organisationId: ids[0], ...offerInput({ title: 'Written after the fuzzing' }) }), 201);
  assert.notEqual(await fingerprint(), counted);
  // The run reached the handlers, not only the validators: some requests succeeded.
  const ok = [...seen].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
  assert.ok(ok > 100, `statuses: ${JSON.stringify([...seen])}`);
  assert.ok(checkedWrites > 1000, `rejected writes checked: ${checkedWrites}`);
});

test('regression (found by fuzzing): a number too long for a double in a query is 400 VALIDATION_FAILED, not 500', async () => {
  const res = await member.request('GET', `/api/registries/trainings/totals?year=${'9'.repeat(309)}`);
  assert.equal(res.status, 400);
  assert.equal((res.body as { error: { code: string } }).error.code, 'VALIDATION_FAILED');
});

test('regression (found by fuzzing): a path parameter longer than the router accepts is 400 BAD_REQUEST in the usual error shape', async () => {
  const res = await member.request('GET', `/api/events/${'x'.repeat(500)}/registrations/me/ticket.svg`);
  assert.equal(res.status, 400);
  assert.equal((res.body as { error: { code: string } }).error.code, 'BAD_REQUEST');
});

test('regression (found by fuzzing): a NUL character in a query, path or JSON body is 400 VALIDATION_FAILED with its path, not 500', async () => {
  const query = await member.request('GET', '/api/organisations?q=%00');
  assert.equal(query.status, 400);
  assert.deepEqual((query.body as { error: { code: string; details: Array<{ path: string; in: string }> } }).error.details[0], { path: '/q', message: 'must not contain the NUL character (\\u0000)', keyword: 'nul', in: 'querystring' });
  const body = await member.request('POST', '/api/listings', { organisationId: ids[0], ...offerInput({ title: 'Laser\u0000welding' }) });
  assert.equal(body.status, 400);
  assert.equal((body.body as { error: { code: string; details: Array<{ path: string }> } }).error.details[0]?.path, '/title');
});
