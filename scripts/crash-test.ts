/**
 * `npm run crash-test [-- --cycles N --engines pglite,postgres]`: kill -9 the server in the middle of
 * streams of writes, restart it on the same data, and check that every acknowledged write is there and
 * nothing half-written is visible. Runs on PGlite (a data folder) and, when DATABASE_URL is set, on a
 * fresh PostgreSQL database. Prints a table; exits 1 on any lost or half-written write.
 *
 * Writers (concurrent, through the HTTP API like real clients):
 *  - registrations: a user, an organisation and a membership in one transaction;
 *  - listings: create, then edits with optimistic versions (PATCH … { version });
 *  - submissions: a listing submitted for moderation (status, moderation entry and audit row together).
 * A request in flight at the kill may or may not have committed: either outcome is accepted, nothing
 * in between (a half-applied edit, an organisation without its member) is.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/db/client.js';
import { freePort, startServer } from './lib/server-process.js';

const { values: flags } = parseArgs({
  options: {
    cycles: { type: 'string', default: '4' },
    engines: { type: 'string', default: 'pglite,postgres' },
    writers: { type: 'string', default: '6' },
  },
});
const CYCLES = Number(flags.cycles);
const WRITERS = Number(flags.writers);
const ADMIN_EMAIL = 'admin@crash.test';
const ADMIN_PASSWORD = 'crash-test-admin-password';
const PASSWORD = 'crash test password 1';

/** A tiny HTTP client with a cookie jar and the CSRF header, like a browser session. */
class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    if (method !== 'GET' && !this.cookies.has('innox_csrf')) await this.call('GET', '/api/auth/csrf');
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') headers['x-csrf-token'] = this.cookies.get('innox_csrf') ?? '';
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed };
  }
}

interface ListingState {
  id: string;
  client: Client;
  /** Title and version last acknowledged, and the edit in flight when the server died (if any). */
  acked: { title: string; version: number };
  inFlight: { title: string; version: number } | null;
  submittedAcked: boolean;
  submitInFlight: boolean;
}

interface Ledger {
  users: Array<{ email: string; acked: boolean }>;
  listings: ListingState[];
  writesAcked: number;
  inFlightAtKill: number;
}

function listingInput(organisationId: string, n: number) {
  return {
    organisationId,
    type: 'technology_offer',
    title: `Crash-safe laser welding offer ${n}`,
    summary: 'Fibre-laser welding process for aluminium battery trays with low porosity, offered for licensing.',
    sectors: ['laser_technology'],
    keywords: ['kw.laser_welding'],
    details: { trl: 7, iprStatus: 'patent_granted', cooperationTypes: ['licensing'] },
  };
}

/** One writer: registers its organisation, then creates, edits and submits listings until stopped. */
async function writer(base: string, ledger: Ledger, stop: { now: boolean }, id: number): Promise<void> {
  let step = 0;
  const client = new Client(base);
  const email = `writer-${id}-${randomBytes(4).toString('hex')}@crash.test`;
  const entry = { email, acked: false };
  ledger.users.push(entry);
  let organisationId = '';
  try {
    const reg = await client.call('POST', '/api/auth/register', { email, password: PASSWORD, displayName: `Writer ${id}`, organisation: { name: `Crash test organisation ${email}`, country: 'DE', type: 'enterprise' } });
    if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
    entry.acked = true;
    ledger.writesAcked++;
    organisationId = ((reg.body.user as { memberships: Array<{ organisationId: string }> }).memberships[0]?.organisationId) ?? '';
  } catch (error) {
    if (stop.now) return;
    throw error;
  }
  let current: ListingState | null = null;
  while (!stop.now) {
    step++;
    try {
      if (!current || current.acked.version >= 4) {
        if (current && !current.submittedAcked) {
          current.submitInFlight = true;
          // A submission is an edit too: it bumps the version.
          current.inFlight = { title: current.acked.title, version: current.acked.version + 1 };
          const res = await client.call('POST', `/api/listings/${current.id}/submit`, {});
          if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
          current.acked = { title: current.acked.title, version: Number(res.body.version ?? current.acked.version + 1) };
          current.inFlight = null;
          current.submitInFlight = false;
          current.submittedAcked = true;
          ledger.writesAcked++;
        }
        const res = await client.call('POST', '/api/listings', listingInput(organisationId, step));
        if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
        current = { id: String(res.body.id), client, acked: { title: String(res.body.title), version: Number(res.body.version) }, inFlight: null, submittedAcked: false, submitInFlight: false };
        ledger.listings.push(current);
        ledger.writesAcked++;
      } else {
        const next = { title: `Crash-safe laser welding offer, revision ${current.acked.version + 1} by ${id}`, version: current.acked.version + 1 };
        current.inFlight = next;
        const res = await client.call('PATCH', `/api/listings/${current.id}`, { version: current.acked.version, title: next.title });
        if (res.status !== 200) throw new Error(`edit: ${res.status} ${JSON.stringify(res.body)}`);
        if (Number(res.body.version) !== next.version) throw new Error(`edit: version ${String(res.body.version)}, expected ${next.version}`);
        current.acked = next;
        current.inFlight = null;
        ledger.writesAcked++;
      }
    } catch (error) {
      // After the kill every request fails; what it did is settled by the check after the restart.
      if (stop.now) {
        if (current?.inFlight || current?.submitInFlight) ledger.inFlightAtKill++;
        return;
      }
      throw error;
    }
  }
}

/** After a restart: every acknowledged write is there, in-flight ones are all-or-nothing. */
async function checkApi(base: string, ledger: Ledger): Promise<string[]> {
  const problems: string[] = [];
  for (const u of ledger.users.filter((x) => x.acked)) {
    const c = new Client(base);
    const res = await c.call('POST', '/api/auth/login', { email: u.email, password: PASSWORD });
    if (res.status !== 200) problems.push(`acknowledged registration ${u.email} cannot log in (${res.status})`);
  }
  for (const l of ledger.listings) {
    const fresh = new Client(base);
    const res = await l.client.call('GET', `/api/listings/${l.id}`).catch(() => fresh.call('GET', `/api/listings/${l.id}`));
    if (res.status !== 200) {
      problems.push(`acknowledged listing ${l.id} is missing (${res.status})`);
      continue;
    }
    const title = String(res.body.title);
    const version = Number(res.body.version);
    const okAcked = title === l.acked.title && version === l.acked.version;
    const okInFlight = l.inFlight !== null && title === l.inFlight.title && version === l.inFlight.version;
    if (!okAcked && !okInFlight) problems.push(`listing ${l.id}: title/version ${title}/${version}, acknowledged ${l.acked.title}/${l.acked.version}`);
    if (l.inFlight && okInFlight) {
      // It committed though the answer never came: adopt it, as a client that reloads would.
      l.acked = l.inFlight;
    }
    l.inFlight = null;
    const status = String(res.body.status);
    if (l.submittedAcked && status === 'draft') problems.push(`listing ${l.id}: acknowledged submission lost (status ${status})`);
    if (status !== 'draft') l.submittedAcked = true;
    l.submitInFlight = false;
  }
  return problems;
}

/** Invariants that span tables written in one transaction, read straight from the database. */
async function checkDatabase(database: Database): Promise<string[]> {
  const problems: string[] = [];
  const [orphans] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM organisations o WHERE o.name LIKE 'Crash test organisation %' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)`);
  if (orphans?.n) problems.push(`${orphans.n} organisation(s) without their registering member`);
  const [lonely] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM users u WHERE u.email LIKE '%@crash.test' AND u.email <> ${ADMIN_EMAIL} AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)`);
  if (lonely?.n) problems.push(`${lonely.n} user(s) without the organisation they registered with`);
  const [pending] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM listings WHERE status = 'pending_review' AND submitted_at IS NULL`);
  if (pending?.n) problems.push(`${pending.n} submitted listing(s) without their submission time`);
  return problems;
}

interface EngineResult {
  engine: string;
  cycles: number;
  writesAcked: number;
  inFlightAtKill: number;
  lost: number;
  halfWritten: number;
  restartP50Ms: number;
}

async function runEngine(engine: 'pglite' | 'postgres'): Promise<EngineResult> {
  const port = await freePort();
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO_DATA: 'false',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'fatal',
    RATE_LIMIT_WRITES_PER_MINUTE: '999999',
    RATE_LIMIT_REGISTER_PER_HOUR: '999999',
    RATE_LIMIT_LOGIN_PER_15_MIN: '999999',
  };
  let dataDir: string | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let openForCheck: () => Promise<Database>;
  if (engine === 'pglite') {
    dataDir = mkdtempSync(join(tmpdir(), 'innox-crash-'));
    env.DATA_DIR = dataDir;
    const dir = dataDir;
    openForCheck = () => openDatabase({ engine: 'pglite', dataDir: dir, lock: true });
  } else {
    const url = process.env.DATABASE_URL ?? '';
    const name = `innox_crash_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    openForCheck = () => openDatabase({ engine: 'postgres', url: u.toString(), poolSize: 2 });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const childEnv = cleanEnv(env, engine);

  const ledger: Ledger = { users: [], listings: [], writesAcked: 0, inFlightAtKill: 0 };
  const restarts: number[] = [];
  const problems: string[] = [];
  try {
    let { server } = await startServer(childEnv, port);
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const stop = { now: false };
      const writers = Array.from({ length: WRITERS }, (_, i) => writer(server.base, ledger, stop, cycle * 100 + i));
      // Let the writes run for a while, then pull the plug without warning.
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 2500));
      stop.now = true;
      server.process.kill('SIGKILL');
      await server.exited;
      await Promise.all(writers);
      const restarted = await startServer(childEnv, port);
      server = restarted.server;
      restarts.push(restarted.startMs);
      problems.push(...(await checkApi(server.base, ledger)));
      process.stdout.write(`  ${engine}: cycle ${cycle}/${CYCLES} — ${ledger.writesAcked} writes acknowledged so far, ${problems.length} problem(s)\n`);
    }
    server.process.kill('SIGTERM');
    await server.exited;
    const database = await openForCheck();
    try {
      problems.push(...(await checkDatabase(database)));
    } finally {
      await database.close();
    }
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  }
  for (const p of problems) console.error(`  ${engine}: ${p}`);
  restarts.sort((a, b) => a - b);
  return {
    engine,
    cycles: CYCLES,
    writesAcked: ledger.writesAcked,
    inFlightAtKill: ledger.inFlightAtKill,
    lost: problems.filter((p) => /missing|lost|cannot log in|acknowledged/.test(p)).length,
    halfWritten: problems.filter((p) => !/missing|lost|cannot log in|acknowledged/.test(p)).length,
    restartP50Ms: Math.round(restarts[Math.floor(restarts.length / 2)] ?? 0),
  };
}

/** The server's environment: ours plus the run's settings; the PGlite run must not see a PostgreSQL URL. */
function cleanEnv(env: Record<string, string>, engine: 'pglite' | 'postgres'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) out[k] = v;
  if (engine === 'pglite') delete out.DATABASE_URL;
  return out;
}

const engines = flags.engines.split(',').filter((e): e is 'pglite' | 'postgres' => e === 'pglite' || (e === 'postgres' && Boolean(process.env.DATABASE_URL)));
console.log(`crash test: ${CYCLES} kill -9 cycles per engine, ${WRITERS} concurrent writers (${engines.join(', ')})`);
const results: EngineResult[] = [];
for (const engine of engines) results.push(await runEngine(engine));
console.log('\nengine    cycles  writes acked  in flight at kill  lost  half-written  restart p50 ms');
for (const r of results) {
  console.log(`${r.engine.padEnd(9)} ${String(r.cycles).padStart(6)}  ${String(r.writesAcked).padStart(12)}  ${String(r.inFlightAtKill).padStart(17)}  ${String(r.lost).padStart(4)}  ${String(r.halfWritten).padStart(12)}  ${String(r.restartP50Ms).padStart(14)}`);
}
const failed = results.some((r) => r.lost > 0 || r.halfWritten > 0);
process.exit(failed ? 1 : 0);
