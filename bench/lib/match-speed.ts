/**
 * Part 4 of bench:match, speed at scale: synthetic corpora in the four content languages made from the
 * demo data's vocabulary (sentences of its listings recombined, its types, sectors and details), indexed
 * by the matching engine on PGlite and on PostgreSQL (when DATABASE_URL is set), then timed through the
 * API: top-20 live searches (GET /api/matching/search, the engine's full path: bridge, posting lists,
 * candidates, hybrid score, explanations) and reads of stored matches (GET /api/listings/:id/matches).
 * MiniSearch (in-process BM25) indexes the same texts and answers the same queries for comparison.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import pg from 'pg';
import { buildApp, type BuiltApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { listings, organisations } from '../../src/db/schema.js';
import { OFFER_NEED_LISTINGS } from '../../src/db/seed/listings-offers-needs.js';
import { OTHER_LISTINGS } from '../../src/db/seed/listings-other.js';
import { DEMO_ORGANISATIONS } from '../../src/db/seed/organisations.js';
import { ensureTaxonomy } from '../../src/db/seed/reference.js';
import { runDueJobs } from '../../src/domain/jobs/queue.js';
import { deriveColumns } from '../../src/domain/listings/derive.js';
import { complementsOf } from '../../src/domain/matching/policy.js';
import { matchingJobHandlers } from '../../src/domain/matching/jobs.js';
import { detailTexts, type MatchType } from '../../src/domain/matching/documents.js';
import { Random } from '../../src/domain/meetings/scheduling/random.js';
import type { ListingType } from '../../src/domain/shared/vocab.js';
import { formatTable } from './table.js';

export interface SpeedResult {
  engine: 'pglite' | 'postgres' | 'minisearch';
  listings: number;
  indexSeconds: number;
  p50ms: number;
  p95ms: number;
  /** Engines only: reading stored matches through the API, and computing them (per listing, in the job). */
  storedP50ms?: number;
  storedP95ms?: number;
  refreshMsPerListing?: number;
  queries: number;
}

export interface SpeedOptions {
  sizes: readonly number[];
  postgresUrl: string | null;
  queries: number;
  seed: number;
  log: (line: string) => void;
}

export interface SyntheticListing {
  id: string;
  organisation: number;
  type: ListingType;
  language: string;
  title: string;
  summary: string;
  sectors: string[];
  keywords: string[];
  details: Record<string, unknown>;
}

const LANGUAGES = ['en', 'de', 'zh-Hans', 'zh-Hant', 'vi'] as const;
const ORGANISATIONS = 500;
const WARM_UP_QUERIES = 20;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const uuid = (rng: Random): string => {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Sentences of the demo listings by language, and the listings as templates. */
function vocabulary() {
  const demo = [...OFFER_NEED_LISTINGS, ...OTHER_LISTINGS];
  const sentences = new Map<string, string[]>();
  const add = (language: string, text: string) => {
    const list = sentences.get(language) ?? [];
    for (const s of text.split(/(?<=[.!?。！？；;])\s*/)) if (s.trim().length > 8) list.push(s.trim());
    sentences.set(language, list);
  };
  for (const l of demo) {
    const language = l.input.language ?? 'en';
    add(language, l.input.title);
    add(language, l.input.summary);
    for (const text of detailTexts(l.input.details as Record<string, unknown>)) add(language, text);
    for (const t of l.input.translations ?? []) add(t.language, `${t.title}. ${t.summary}`);
  }
  return { demo, sentences };
}

/** A template's details without its free texts (those are in the template's language, not the listing's). */
function structured(details: Record<string, unknown>): Record<string, unknown> {
  const keep = (v: unknown): boolean => typeof v !== 'string' || /^[a-z_]+$/.test(v) || /^\d{4}-\d{2}-\d{2}$/.test(v) || /^[A-Z]{3}$/.test(v);
  return Object.fromEntries(Object.entries(details).filter(([, v]) => (Array.isArray(v) ? v.every(keep) : keep(v))));
}

export function syntheticListings(n: number, seed: number): SyntheticListing[] {
  const { demo, sentences } = vocabulary();
  const rng = new Random(seed);
  const out: SyntheticListing[] = [];
  for (let i = 0; i < n; i++) {
    const template = demo[rng.int(demo.length)]!;
    const language = LANGUAGES[rng.int(LANGUAGES.length)]!;
    const pool = sentences.get(language) ?? sentences.get('en')!;
    const pick = () => pool[rng.int(pool.length)]!;
    const count = 2 + rng.int(4);
    out.push({
      id: uuid(rng),
      organisation: rng.int(ORGANISATIONS),
      type: template.input.type,
      language,
      title: pick().slice(0, 160),
      summary: Array.from({ length: count }, pick).join(' '),
      sectors: template.input.sectors,
      keywords: template.input.keywords ?? [],
      details: structured(template.input.details as Record<string, unknown>),
    });
  }
  return out;
}

async function openEngineDatabase(engine: 'pglite' | 'postgres', postgresUrl: string | null): Promise<{ database: Database; url: string | null; dataDir: string | null; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'innox-bench-'));
    return { database: await openDatabase({ engine: 'pglite', dataDir, lock: false }), url: null, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!postgresUrl) throw new Error('no DATABASE_URL');
  const name = `innox_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    database: await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 }),
    url: url.toString(),
    dataDir: null,
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Inserts the corpus with its organisations; `search` builds each listing's search document (none by default). */
export async function insertCorpus(database: Database, corpus: readonly SyntheticListing[], search?: (l: SyntheticListing) => string): Promise<string[]> {
  const countries = [...new Set(DEMO_ORGANISATIONS.map((o) => o.country))];
  const rng = new Random(99);
  const orgIds = Array.from({ length: ORGANISATIONS }, () => uuid(rng));
  const orgCountry = orgIds.map((_, i) => countries[i % countries.length]!);
  await database.db.insert(organisations).values(orgIds.map((id, i) => ({ id, name: `Synthetic organisation ${i}`, type: i % 10 === 0 ? 'investor' : 'enterprise', country: orgCountry[i]!, verificationStatus: 'verified' })));
  for (let i = 0; i < corpus.length; i += 500) {
    await database.db.insert(listings).values(
      corpus.slice(i, i + 500).map((l) => ({
        id: l.id,
        organisationId: orgIds[l.organisation]!,
        type: l.type,
        status: 'published',
        visibility: 'public',
        language: l.language,
        languageConfirmed: true,
        title: l.title,
        summary: l.summary,
        sectors: l.sectors,
        keywords: l.keywords,
        details: l.details,
        ...deriveColumns(l.type, l.details),
        country: orgCountry[l.organisation]!,
        expiresAt: '2099-12-31',
        publishedAt: new Date(),
        // Listing search is not what the matching benchmark measures; the load benchmark builds it.
        search: (search ? sql`${search(l)}::tsvector` : sql`''::tsvector`) as unknown as string,
      })),
    );
  }
  return orgIds;
}

function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  return fn().then((value) => ({ ms: performance.now() - start, value }));
}

export const searchUrl = (l: SyntheticListing) => {
  const types = complementsOf(l.type).filter((t): t is ListingType => t !== 'organisation' && t !== 'investor');
  const params = new URLSearchParams({ q: `${l.title}\n${l.summary}`.slice(0, 1000), language: l.language, limit: '20' });
  for (const t of types) params.append('type', t);
  return `/api/matching/search?${params.toString()}`;
};

async function benchEngine(engine: 'pglite' | 'postgres', corpus: readonly SyntheticListing[], sample: readonly SyntheticListing[], options: SpeedOptions): Promise<SpeedResult> {
  const { database, drop } = await openEngineDatabase(engine, options.postgresUrl);
  let built: BuiltApp | null = null;
  try {
    await ensureTaxonomy(database.db);
    await insertCorpus(database, corpus);
    const config = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MATCH_SEARCHES_PER_MINUTE: '999999' }, 'bench');
    built = await buildApp(config, { database, embeddings: null });
    const { app, ctx } = built;
    await ctx.matching.warmUp();
    const handlers = matchingJobHandlers(ctx.matching);
    await ctx.uow.run((s) => s.jobs.enqueue({ kind: 'matching.reindex', key: 'all' }));
    const index = await timed(() => runDueJobs(ctx.uow, ctx.clock, { 'matching.reindex': handlers['matching.reindex'] }));
    options.log(`  ${engine}: indexed ${corpus.length} listings in ${(index.ms / 1000).toFixed(1)} s`);

    const inject = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      if (res.statusCode !== 200) throw new Error(`${url.slice(0, 60)}…: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return res;
    };
    for (const l of sample.slice(0, WARM_UP_QUERIES)) await inject(searchUrl(l));
    const live: number[] = [];
    for (const l of sample) live.push((await timed(() => inject(searchUrl(l)))).ms);

    // Stored matches of the sample: computed as the refresh job does, then read through the API.
    const refresh: number[] = [];
    for (const l of sample) refresh.push((await timed(() => ctx.matching.refreshMatches({ kind: 'listing', id: l.id }))).ms);
    for (const l of sample.slice(0, WARM_UP_QUERIES)) await inject(`/api/listings/${l.id}/matches`);
    const stored: number[] = [];
    for (const l of sample) stored.push((await timed(() => inject(`/api/listings/${l.id}/matches`))).ms);
    live.sort((a, b) => a - b);
    stored.sort((a, b) => a - b);
    return {
      engine,
      listings: corpus.length,
      indexSeconds: round(index.ms / 1000),
      p50ms: round(quantile(live, 0.5)),
      p95ms: round(quantile(live, 0.95)),
      storedP50ms: round(quantile(stored, 0.5)),
      storedP95ms: round(quantile(stored, 0.95)),
      refreshMsPerListing: round(refresh.reduce((a, b) => a + b, 0) / refresh.length),
      queries: sample.length,
    };
  } finally {
    await built?.close();
    await database.close();
    await drop();
  }
}

/** MiniSearch over the same texts (Intl.Segmenter words, so Chinese is split into words too). */
function benchMiniSearch(corpus: readonly SyntheticListing[], sample: readonly SyntheticListing[]): SpeedResult {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const tokenize = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const mini = new MiniSearch<SyntheticListing>({ fields: ['title', 'summary'], storeFields: ['type'], tokenize, processTerm: (t) => t.toLowerCase() });
  const start = performance.now();
  mini.addAll(corpus);
  const indexMs = performance.now() - start;
  const search = (l: SyntheticListing) => {
    const types = new Set<MatchType>(complementsOf(l.type));
    return mini.search(`${l.title}\n${l.summary}`.slice(0, 1000), { combineWith: 'OR', filter: (r) => types.has(r.type as MatchType) }).slice(0, 20);
  };
  for (const l of sample.slice(0, WARM_UP_QUERIES)) search(l);
  const times = sample.map((l) => {
    const t = performance.now();
    search(l);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return { engine: 'minisearch', listings: corpus.length, indexSeconds: round(indexMs / 1000), p50ms: round(quantile(times, 0.5)), p95ms: round(quantile(times, 0.95)), queries: sample.length };
}

export async function runSpeed(options: SpeedOptions): Promise<SpeedResult[]> {
  const results: SpeedResult[] = [];
  for (const size of options.sizes) {
    const corpus = syntheticListings(size, options.seed);
    const rng = new Random(options.seed + 1);
    const sample = Array.from({ length: options.queries }, () => corpus[rng.int(corpus.length)]!);
    options.log(`speed: ${size} synthetic listings (${options.queries} queries each)`);
    const mini = benchMiniSearch(corpus, sample);
    results.push(await benchEngine('pglite', corpus, sample, options));
    if (options.postgresUrl) results.push(await benchEngine('postgres', corpus, sample, options));
    results.push(mini);
  }
  const rows = results.map((r) => {
    const mini = results.find((m) => m.engine === 'minisearch' && m.listings === r.listings);
    return [
      r.engine,
      String(r.listings),
      r.indexSeconds.toFixed(1),
      r.p50ms.toFixed(1),
      r.p95ms.toFixed(1),
      r.storedP50ms?.toFixed(1) ?? '–',
      r.storedP95ms?.toFixed(1) ?? '–',
      r.refreshMsPerListing?.toFixed(0) ?? '–',
      mini && r.engine !== 'minisearch' ? `${(r.p50ms / mini.p50ms).toFixed(2)} / ${(r.p95ms / mini.p95ms).toFixed(2)}` : '–',
    ];
  });
  options.log('\nSpeed (top-20 live search through the API; stored = GET /api/listings/:id/matches)');
  options.log(formatTable(['engine', 'listings', 'index s', 'p50 ms', 'p95 ms', 'stored p50', 'stored p95', 'refresh ms', '× MiniSearch p50/p95'], rows));
  return results;
}
