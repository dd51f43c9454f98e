/**
 * Compiles the bridge's lexicons off the main thread when the cache is missing or stale (13–19 s and
 * ≈0.85 GiB once); with a fresh cache it only checks and loads. Reports back, then exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicons, type LoadLexiconsOptions } from './text/dictionaries.js';

const options = workerData as LoadLexiconsOptions;
try {
  const { report } = loadLexicons(options);
  parentPort?.postMessage({ ok: true, built: report.built, buildMs: report.buildMs });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
