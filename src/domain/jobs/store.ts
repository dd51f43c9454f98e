/**
 * The job queue's storage port: jobs written in the caller's transaction, claimed one at a time with
 * FOR UPDATE SKIP LOCKED (several app servers never run the same job), finished or rescheduled.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobRecord {
  id: string;
  kind: string;
  key: string | null;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lockedAt: Date | null;
  lastError: string | null;
  progressDone: number | null;
  progressTotal: number | null;
  result: Record<string, unknown> | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewJob {
  kind: string;
  /** At most one queued job per (kind, key): enqueueing the same key again while it waits does nothing. */
  key?: string | null;
  payload?: Record<string, unknown>;
  runAfter?: Date;
  maxAttempts?: number;
}

export interface JobStore {
  /** Returns the job's id and whether a new job was created (false: an equal one was already queued). */
  enqueue(job: NewJob): Promise<{ id: string; created: boolean }>;
  /** Many at once (a re-index), with the same singleton rule; returns how many were created. */
  enqueueMany(jobs: readonly NewJob[]): Promise<number>;
  /**
   * Claims the next due job of these kinds: queued and due, or running but silent since `staleBefore`
   * (its server died). A queued job whose key is being run elsewhere waits, so one key never runs twice
   * at once. Marks it running and counts the attempt.
   */
  claim(kinds: readonly string[], now: Date, staleBefore: Date): Promise<JobRecord | null>;
  complete(id: string, at: Date, result?: Record<string, unknown>): Promise<void>;
  /** Back to queued until runAfter, keeping the error. */
  retry(id: string, error: string, runAfter: Date): Promise<void>;
  fail(id: string, error: string, at: Date): Promise<void>;
  /** Progress report; also tells the queue the job is alive. */
  progress(id: string, done: number, total: number, at: Date, result?: Record<string, unknown>): Promise<void>;
  find(id: string): Promise<JobRecord | null>;
  /** True while a job of these kinds for this key is queued or running. */
  isPending(kinds: readonly string[], key: string): Promise<boolean>;
  latest(kind: string): Promise<JobRecord | null>;
  counts(kinds: readonly string[]): Promise<Record<JobStatus, number>>;
  /** Deletes finished jobs older than `before`; returns how many. */
  purgeFinished(before: Date): Promise<number>;
}
