import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { OutboxItem, PlatformStore, TaxonomyConcept } from '../../domain/platform/store.js';
import type { Executor } from '../client.js';
import { auditLog, outbox, settings, taxonomyConcepts } from '../schema.js';

/** Taxonomy changes rarely; the cache lives as long as one app instance (passed in by the composition root). */
export interface TaxonomyCache {
  concepts: TaxonomyConcept[] | null;
}

export function platformStore(db: Executor, cache: TaxonomyCache): PlatformStore {
  const taxonomy = async () => {
    if (!cache.concepts) {
      const rows = await db.select().from(taxonomyConcepts).orderBy(taxonomyConcepts.code);
      cache.concepts = rows.map((r) => ({ ...r, kind: r.kind === 'sector' ? 'sector' : 'keyword' }));
    }
    return cache.concepts;
  };
  return {
    async audit(entry) {
      await db.insert(auditLog).values({ id: randomUUID(), ...entry, details: entry.details ?? {} });
    },
    async enqueueMail(mail) {
      const id = randomUUID();
      await db.insert(outbox).values({ id, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ?? {} });
      return id;
    },
    async discardMailTo(suffix) {
      const rows = await db
        .delete(outbox)
        .where(and(eq(outbox.status, 'queued'), like(outbox.to, `%${suffix.replace(/[\\%_]/g, (c) => `\\${c}`)}`)))
        .returning({ id: outbox.id });
      return rows.length;
    },
    async listOutbox(limit) {
      const rows = await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
      return rows.map((r) => ({ ...r, status: r.status as OutboxItem['status'] }));
    },
    taxonomy,
    async unknownConcepts(codes, kind) {
      const unique = [...new Set(codes)];
      const rows = await db
        .select({ code: taxonomyConcepts.code })
        .from(taxonomyConcepts)
        .where(and(inArray(taxonomyConcepts.code, unique), eq(taxonomyConcepts.kind, kind)));
      const known = new Set(rows.map((r) => r.code));
      return unique.filter((c) => !known.has(c));
    },
    async getSetting(key) {
      const [row] = await db.select().from(settings).where(eq(settings.key, key)).limit(1);
      return row?.value ?? null;
    },
    async setSetting(key, value) {
      await db
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    },
  };
}
