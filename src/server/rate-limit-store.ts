import { sql } from 'drizzle-orm';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { queryRows, type Db } from '../db/client.js';
import type { Clock } from '../domain/ports.js';

/**
 * Fixed-window counters in the database, so a limit holds across every app server behind a load
 * balancer (an in-memory store would give each server its own budget).
 */
export function databaseRateLimitStore(db: Db, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(private readonly prefix = 'global') {}
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = clock.now();
      const reset = new Date(now.getTime() + timeWindow);
      queryRows<{ count: number; reset_at: Date | string }>(
        db,
        sql`INSERT INTO rate_limits (key, count, reset_at) VALUES (${`${this.prefix}|${key}`}, 1, ${reset.toISOString()}::timestamptz)
            ON CONFLICT (key) DO UPDATE SET
              count = CASE WHEN rate_limits.reset_at <= ${now.toISOString()}::timestamptz THEN 1 ELSE rate_limits.count + 1 END,
              reset_at = CASE WHEN rate_limits.reset_at <= ${now.toISOString()}::timestamptz THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
            RETURNING count, reset_at`,
      ).then(
        ([row]) => {
          const resetAt = row ? new Date(row.reset_at).getTime() : reset.getTime();
          callback(null, { current: Number(row?.count ?? 1), ttl: Math.max(0, resetAt - now.getTime()) });
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    child(routeOptions: object): FastifyRateLimitStore {
      // The plugin passes its merged parameters (typed as route options): routeInfo names the route.
      // Each route with its own limit counts in its own namespace.
      const info = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new DatabaseStore(`${String(info?.method ?? '')} ${info?.url ?? 'route'}`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
