/**
 * The bridge's dictionaries and fastText, loaded once per app and shared by every matching job and query.
 *
 * Start-up is not delayed: loading begins in the background (src/main.ts starts it after the server
 * listens; tests start it with their first matching job). The engine reports "warming_up" meanwhile:
 * stored matches are served, live searches answer 503 MATCHING_NOT_READY, jobs wait. When the compiled
 * cache is missing or stale (first start, a dictionary package installed or updated), compiling happens
 * in a worker thread; then the cache loads on the main thread in a fraction of a second.
 */
import type { DictionaryReport, DictionarySources } from './text/dictionaries.js';
import { loadLexicons } from './text/dictionaries.js';
import { heuristicLanguageIdentifier, loadFastTextLanguageIdentifier, type LanguageIdentifier } from './text/language.js';
import { TextBridge } from './text/pivot.js';
import type { TaxonomyTerms } from './text/sources/taxonomy.js';
import { siblingModule, spawnWorker } from '../meetings/scheduling/spawn-worker.js';
import type { ConceptParents } from './signals.js';
import { ConceptTagger, type TaggableConcept } from './tagging.js';

export type TaxonomyForMatching = ReadonlyArray<TaggableConcept & TaxonomyTerms & { kind: string; parent?: string | null }>;

export interface MatchingText {
  bridge: TextBridge;
  tagger: ConceptTagger;
  parents: ConceptParents;
  dictionaries: DictionaryReport;
  identifier: string;
}

export type TextState =
  | { state: 'idle' }
  | { state: 'warming_up'; since: Date }
  | { state: 'ready'; dictionaries: DictionaryReport; identifier: string; warmUpMs: number }
  | { state: 'failed'; error: string };

export interface MatchingTextService {
  status(): TextState;
  /** Starts loading if it has not started; resolves when ready (the same result for every caller). */
  load(): Promise<MatchingText>;
  /** The loaded text tools, or null while warming up. */
  current(): MatchingText | null;
}

export interface MatchingTextOptions {
  sources: DictionarySources;
  taxonomy: TaxonomyForMatching;
  cacheDir: string;
  /** Compile a stale cache in a worker thread (the default); false compiles on the calling thread. */
  compileInWorker?: boolean;
  /** Load fastText's language identifier (the default); false uses the script heuristic. */
  fastText?: boolean;
}

function compileInWorker(options: MatchingTextOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker(siblingModule(import.meta.url, 'lexicon-worker'), { sources: options.sources, taxonomy: options.taxonomy, cacheDir: options.cacheDir });
    worker.once('message', (message: { ok: boolean; error?: string }) => (message.ok ? resolve() : reject(new Error(message.error ?? 'lexicon worker failed'))));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lexicon worker exited with ${code}`))));
  });
}

export function matchingTextService(options: MatchingTextOptions): MatchingTextService {
  let state: TextState = { state: 'idle' };
  let loading: Promise<MatchingText> | null = null;
  let loaded: MatchingText | null = null;
  const start = async (): Promise<MatchingText> => {
    const began = performance.now();
    state = { state: 'warming_up', since: new Date() };
    try {
      if (options.compileInWorker !== false) {
        // A worker that cannot start (or fails) leaves the compile to the main thread below.
        await compileInWorker(options).catch(() => undefined);
      }
      const { lexicons, report } = loadLexicons({ sources: options.sources, taxonomy: options.taxonomy, cacheDir: options.cacheDir });
      let identifier: LanguageIdentifier = heuristicLanguageIdentifier;
      if (options.fastText !== false) identifier = await loadFastTextLanguageIdentifier().catch(() => heuristicLanguageIdentifier);
      const parents = new Map<string, string>();
      for (const c of options.taxonomy) if (c.parent) parents.set(c.code, c.parent);
      loaded = { bridge: new TextBridge({ lexicons, identifier }), tagger: new ConceptTagger(options.taxonomy), parents, dictionaries: report, identifier: identifier.name };
      state = { state: 'ready', dictionaries: report, identifier: identifier.name, warmUpMs: Math.round(performance.now() - began) };
      return loaded;
    } catch (error) {
      state = { state: 'failed', error: error instanceof Error ? error.message : String(error) };
      loading = null;
      throw error;
    }
  };
  return {
    status: () => state,
    load: () => (loading ??= start()),
    current: () => loaded,
  };
}
