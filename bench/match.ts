/**
 * Quality benchmark of cross-language matching (npm run bench:match; not part of npm test).
 *
 * 1. XQuAD: questions as needs, the 120 paragraphs as offers, every query→corpus pair among en, de, zh,
 *    vi: Recall@1, Recall@10, MRR (same language is the ceiling).
 * 2. Tatoeba: top-1 accuracy xx→eng over 1,000 sentence pairs.
 * 3. MELO: job titles → ESCO occupation names, MRR per dataset folder, beside the published baselines.
 * 4. Speed at scale: synthetic corpora of 10k and 100k listings, indexed by the DB-backed engine on PGlite
 *    and PostgreSQL (DATABASE_URL), top-20 latency through the API, MiniSearch beside (lib/match-speed.ts).
 *
 * Flags: --data <dir> (default ../shared/benchdata) --json <file> (default bench-results/match.json)
 *        --provider builtin|http --url <embedding server> --model <name> --dimension <n> --only xquad,tatoeba,melo
 *        (http also: --batch-size, --timeout-ms, --query-prefix 'query: ', --document-prefix 'passage: ';
 *        the API key, if the server needs one, from EMBEDDINGS_API_KEY)
 *        --detect-language (ignore the languages the data sets state; detect each text's language)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtinProvider } from './lib/match-builtin.js';
import { meloDatasets, meloLanguages, readMelo, readTatoeba, readXquad, xquadPair, type XquadLanguage } from './lib/match-data.js';
import { httpProvider } from './lib/match-http.js';
import { retrievalScores, type MatchProvider } from './lib/match-metrics.js';
import { runSpeed, type SpeedResult } from './lib/match-speed.js';
import { formatTable } from './lib/table.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Same search order as test/helpers/shared.ts: beside the project, else the workplace's /work/shared. */
function defaultDataDir(): string {
  const candidates = [resolve(repoRoot, '../shared/benchdata'), '/work/shared/benchdata'];
  return candidates.find((dir) => existsSync(dir)) ?? resolve(repoRoot, '../shared/benchdata');
}

const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', default: defaultDataDir() },
    json: { type: 'string', default: resolve(repoRoot, 'bench-results/match.json') },
    provider: { type: 'string', default: 'builtin' },
    url: { type: 'string' },
    model: { type: 'string', default: 'default' },
    dimension: { type: 'string' },
    'batch-size': { type: 'string', default: '64' },
    'timeout-ms': { type: 'string', default: '120000' },
    'query-prefix': { type: 'string', default: '' },
    'document-prefix': { type: 'string', default: '' },
    only: { type: 'string', default: 'xquad,tatoeba,melo,speed' },
    'speed-sizes': { type: 'string', default: '10000,100000' },
    'speed-queries': { type: 'string', default: '200' },
    'detect-language': { type: 'boolean', default: false },
  },
});
const sets = new Set(flags.only.split(','));

const XQUAD_LANGUAGES = ['en', 'de', 'zh', 'vi'] as const;
/** Content-language codes the engine uses for the data sets' language codes. */
const LANGUAGE_CODE: Readonly<Record<string, string>> = {
  en: 'en', de: 'de', zh: 'zh-Hans', vi: 'vi', fr: 'fr',
  eng: 'en', deu: 'de', cmn: 'zh-Hans', vie: 'vi', fra: 'fr', spa: 'es', jpn: 'ja', kor: 'ko', rus: 'ru', ara: 'ar',
};
const TATOEBA_LANGUAGES = ['deu', 'cmn', 'vie', 'fra', 'spa', 'jpn', 'kor', 'rus', 'ara'];
const code = (language: string): string => LANGUAGE_CODE[language] ?? language;
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

interface Results {
  mode: string;
  xquad: Array<{ query: string; corpus: string; 'recall@1': number; 'recall@10': number; mrr: number }>;
  tatoeba: Array<{ lang: string; top1: number }>;
  melo: Array<{ dataset: string; mrr: number }>;
  speed: SpeedResult[];
  setup?: Record<string, unknown>;
}

async function provider(): Promise<{ provider: MatchProvider; setup: Record<string, unknown> }> {
  if (flags.provider === 'http') {
    if (!flags.url) throw new Error('--provider http needs --url <embedding server base URL>');
    if (!flags.dimension) throw new Error("--provider http needs --dimension <the model's vector length>");
    const settings = {
      url: flags.url,
      model: flags.model,
      dimension: Number(flags.dimension),
      apiKey: process.env.EMBEDDINGS_API_KEY ?? null,
      timeoutMs: Number(flags['timeout-ms']),
      batchSize: Number(flags['batch-size']),
      queryPrefix: flags['query-prefix'],
      documentPrefix: flags['document-prefix'],
    };
    const { apiKey, ...shown } = settings;
    return { provider: httpProvider(settings), setup: { ...shown, apiKey: apiKey ? 'set' : 'none' } };
  }
  if (flags.provider !== 'builtin') throw new Error(`--provider must be builtin or http, not ${flags.provider}`);
  const setup = await builtinProvider(flags['detect-language']);
  const d = setup.dictionaries;
  console.log(
    `dictionaries: ${d.built ? `built in ${(d.buildMs / 1000).toFixed(1)} s, ` : ''}loaded in ${Math.round(d.loadMs)} ms ` +
      `(${(d.cacheBytes / 2 ** 20).toFixed(1)} MiB on disk, +${setup.heapMiB.toFixed(0)} MiB heap) from ${d.cacheDir}`,
  );
  for (const [language, info] of Object.entries(d.languages)) console.log(`  ${language}: ${info.entries} entries — ${info.sources.join('; ')}`);
  for (const missing of d.missing) console.log(`  missing: ${missing}`);
  console.log(`language identifier: ${setup.identifier} (loaded in ${Math.round(setup.identifierLoadMs)} ms)`);
  return {
    provider: setup.provider,
    setup: {
      dictionaries: d,
      identifier: setup.identifier,
      identifierLoadMs: Math.round(setup.identifierLoadMs),
      heapMiB: Math.round(setup.heapMiB),
      detectLanguage: flags['detect-language'],
    },
  };
}

async function runXquad(p: MatchProvider, results: Results): Promise<void> {
  const data = new Map<string, XquadLanguage>();
  for (const language of XQUAD_LANGUAGES) {
    const set = readXquad(flags.data, language);
    if (set) data.set(language, set);
  }
  if (data.size === 0) return console.log('xquad: not found, skipped');
  const rows: string[][] = [];
  for (const [query, queries] of data) {
    for (const [corpus, paragraphs] of data) {
      const set = xquadPair(queries, paragraphs);
      const scores = retrievalScores(set, await p.rank(set, { query: code(query), corpus: code(corpus) }, 10));
      results.xquad.push({ query, corpus, 'recall@1': round(scores.recallAt1), 'recall@10': round(scores.recallAt10), mrr: round(scores.mrr) });
      rows.push([`${query}→${corpus}`, scores.recallAt1.toFixed(3), scores.recallAt10.toFixed(3), scores.mrr.toFixed(3), String(scores.queries)]);
    }
  }
  console.log(`\nXQuAD (questions → ${data.get('en')?.paragraphs.length ?? '?'} paragraphs)`);
  console.log(formatTable(['pair', 'R@1', 'R@10', 'MRR', 'queries'], rows));
}

async function runTatoeba(p: MatchProvider, results: Results): Promise<void> {
  const rows: string[][] = [];
  for (const language of TATOEBA_LANGUAGES) {
    const set = readTatoeba(flags.data, language);
    if (!set) continue;
    const scores = retrievalScores(set, await p.rank(set, { query: code(language), corpus: 'en' }, 1));
    results.tatoeba.push({ lang: language, top1: round(scores.recallAt1) });
    rows.push([`${language}→eng`, (scores.recallAt1 * 100).toFixed(1), String(scores.queries)]);
  }
  if (rows.length === 0) return console.log('tatoeba: not found, skipped');
  console.log('\nTatoeba (top-1 accuracy %, each sentence against all English lines)');
  console.log(formatTable(['pair', 'top-1 %', 'pairs'], rows));
}

/** Published MRR per dataset and baseline from anchors/melo_baselines.csv, when present. */
function meloAnchors(): Map<string, Map<string, number>> {
  const path = join(flags.data, 'anchors', 'melo_baselines.csv');
  const out = new Map<string, Map<string, number>>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [key, , dataset, mrr] = line.split(',');
    if (!key || !dataset || mrr === undefined) continue;
    const row = out.get(dataset) ?? new Map<string, number>();
    row.set(key, Number(mrr));
    out.set(dataset, row);
  }
  return out;
}

async function runMelo(p: MatchProvider, results: Results): Promise<void> {
  const datasets = meloDatasets(flags.data);
  if (datasets.length === 0) return console.log('melo: not found, skipped');
  const anchors = meloAnchors();
  const rows: string[][] = [];
  for (const dataset of datasets) {
    const set = readMelo(flags.data, dataset);
    const languages = meloLanguages(dataset);
    const scores = retrievalScores(set, await p.rank(set, { query: code(languages.query), corpus: code(languages.corpus) }, 100));
    results.melo.push({ dataset, mrr: round(scores.mrr) });
    const anchor = (key: string): string => anchors.get(dataset)?.get(key)?.toFixed(3) ?? '–';
    rows.push([dataset, scores.mrr.toFixed(3), anchor('bm25'), anchor('char_tf_idf'), anchor('me5'), String(scores.queries)]);
  }
  console.log('\nMELO (job title → ESCO occupation, MRR; published baselines beside)');
  console.log(formatTable(['dataset', 'MRR', 'bm25', 'char-tfidf', 'me5-large', 'queries'], rows));
}

const { provider: p, setup } = await provider();
const results: Results = { mode: p.mode, xquad: [], tatoeba: [], melo: [], speed: [], setup };
const started = performance.now();
if (sets.has('xquad')) await runXquad(p, results);
if (sets.has('tatoeba')) await runTatoeba(p, results);
if (sets.has('melo')) await runMelo(p, results);
if (sets.has('speed')) {
  results.speed = await runSpeed({
    sizes: flags['speed-sizes'].split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
    postgresUrl: process.env.DATABASE_URL ?? null,
    queries: Number(flags['speed-queries']),
    seed: 7,
    log: (line) => console.log(line),
  });
}
console.log(`\nbenchmark time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
mkdirSync(dirname(flags.json), { recursive: true });
writeFileSync(flags.json, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${flags.json}`);
