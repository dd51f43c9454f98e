import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { JobRecord, JobStatus, JobStore, NewJob } from '../../domain/jobs/store.js';
import { queryRows, type Executor } from '../client.js';
import { jobs } from '../schema.js';

type JobRow = typeof jobs.$inferSelect;

function toRecord(row: JobRow): JobRecord {
  return { ...row, status: row.status as JobStatus, result: row.result ?? null };
}

interface RawJobRow {
  id: string;
  kind: string;
  key: string | null;
  payload: Record<string, unknown>;
  status: string;
  attempts: number;
  max_attempts: number;
  run_after: Date | string;
  locked_at: Date | string | null;
  last_error: string | null;
  progress_done: number | null;
  progress_total: number | null;
  result: Record<string, unknown> | null;
  created_at: Date | string;
  finished_at: Date | string | null;
}

const date = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

function fromRaw(r: RawJobRow): JobRecord {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    payload: r.payload,
    status: r.status as JobStatus,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    runAfter: date(r.run_after),
    lockedAt: r.locked_at === null ? null : date(r.locked_at),
    lastError: r.last_error,
    progressDone: r.progress_done === null ? null : Number(r.progress_done),
    progressTotal: r.progress_total === null ? null : Number(r.progress_total),
    result: r.result,
    createdAt: date(r.created_at),
    finishedAt: r.finished_at === null ? null : date(r.finished_at),
  };
}

export function jobStore(db: Executor): JobStore {
  const insert = async (list: readonly NewJob[]): Promise<Array<{ id: string; kind: string; key: string | null }>> => {
    if (list.length === 0) return [];
    // Without a time, a job is due at once by any clock (the app's clock may be injected, e.g. in tests).
    const now = new Date(0);
    return db
      .insert(jobs)
      .values(
        list.map((j) => ({
          id: randomUUID(),
          kind: j.kind,
          key: j.key ?? null,
          payload: j.payload ?? {},
          maxAttempts: j.maxAttempts ?? 5,
          runAfter: j.runAfter ?? now,
        })),
      )
      // One queued job per key: a second request while the first waits is the same work.
      .onConflictDoNothing({ target: [jobs.kind, jobs.key], where: sql`status = 'queued'` })
      .returning({ id: jobs.id, kind: jobs.kind, key: jobs.key });
  };
  return {
    async enqueue(job) {
      const [created] = await insert([job]);
      if (created) return { id: created.id, created: true };
      const [existing] = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.kind, job.kind), eq(jobs.key, job.key ?? ''), eq(jobs.status, 'queued')))
        .limit(1);
      return { id: existing?.id ?? '', created: false };
    },
    async enqueueMany(list) {
      let created = 0;
      for (let i = 0; i < list.length; i += 1000) created += (await insert(list.slice(i, i + 1000))).length;
      return created;
    },
    async claim(kinds, now, staleBefore) {
      const rows = await queryRows<RawJobRow>(
        db,
        sql`UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = ${now}
            WHERE id = (
              SELECT j.id FROM jobs j
              WHERE j.kind IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
                AND ((j.status = 'queued' AND j.run_after <= ${now}) OR (j.status = 'running' AND j.locked_at < ${staleBefore}))
                AND (j.key IS NULL OR j.status = 'running' OR NOT EXISTS (
                  SELECT 1 FROM jobs r WHERE r.kind = j.kind AND r.key = j.key AND r.status = 'running' AND r.locked_at >= ${staleBefore}))
              ORDER BY j.run_after, j.created_at
              LIMIT 1
              FOR UPDATE SKIP LOCKED)
            RETURNING *`,
      );
      const row = rows[0];
      return row ? fromRaw(row) : null;
    },
    async complete(id, at, result) {
      await db
        .update(jobs)
        .set({ status: 'done', finishedAt: at, lockedAt: null, ...(result ? { result } : {}) })
        .where(eq(jobs.id, id));
    },
    async retry(id, error, runAfter) {
      await db.update(jobs).set({ status: 'queued', lastError: error, runAfter, lockedAt: null }).where(eq(jobs.id, id));
    },
    async fail(id, error, at) {
      await db.update(jobs).set({ status: 'failed', lastError: error, finishedAt: at, lockedAt: null }).where(eq(jobs.id, id));
    },
    async progress(id, done, total, at, result) {
      await db
        .update(jobs)
        .set({ progressDone: done, progressTotal: total, lockedAt: at, ...(result ? { result } : {}) })
        .where(eq(jobs.id, id));
    },
    async find(id) {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
      return row ? toRecord(row) : null;
    },
    async isPending(kinds, key) {
      if (kinds.length === 0) return false;
      const [row] = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(inArray(jobs.kind, [...kinds]), eq(jobs.key, key), inArray(jobs.status, ['queued', 'running'])))
        .limit(1);
      return !!row;
    },
    async latest(kind) {
      const [row] = await db.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(1);
      return row ? toRecord(row) : null;
    },
    async counts(kinds) {
      const out: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
      if (kinds.length === 0) return out;
      const rows = await db
        .select({ status: jobs.status, n: sql<number>`count(*)::int` })
        .from(jobs)
        .where(inArray(jobs.kind, [...kinds]))
        .groupBy(jobs.status);
      for (const r of rows) if (r.status in out) out[r.status as JobStatus] = Number(r.n);
      return out;
    },
    async purgeFinished(before) {
      const rows = await db
        .delete(jobs)
        .where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.finishedAt, before)))
        .returning({ id: jobs.id });
      return rows.length;
    },
  };
}
