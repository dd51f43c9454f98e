/**
 * `npm run bench:load [-- --listings N --users N --participants N --duration S --connections N --engines pglite,postgres --json file --probe]`
 *
 * Load through real HTTP: a server process (`src/main.ts`) on a seeded database — the demo data plus
 * 100,000 synthetic listings in five languages, 10,000 users and 3,000 participants of the demo
 * matchmaking event — hit by autocannon from this process. Scenarios: listing search, listing detail,
 * stored match lists, the event agenda, and meeting requests between participants (each a new pair).
 * Prints req/s and latency p50/p99 per engine and scenario and writes JSON. PostgreSQL runs when
 * DATABASE_URL is set (a fresh database is created and dropped). Target on PostgreSQL: search ≥ 1,000
 * req/s at p99 ≤ 100 ms.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { openDatabase, queryRows, type Database } from '../src/db/client.js';
import { eventRegistrations, sessions, users } from '../src/db/schema.js';
import { loadDemoData } from '../src/db/seed/load.js';
import { ensureTaxonomy } from '../src/db/seed/reference.js';
import { hashPassword, hashToken } from '../src/domain/accounts/secrets.js';
import { runDueJobs } from '../src/domain/jobs/queue.js';
import { searchDocument } from '../src/domain/listings/derive.js';
import { matchingJobHandlers } from '../src/domain/matching/jobs.js';
import type { TaxonomyConcept } from '../src/domain/platform/store.js';
import { systemClock } from '../src/domain/ports.js';
import { freePort, startServer } from '../scripts/lib/server-process.js';
import { insertCorpus, syntheticListings, type SyntheticListing } from './lib/match-speed.js';
import { formatTable } from './lib/table.js';

const { values: flags } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    users: { type: 'string', default: '10000' },
    participants: { type: 'string', default: '3000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    engines: { type: 'string', default: 'pglite,postgres' },
    json: { type: 'string', default: 'bench-results/load.json' },
    probe: { type: 'boolean', default: false },
  },
});
const LISTINGS = Number(flags.listings);
const USERS = Number(flags.users);
const PARTICIPANTS = Math.min(Number(flags.participants), USERS);
const DURATION_S = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
/** Listings whose stored matches are computed for the match-list scenario. */
const MATCH_SAMPLE = 200;

interface ScenarioResult {
  engine: 'pglite' | 'postgres';
  scenario: string;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

interface Seeded {
  eventId: string;
  listingIds: string[];
  matchedIds: string[];
  searchWords: string[];
  participants: Array<{ registrationId: string; sessionToken: string }>;
}

const searchOf = (taxonomy: ReadonlyMap<string, TaxonomyConcept>) => (l: SyntheticListing) =>
  searchDocument({ title: l.title, summary: l.summary, translations: [], sectors: l.sectors, keywords: l.keywords, freeKeywords: [], details: l.details }, taxonomy);

function progress(text: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r  ${text}`.padEnd(90));
  else console.log(`  ${text}`);
}

/** Words people would type: the first word (or two Han characters) of sampled titles. */
function searchWords(corpus: readonly SyntheticListing[]): string[] {
  const words = new Set<string>();
  for (let i = 0; i < corpus.length && words.size < 200; i += Math.max(1, Math.floor(corpus.length / 400))) {
    const title = corpus[i]!.title.trim();
    const han = /^\p{Script=Han}{2}/u.exec(title);
    const word = han ? han[0] : title.split(/\s+/).find((w) => w.length >= 4)?.replace(/[^\p{L}\p{N}-]/gu, '');
    if (word) words.add(word);
  }
  return [...words];
}

async function seed(database: Database): Promise<Seeded> {
  const config = parseConfig({ LOG_LEVEL: 'silent' }, 'bench');
  const built = await buildApp(config, { database, embeddings: null });
  try {
    const { ctx } = built;
    await ensureTaxonomy(database.db);
    progress('demo data');
    await loadDemoData(ctx.uow, systemClock, () => undefined, { publicUrl: config.publicUrl });

    progress(`${LISTINGS} synthetic listings`);
    const corpus = syntheticListings(LISTINGS, 7);
    const taxonomy = new Map((await ctx.uow.read((s) => s.platform.taxonomy())).map((c) => [c.code, c]));
    await insertCorpus(database, corpus, searchOf(taxonomy));

    progress(`${USERS} users`);
    const passwordHash = await hashPassword('load test password 1');
    const userIds = Array.from({ length: USERS }, () => randomUUID());
    for (let i = 0; i < USERS; i += 1000) {
      await database.db.insert(users).values(userIds.slice(i, i + 1000).map((id, k) => ({ id, email: `load-${i + k}@bench.test`, passwordHash, displayName: `Load user ${i + k}` })));
    }

    progress(`${PARTICIPANTS} participants`);
    const [event] = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM events WHERE status = 'published' AND (meeting_settings->>'requestsOpen')::boolean ORDER BY starts_on LIMIT 1`,
    );
    if (!event) throw new Error('the demo data has no published event with meeting requests open');
    const participants: Seeded['participants'] = [];
    const countries = ['CN', 'DE', 'VN', 'FR', 'US', 'JP', 'KR', 'GB'];
    for (let i = 0; i < PARTICIPANTS; i += 500) {
      const batch = userIds.slice(i, Math.min(PARTICIPANTS, i + 500)).map((userId, k) => ({
        userId,
        registrationId: randomUUID(),
        token: randomBytes(24).toString('base64url'),
        n: i + k,
      }));
      await database.db.insert(eventRegistrations).values(
        batch.map((b) => ({
          id: b.registrationId,
          eventId: event.id,
          userId: b.userId,
          status: 'confirmed',
          participantType: 'company',
          displayName: `Load participant ${b.n}`,
          country: countries[b.n % countries.length]!,
          ticketCode: randomBytes(9).toString('base64url'),
          calendarToken: randomBytes(18).toString('base64url'),
        })),
      );
      await database.db.insert(sessions).values(batch.map((b) => ({ idHash: hashToken(b.token), userId: b.userId, expiresAt: new Date(Date.now() + 7 * 86_400_000) })));
      participants.push(...batch.map((b) => ({ registrationId: b.registrationId, sessionToken: b.token })));
    }

    progress('matching index (all listings) and stored matches of the sample');
    await ctx.matching.warmUp();
    await ctx.uow.run((s) => s.jobs.enqueue({ kind: 'matching.reindex', key: 'all' }));
    await runDueJobs(ctx.uow, ctx.clock, { 'matching.reindex': matchingJobHandlers(ctx.matching)['matching.reindex'] });
    const step = Math.max(1, Math.floor(corpus.length / MATCH_SAMPLE));
    const matchedIds = corpus.filter((_, i) => i % step === 0).slice(0, MATCH_SAMPLE).map((l) => l.id);
    for (const id of matchedIds) await ctx.matching.refreshMatches({ kind: 'listing', id });
    // Refreshes the demo data queued: done now, so the server starts in a steady state, not catching up.
    await runDueJobs(ctx.uow, ctx.clock, matchingJobHandlers(ctx.matching));
    if (process.stdout.isTTY) process.stdout.write('\n');
    return { eventId: event.id, listingIds: corpus.map((l) => l.id), matchedIds, searchWords: searchWords(corpus), participants };
  } finally {
    await built.close();
  }
}

/** Cycles through `paths` (or bodies) so every request differs. */
function rotating(make: (i: number) => { path: string; body?: string; headers?: Record<string, string> }, method = 'GET') {
  let i = 0;
  return [
    {
      method,
      setupRequest: (request: { path?: string; body?: string; headers?: Record<string, string> }) => {
        const next = make(i++);
        return { ...request, method, path: next.path, ...(next.body !== undefined ? { body: next.body } : {}), headers: { ...request.headers, ...next.headers } };
      },
    },
  ];
}

async function scenario(engine: ScenarioResult['engine'], name: string, base: string, requests: ReturnType<typeof rotating>): Promise<ScenarioResult> {
  if (flags.probe) {
    // One request first, timed alone, with what it answered: tells a slow route from a saturated server.
    const probe = requests[0]!.setupRequest({ headers: {} });
    const t = performance.now();
    const res = await fetch(base + probe.path, { method: requests[0]!.method, headers: probe.headers, ...(probe.body ? { body: probe.body } : {}) });
    console.log(`  probe ${name}: ${res.status} in ${(performance.now() - t).toFixed(0)} ms ${(await res.text()).slice(0, 200)}`);
  }
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION_S, requests });
  const out: ScenarioResult = {
    engine,
    scenario: name,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(`  ${engine} ${name}: ${out.requestsPerSecond} req/s, p50 ${out.p50ms} ms, p99 ${out.p99ms} ms, ${out.non2xx} non-2xx, ${out.errors} errors`);
  return out;
}

async function runEngine(engine: ScenarioResult['engine']): Promise<ScenarioResult[]> {
  const port = await freePort();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_WRITES_PER_MINUTE: '999999',
    RATE_LIMIT_MATCH_SEARCHES_PER_MINUTE: '999999',
    RATE_LIMIT_LOGIN_PER_15_MIN: '999999',
  });
  let cleanup: () => Promise<void>;
  let database: Database;
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'innox-load-'));
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
    database = await openDatabase({ engine: 'pglite', dataDir, lock: true });
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  } else {
    const url = process.env.DATABASE_URL ?? '';
    const name = `innox_load_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    database = await openDatabase({ engine: 'postgres', url: u.toString(), poolSize: 4 });
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const results: ScenarioResult[] = [];
  try {
    console.log(`${engine}: seeding`);
    const started = performance.now();
    let seeded: Seeded;
    try {
      seeded = await seed(database);
    } finally {
      await database.close();
    }
    console.log(`${engine}: seeded in ${((performance.now() - started) / 1000).toFixed(0)} s; starting the server`);
    const { server } = await startServer(env, port);
    // The server warms up matching (dictionaries, language identifier) right after it listens: wait for it.
    for (let i = 0; i < 600; i++) {
      const health = (await (await fetch(`${server.base}/api/health`)).json()) as { matching?: { status?: string } };
      if (health.matching?.status === 'ready') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      const { listingIds, matchedIds, searchWords: words, participants, eventId } = seeded;
      const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!;
      results.push(await scenario(engine, 'search', server.base, rotating((i) => ({ path: `/api/listings?q=${encodeURIComponent(pick(words, i))}&limit=20` }))));
      results.push(await scenario(engine, 'listing detail', server.base, rotating((i) => ({ path: `/api/listings/${pick(listingIds, i)}` }))));
      results.push(await scenario(engine, 'match list', server.base, rotating((i) => ({ path: `/api/listings/${pick(matchedIds, i)}/matches` }))));
      results.push(await scenario(engine, 'agenda', server.base, rotating(() => ({ path: `/api/events/${eventId}/programme` }))));
      // Each request a new (requester, receiver) pair: requester i asks participant i + 1 + round.
      const n = participants.length;
      results.push(
        await scenario(
          engine,
          'meeting request',
          server.base,
          rotating((i) => {
            const from = participants[i % n]!;
            const to = participants[(i % n + 1 + Math.floor(i / n)) % n]!;
            const csrf = 'load-bench-csrf';
            return {
              path: `/api/events/${eventId}/meetings`,
              body: JSON.stringify({ receiverId: to.registrationId, message: 'Shall we meet about laser welding of battery trays?' }),
              headers: { 'content-type': 'application/json', cookie: `innox_session=${from.sessionToken}; innox_csrf=${csrf}`, 'x-csrf-token': csrf },
            };
          }, 'POST'),
        ),
      );
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await cleanup();
  }
  return results;
}

const engines = flags.engines.split(',').filter((e): e is ScenarioResult['engine'] => e === 'pglite' || (e === 'postgres' && Boolean(process.env.DATABASE_URL)));
console.log(`load: ${LISTINGS} listings, ${USERS} users, ${PARTICIPANTS} participants; ${CONNECTIONS} connections, ${DURATION_S} s per scenario (${engines.join(', ')})`);
const all: ScenarioResult[] = [];
for (const engine of engines) all.push(...(await runEngine(engine)));
console.log('');
console.log(formatTable(['engine', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors'], all.map((r) => [r.engine, r.scenario, String(r.requestsPerSecond), String(r.p50ms), String(r.p99ms), String(r.requests), String(r.non2xx), String(r.errors)])));
const pgSearch = all.find((r) => r.engine === 'postgres' && r.scenario === 'search');
if (pgSearch) console.log(`\nPostgreSQL search: ${pgSearch.requestsPerSecond} req/s at p99 ${pgSearch.p99ms} ms (target ≥ 1,000 req/s at p99 ≤ 100 ms)`);
mkdirSync(dirname(flags.json), { recursive: true });
writeFileSync(flags.json, JSON.stringify({ listings: LISTINGS, users: USERS, participants: PARTICIPANTS, connections: CONNECTIONS, durationSeconds: DURATION_S, results: all }, null, 2));
console.log(`written ${flags.json}`);
