/** Reference data every installation needs, demo or not: the taxonomy and the platform admin. */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../domain/accounts/secrets.js';
import type { UnitOfWork } from '../../domain/ports.js';
import type { Db } from '../client.js';
import { taxonomyConcepts } from '../schema.js';
import { TAXONOMY } from './taxonomy.js';

export async function ensureTaxonomy(db: Db): Promise<void> {
  for (const c of TAXONOMY) {
    await db
      .insert(taxonomyConcepts)
      .values({ code: c.code, kind: c.kind, parent: c.parent ?? null, labels: c.labels, synonyms: c.synonyms })
      .onConflictDoUpdate({
        target: taxonomyConcepts.code,
        set: { kind: sql`excluded.kind`, parent: sql`excluded.parent`, labels: sql`excluded.labels`, synonyms: sql`excluded.synonyms` },
      });
  }
}

/** Creates the platform admin if missing; returns the password when one was generated now. */
export async function ensurePlatformAdmin(uow: UnitOfWork, email: string, password: string | null): Promise<{ created: boolean; password: string | null }> {
  return uow.run(async (s) => {
    const existing = await s.accounts.findUserByEmail(email);
    if (existing) {
      if (!existing.isPlatformAdmin) await s.accounts.updateUser(existing.id, { isPlatformAdmin: true });
      return { created: false, password: null };
    }
    const chosen = password ?? randomBytes(12).toString('base64url');
    await s.accounts.insertUser({ id: randomUUID(), email, passwordHash: await hashPassword(chosen), displayName: 'Platform administrator', locale: null, isPlatformAdmin: true });
    return { created: true, password: chosen };
  });
}


/** Settings key written when the demo data set has been loaded. */
export const DEMO_SETTING = 'demo_data_loaded';
