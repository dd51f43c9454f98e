/**
 * Worker thread running the whole scheduler (local search, and the clingo and HiGHS workers it starts)
 * so that an event's scheduling never blocks the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SchedulingInstance } from './model.js';
import { scheduleMeetings } from './schedule.js';

const { instance, timeLimitMs, seed } = workerData as { instance: SchedulingInstance; timeLimitMs: number; seed: number };

scheduleMeetings(instance, { timeLimitMs, seed }).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
