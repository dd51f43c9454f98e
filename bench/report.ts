/**
 * bench:report — the annual report at scale. Generates activity records (listings, event registrations,
 * meetings, deals; 1M by default, in proportion 25/40/20/15 %) with generate_series in a few bulk
 * statements, plus the registries and events they hang on, then times the annual report computation
 * (platform scope and one organisation's scope) and the events dashboard on embedded PGlite and on
 * PostgreSQL (DATABASE_URL, a fresh database created and dropped). Target: ≤ 3 s on PostgreSQL.
 *
 * Flags: --records <n> (default 1000000) --runs <n> (default 3) --json <file> (default bench-results/report.json)
 *        --only pglite|postgres
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.js';
import { unitOfWork } from '../src/db/unit-of-work.js';
import { buildAnnualReport } from '../src/domain/reports/annual.js';
import type { AnnualReport } from '../src/domain/reports/schema.js';
import type { AnnualFilter } from '../src/domain/reports/store.js';
import { formatTable } from './lib/table.js';

const repoRoot = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string', default: resolve(repoRoot, 'bench-results/report.json') },
    only: { type: 'string' },
  },
});
const RECORDS = Number(flags.records);
const RUNS = Number(flags.runs);
const YEAR = 2025;
const ORGS = 2_000;
const EVENTS = 400;

const counts = {
  listings: Math.round(RECORDS * 0.25),
  registrations: Math.round(RECORDS * 0.4),
  meetings: Math.round(RECORDS * 0.2),
  deals: Math.round(RECORDS * 0.15),
};

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Bulk-generates the data set; every statement is one INSERT … SELECT over generate_series. */
async function generate(database: Database): Promise<Record<string, number>> {
  const db = database.db;
  const steps: Record<string, number> = {};
  const step = async (name: string, query: ReturnType<typeof sql>) => {
    steps[name] = Math.round((await timed(() => db.execute(query))).ms);
  };
  const countries = sql`(ARRAY['CN','CN','CN','CN','DE','VN','SG','BR','FR','KR'])`;
  await step('organisations', sql`INSERT INTO organisations (id, name, type, country)
    SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Bench organisation ' || i, 'enterprise', ${countries}[1 + i % 10]
    FROM generate_series(1, ${ORGS}) i`);
  const org = (expr: string) => sql.raw(`('00000000-0000-4000-8000-' || lpad(to_hex(1 + (${expr}) % ${ORGS}), 12, '0'))::uuid`);
  const event = (expr: string) => sql.raw(`('00000000-0000-4000-9000-' || lpad(to_hex(1 + (${expr}) % ${EVENTS}), 12, '0'))::uuid`);
  await step('events', sql`INSERT INTO events (id, kind, status, title, default_language, starts_on, ends_on, time_zone, country, city, registration_mode, registration_form, meeting_settings)
    SELECT ${event('i - 1')}, (ARRAY['forum','matchmaking_day','exhibition','training','roadshow','visit','open_day','online_session'])[1 + i % 8], 'published',
      jsonb_build_object('en', 'Bench event ' || i, 'zh-Hans', '对接活动 ' || i), 'en',
      make_date(${YEAR}, 1 + i % 12, 1 + i % 27), make_date(${YEAR}, 1 + i % 12, 1 + i % 27), 'Asia/Shanghai', CASE WHEN i % 5 = 0 THEN 'DE' ELSE 'CN' END, 'Shanghai',
      'open', '{}'::jsonb, '{}'::jsonb
    FROM generate_series(1, ${EVENTS}) i`);
  await step('event organisers', sql`INSERT INTO event_organisers (event_id, organisation_id, role) SELECT ${event('i - 1')}, ${org('i * 7')}, 'organiser' FROM generate_series(1, ${EVENTS}) i`);
  await step('listings', sql`INSERT INTO listings (id, organisation_id, type, status, visibility, language, title, summary, sectors, details, country, search, published_at)
    SELECT gen_random_uuid(), ${org('i')}, (ARRAY['technology_offer','technology_need','project','job'])[1 + i % 4], 'published', 'public', 'en',
      'Bench listing ' || i, 'Generated for bench:report', ARRAY[(ARRAY['biomedicine','ai','green_energy','advanced_materials'])[1 + i % 4]], '{}'::jsonb,
      ${countries}[1 + i % 10], ''::tsvector, make_timestamptz(${YEAR}, 1 + i % 12, 1 + i % 28, 8, 0, 0, 'UTC')
    FROM generate_series(1, ${counts.listings}) i`);
  await step('registrations', sql`INSERT INTO event_registrations (id, event_id, user_id, organisation_id, status, participant_type, display_name, organisation_name, country, offer_listing_ids, ticket_code, calendar_token)
    SELECT gen_random_uuid(), ${event('i')}, gen_random_uuid(), ${org('i * 13')}, CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'confirmed' END, 'company',
      'Participant ' || i, 'Bench organisation', ${countries}[1 + i % 10], '{}'::text[], 'T' || i, 'C' || i
    FROM generate_series(1, ${counts.registrations}) i`);
  await step('exhibitors', sql`INSERT INTO event_exhibitors (id, event_id, organisation_id, booth_number, area_sqm)
    SELECT gen_random_uuid(), ${event('i')}, ${org('i * 3')}, 'B' || i, 9 + i % 60 FROM generate_series(1, ${EVENTS * 25}) i`);
  await step('sessions', sql`INSERT INTO event_sessions (id, event_id, kind, title, starts_at, ends_at, streamed, online_viewers)
    SELECT gen_random_uuid(), ${event('i')}, 'keynote', '{"en":"Opening"}'::jsonb, make_timestamptz(${YEAR}, 6, 1, 9, 0, 0, 'UTC'), make_timestamptz(${YEAR}, 6, 1, 10, 0, 0, 'UTC'), true, 100 + i
    FROM generate_series(1, ${EVENTS * 3}) i`);
  await step('meetings', sql`INSERT INTO meetings (id, event_id, requester_id, receiver_id, message, status, expires_at, requester_attendance, created_at)
    SELECT gen_random_uuid(), ${event('i')}, gen_random_uuid(), gen_random_uuid(), 'Shall we meet?', (ARRAY['pending','accepted','accepted','declined'])[1 + i % 4],
      make_timestamptz(${YEAR}, 12, 31, 0, 0, 0, 'UTC'), CASE WHEN i % 3 = 0 THEN 'held' END, make_timestamptz(${YEAR}, 1 + i % 12, 1 + i % 28, 8, 0, 0, 'UTC')
    FROM generate_series(1, ${counts.meetings}) i`);
  await step('deals', sql`INSERT INTO deals (id, owner_organisation_id, title, type, stage, event_id, amount_minor, currency, reporting_currency, exchange_rate, reporting_amount_minor, stage_changed_at, created_at)
    SELECT gen_random_uuid(), ${org('i')}, 'Bench deal ' || i, 'joint_rd', (ARRAY['contact','meeting_held','cooperation_intention','agreement_signed','in_execution','completed','dropped'])[1 + i % 7],
      ${event('i * 11')}, 1000000 + i, CASE WHEN i % 2 = 0 THEN 'EUR' ELSE 'CNY' END, 'CNY', CASE WHEN i % 2 = 0 THEN 7.8 ELSE 1 END,
      CASE WHEN i % 2 = 0 THEN round((1000000 + i) * 7.8) ELSE 1000000 + i END, now(), make_timestamptz(${YEAR}, 1 + i % 12, 1 + i % 28, 8, 0, 0, 'UTC')
    FROM generate_series(1, ${counts.deals}) i`);
  await step('deal parties', sql`INSERT INTO deal_parties (deal_id, organisation_id, role) SELECT id, owner_organisation_id, 'owner' FROM deals`);
  await step('agreements', sql`INSERT INTO agreements (id, kind, title, default_language, countries, sectors, signed_on, visibility)
    SELECT gen_random_uuid(), (ARRAY['framework_agreement','mou','joint_lab','incubation_platform'])[1 + i % 4], jsonb_build_object('en', 'Agreement ' || i), 'en',
      CASE WHEN i % 3 = 0 THEN ARRAY['CN'] ELSE ARRAY['CN', 'DE'] END, ARRAY['ai'], make_date(${YEAR}, 1 + i % 12, 1 + i % 27), 'public'
    FROM generate_series(1, 2000) i`);
  await step('agreement parties', sql`INSERT INTO agreement_parties (agreement_id, position, organisation_id, name, country, region)
    SELECT a.id, p, CASE WHEN p = 0 THEN ${org('1')} END, 'Party ' || p, a.countries[1 + p % array_length(a.countries, 1)], 'Region ' || p FROM agreements a, generate_series(0, 1) p`);
  await step('trainings', sql`INSERT INTO training_programmes (id, organisation_id, title, default_language, partner_countries)
    SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(i), 12, '0'))::uuid, ${org('i')}, jsonb_build_object('en', 'Training ' || i), 'en', ARRAY['CN'] FROM generate_series(1, 50) i`);
  await step('training batches', sql`INSERT INTO training_batches (id, programme_id, organisation_id, starts_on, ends_on, mode, trainee_count)
    SELECT gen_random_uuid(), ('00000000-0000-4000-a000-' || lpad(to_hex(1 + i % 50), 12, '0'))::uuid, ${org('1 + i % 50')}, make_date(${YEAR}, 1 + i % 12, 1), make_date(${YEAR}, 1 + i % 12, 2), 'offline', 20 + i % 30
    FROM generate_series(1, 1000) i`);
  await db.execute(sql`ANALYZE`);
  return steps;
}

interface EngineResult {
  engine: string;
  records: number;
  generateMs: number;
  steps: Record<string, number>;
  annualPlatformMs: number[];
  annualOrganisationMs: number[];
  figures: Record<string, number>;
}

function headline(report: AnnualReport): Record<string, number> {
  const fair = report.international.flagshipEvents[0];
  return {
    domesticAgreements: report.domestic.agreements.value,
    trainingBatches: report.domestic.trainingBatches.value,
    trainees: report.domestic.trainees.value,
    matchmakingEvents: report.domestic.matchmakingEvents.value,
    matchmakingOrganisations: report.domestic.matchmakingOrganisations.value,
    matchmakingViewers: report.domestic.matchmakingViewers.value,
    mousRenewed: report.international.mousRenewed.value,
    jointLabs: report.international.jointLabs.value,
    platforms: report.international.platforms.value,
    flagshipEvents: report.international.flagshipEvents.length,
    firstFlagshipParticipants: fair?.participants.value ?? 0,
    firstFlagshipIntentions: fair?.intentions.value ?? 0,
  };
}

async function run(engine: 'pglite' | 'postgres', database: Database): Promise<EngineResult> {
  console.log(`\n== ${engine}: generating ${RECORDS.toLocaleString('en')} activity records`);
  const generated = await timed(() => generate(database));
  console.log(formatTable(['step', 'ms'], Object.entries(generated.value)));
  const uow = unitOfWork(database.db, { concepts: null }, () => undefined);
  const base: Omit<AnnualFilter, 'scope'> = { year: YEAR, homeCountry: 'CN', reportingCurrency: 'CNY', lang: 'en' };
  const platform: number[] = [];
  const organisation: number[] = [];
  let report: AnnualReport | null = null;
  const [firstOrg] = await database.db.execute(sql`SELECT organisation_id AS id FROM event_organisers LIMIT 1`).then((r) => (r as unknown as { rows: Array<{ id: string }> }).rows);
  for (let i = 0; i < RUNS; i++) {
    const p = await timed(() => uow.read((s) => buildAnnualReport(s, { ...base, scope: { kind: 'platform' } }, new Date())));
    platform.push(Math.round(p.ms));
    report = p.value;
    const o = await timed(() => uow.read((s) => buildAnnualReport(s, { ...base, scope: { kind: 'organisation', organisationId: firstOrg!.id } }, new Date())));
    organisation.push(Math.round(o.ms));
  }
  return { engine, records: RECORDS, generateMs: Math.round(generated.ms), steps: generated.value, annualPlatformMs: platform, annualOrganisationMs: organisation, figures: report ? headline(report) : {} };
}

async function withPostgres<T>(url: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const name = `innox_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: target.toString(), poolSize: 4 });
  try {
    return await fn(database);
  } finally {
    await database.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
}

const results: EngineResult[] = [];
if (flags.only !== 'postgres') {
  const database = await openDatabase({ engine: 'pglite', dataDir: null, lock: false });
  try {
    results.push(await run('pglite', database));
  } finally {
    await database.close();
  }
}
const postgresUrl = process.env.DATABASE_URL ?? null;
if (flags.only !== 'pglite') {
  if (postgresUrl) results.push(await withPostgres(postgresUrl, (database) => run('postgres', database)));
  else console.log('\n(DATABASE_URL is not set: PostgreSQL skipped)');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`\n== annual report ${YEAR}, ${RECORDS.toLocaleString('en')} activity records, median of ${RUNS} runs (target ≤ 3,000 ms on PostgreSQL)`);
console.log(
  formatTable(
    ['engine', 'generate ms', 'platform ms', 'organisation ms', 'within target'],
    results.map((r) => [r.engine, r.generateMs, median(r.annualPlatformMs), median(r.annualOrganisationMs), r.engine === 'postgres' ? (median(r.annualPlatformMs) <= 3000 ? 'yes' : 'NO') : '-']),
  ),
);
if (results[0]) {
  console.log('\nfigures (platform scope):');
  console.log(formatTable(['figure', ...results.map((r) => r.engine)], Object.keys(results[0].figures).map((k) => [k, ...results.map((r) => r.figures[k] ?? 0)])));
}
mkdirSync(dirname(flags.json), { recursive: true });
writeFileSync(flags.json, `${JSON.stringify({ year: YEAR, records: RECORDS, counts, runs: RUNS, results }, null, 2)}\n`);
console.log(`\nwritten ${flags.json}`);
