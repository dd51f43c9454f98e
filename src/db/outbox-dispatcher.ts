import { sql } from 'drizzle-orm';
import type { MailTransport } from '../domain/ports.js';
import { queryRows, type Db } from './client.js';

const MAX_ATTEMPTS = 5;

/**
 * Sends queued mail after the transactions that wrote it have committed. Rows are claimed with
 * FOR UPDATE SKIP LOCKED so several app servers never send the same mail twice.
 */
export async function dispatchOutbox(db: Db, transport: MailTransport, batchSize = 20): Promise<number> {
  let sent = 0;
  for (;;) {
    const handled = await db.transaction(async (tx) => {
      const rows = await queryRows<{ id: string; to_address: string; subject: string; body_text: string; headers: Record<string, string> | null; attempts: number }>(
        tx,
        sql`SELECT id, to_address, subject, body_text, headers, attempts FROM outbox
            WHERE status = 'queued' ORDER BY created_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`,
      );
      for (const row of rows) {
        if (transport.kind === 'store-only') {
          await tx.execute(sql`UPDATE outbox SET status = 'stored' WHERE id = ${row.id}`);
          continue;
        }
        try {
          await transport.send({ to: row.to_address, subject: row.subject, text: row.body_text, headers: row.headers ?? {} });
          await tx.execute(sql`UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = ${row.id}`);
          sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await tx.execute(
            sql`UPDATE outbox SET attempts = attempts + 1, last_error = ${message.slice(0, 500)},
                status = CASE WHEN attempts + 1 >= ${MAX_ATTEMPTS} THEN 'failed' ELSE 'queued' END WHERE id = ${row.id}`,
          );
        }
      }
      return rows.length;
    });
    if (handled < batchSize) return sent;
  }
}
