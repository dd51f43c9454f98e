/**
 * Running jobs: claim in one short transaction, work with no transaction open (handlers open their own),
 * then record the outcome. A handler that throws is retried with exponential backoff until its attempts
 * are used up; handlers must be idempotent (a job may run again after a crash between work and record).
 */
import type { Clock, Stores } from '../ports.js';
import type { JobRecord } from './store.js';

export interface JobContext {
  /** Reports progress (done of total) and keeps the claim alive. */
  progress(done: number, total: number, details?: Record<string, unknown>): Promise<void>;
}

/** Does the work of one job; may return an outcome to keep with it. Throw to retry later. */
export type JobHandler = (job: JobRecord, context: JobContext) => Promise<Record<string, unknown> | void>;

export interface JobQueueOptions {
  /** First retry after this long; doubled per attempt, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A running job not heard of for this long is taken over by another worker. */
  staleAfterMs: number;
}

export const DEFAULT_JOB_QUEUE_OPTIONS: JobQueueOptions = { backoffMs: 10_000, maxBackoffMs: 30 * 60_000, staleAfterMs: 10 * 60_000 };

export interface JobOutcome {
  id: string;
  kind: string;
  key: string | null;
  status: 'done' | 'retry' | 'failed';
  error?: string;
}

interface TransactionRunner {
  run<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}

export function backoffDelayMs(attempts: number, options: JobQueueOptions): number {
  return Math.min(options.maxBackoffMs, options.backoffMs * 2 ** Math.max(0, attempts - 1));
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** Claims and runs one due job of the given kinds; null when none is due. */
export async function runNextJob(
  uow: TransactionRunner,
  clock: Clock,
  handlers: Readonly<Record<string, JobHandler>>,
  options: JobQueueOptions = DEFAULT_JOB_QUEUE_OPTIONS,
): Promise<JobOutcome | null> {
  const now = clock.now();
  const job = await uow.run((s) => s.jobs.claim(Object.keys(handlers), now, new Date(now.getTime() - options.staleAfterMs)));
  if (!job) return null;
  const handler = handlers[job.kind];
  const context: JobContext = {
    progress: (done, total, details) => uow.run((s) => s.jobs.progress(job.id, done, total, clock.now(), details)),
  };
  try {
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    const result = await handler(job, context);
    await uow.run((s) => s.jobs.complete(job.id, clock.now(), result ?? undefined));
    return { id: job.id, kind: job.kind, key: job.key, status: 'done' };
  } catch (error) {
    const message = errorText(error);
    if (job.attempts >= job.maxAttempts) {
      await uow.run((s) => s.jobs.fail(job.id, message, clock.now()));
      return { id: job.id, kind: job.kind, key: job.key, status: 'failed', error: message };
    }
    const runAfter = new Date(clock.now().getTime() + backoffDelayMs(job.attempts, options));
    await uow.run((s) => s.jobs.retry(job.id, message, runAfter));
    return { id: job.id, kind: job.kind, key: job.key, status: 'retry', error: message };
  }
}

/** Runs due jobs until none is left (jobs rescheduled for later are not waited for). */
export async function runDueJobs(
  uow: TransactionRunner,
  clock: Clock,
  handlers: Readonly<Record<string, JobHandler>>,
  options: JobQueueOptions = DEFAULT_JOB_QUEUE_OPTIONS,
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (let next = await runNextJob(uow, clock, handlers, options); next; next = await runNextJob(uow, clock, handlers, options)) outcomes.push(next);
  return outcomes;
}
