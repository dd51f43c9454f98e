import type { FastifyInstance, FastifyBaseLogger, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { EmbeddingProvider } from '../domain/matching/embeddings/provider.js';
import type { DigestSweepResult } from '../domain/alerts/digests.js';
import type { JobOutcome } from '../domain/jobs/queue.js';
import type { MatchingEngine } from '../domain/matching/engine.js';
import type { Actor, Clock, UnitOfWork } from '../domain/ports.js';
import { fail } from '../domain/errors.js';

export interface AppContext {
  config: Config;
  clock: Clock;
  database: Database;
  uow: UnitOfWork;
  /** Semantic embeddings (EMBEDDINGS_PROVIDER), or null: matching then runs on the built-in bridge alone. */
  embeddings: EmbeddingProvider | null;
  /** The matching engine (stored matches are read through ctx.uow; live searches and jobs go through it). */
  matching: MatchingEngine;
  /** Carries out due matching jobs (refreshes, embeddings, re-index) until none is left (also on a timer). */
  runMatchingJobs: () => Promise<JobOutcome[]>;
  /** True when the demo data set is loaded (shown in the UI). */
  demo: () => Promise<boolean>;
  /** Sends queued mail now (also runs on a timer). */
  flushOutbox: () => Promise<void>;
  /** Carries out queued scheduler runs (also runs on a timer and right after a run is queued). */
  runScheduleJobs: () => Promise<Array<{ runId: string; eventId: string; status: 'done' | 'failed' }>>;
  /**
   * Mails the alert digests (saved searches, match alerts) whose day or week has none yet; safe on several
   * servers at once (runs on a timer). A subscription that fails is reported to onError and retried next time.
   */
  sendAlertDigests: (onError?: (error: unknown) => void) => Promise<DigestSweepResult>;
  /** Expires unanswered meeting requests and sends reminders (runs on a timer). */
  sweepMeetingRequests: () => Promise<{ expired: number; reminded: number }>;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'innox_session';
export const CSRF_COOKIE = 'innox_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function requireActor(actor: Actor | null): Actor {
  return actor ?? fail('UNAUTHENTICATED');
}

export function today(ctx: AppContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}
