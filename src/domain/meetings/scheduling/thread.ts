/**
 * Runs scheduleMeetings in its own worker thread and ends the thread when the answer is in or when the
 * time limit plus a grace period has passed (a solver stuck in WebAssembly cannot be interrupted otherwise).
 */
import type { ScheduleResult, SchedulingInstance } from './model.js';
import { siblingModule, spawnWorker } from './spawn-worker.js';

/** The scheduler as the rest of the application sees it (a port: tests may hand in another). */
export interface MeetingScheduler {
  schedule(instance: SchedulingInstance, options: { timeLimitMs: number; seed?: number }): Promise<ScheduleResult>;
}

/** Beyond the time limit: the LP bound's minimum time, worker start-up and verification. */
const GRACE_MS = 20_000;

export const workerThreadScheduler: MeetingScheduler = {
  schedule(instance, options) {
    return new Promise<ScheduleResult>((resolve, reject) => {
      const worker = spawnWorker(siblingModule(import.meta.url, 'schedule-worker'), { instance, timeLimitMs: options.timeLimitMs, seed: options.seed ?? 1 });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`the scheduler did not answer within ${options.timeLimitMs + GRACE_MS} ms`));
      }, options.timeLimitMs + GRACE_MS);
      const finish = () => {
        clearTimeout(timer);
        void worker.terminate();
      };
      worker.once('message', (message: { ok: true; result: ScheduleResult } | { ok: false; error: string }) => {
        finish();
        if (message.ok) resolve(message.result);
        else reject(new Error(message.error));
      });
      worker.once('error', (error) => {
        finish();
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the scheduler thread stopped (exit code ${code})`));
      });
    });
  },
};
