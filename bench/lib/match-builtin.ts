/**
 * The built-in provider: the cross-language text bridge (dictionaries + BM25), no model.
 */
import { TAXONOMY } from '../../src/db/seed/taxonomy.js';
import { Bm25Index } from '../../src/domain/matching/text/bm25.js';
import {
  defaultDictionaryCacheDir,
  installedDictionarySources,
  loadLexicons,
  type DictionaryReport,
} from '../../src/domain/matching/text/dictionaries.js';
import {
  heuristicLanguageIdentifier,
  loadFastTextLanguageIdentifier,
  type LanguageIdentifier,
} from '../../src/domain/matching/text/language.js';
import { TextBridge } from '../../src/domain/matching/text/pivot.js';
import type { RetrievalSet } from './match-data.js';
import type { MatchProvider } from './match-metrics.js';

export interface BuiltinSetup {
  provider: MatchProvider;
  dictionaries: DictionaryReport;
  identifier: string;
  identifierLoadMs: number;
  heapMiB: number;
}

/** Loads the dictionaries and fastText once. detectLanguage: ignore the data set's stated languages. */
export async function builtinProvider(detectLanguage: boolean): Promise<BuiltinSetup> {
  const heapBefore = process.memoryUsage().heapUsed;
  const { lexicons, report } = loadLexicons({
    sources: installedDictionarySources(),
    taxonomy: TAXONOMY,
    cacheDir: defaultDictionaryCacheDir(),
  });
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const started = performance.now();
  let identifier: LanguageIdentifier;
  try {
    identifier = await loadFastTextLanguageIdentifier();
  } catch (error) {
    console.warn(`fastText language identifier unavailable (${String(error)}); using the heuristic`);
    identifier = heuristicLanguageIdentifier;
  }
  const identifierLoadMs = performance.now() - started;
  const bridge = new TextBridge({ lexicons, identifier });
  const provider: MatchProvider = {
    mode: 'builtin',
    rank: async (set: RetrievalSet, languages: { query: string; corpus: string }, depth: number) => {
      const index = new Bm25Index<string>();
      for (const doc of set.documents) index.add(doc.id, bridge.pivotTerms(doc.text, detectLanguage ? undefined : languages.corpus));
      return set.queries.map((q) =>
        index.search(bridge.pivotTerms(q.text, detectLanguage ? undefined : languages.query), depth).map((hit) => hit.id),
      );
    },
  };
  return { provider, dictionaries: report, identifier: identifier.name, identifierLoadMs, heapMiB };
}
