/**
 * A small generic job queue in the database (the shape of pg-boss's job table, so pg-boss could take
 * over on PostgreSQL later): jobs are written in the same transaction as the data they act on, claimed
 * with FOR UPDATE SKIP LOCKED, retried with backoff, and kept after they finish for progress and audit.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    /** Which handler runs it, e.g. 'matching.refresh'. */
    kind: text('kind').notNull(),
    /** Singleton key: at most one queued job per (kind, key); enqueueing again while it waits is a no-op. */
    key: text('key'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** queued → running → done | failed (a failed attempt with attempts left goes back to queued). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAfter: ts('run_after').notNull().defaultNow(),
    /** Set when claimed and on every progress report; a running job not heard of for a while is reclaimed. */
    lockedAt: ts('locked_at'),
    lastError: text('last_error'),
    progressDone: integer('progress_done'),
    progressTotal: integer('progress_total'),
    /** Free-form progress details and outcome (e.g. the phase of a re-index). */
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    uniqueIndex('jobs_queued_key').on(t.kind, t.key).where(sql`status = 'queued'`),
    index('jobs_claim_idx').on(t.status, t.runAfter),
    index('jobs_kind_created_idx').on(t.kind, t.createdAt),
    // "Is a refresh of this listing pending?" is asked on page views; a re-index queues a job per listing.
    index('jobs_key_idx').on(t.key, t.kind),
  ],
);
