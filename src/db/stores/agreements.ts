import { and, asc, desc, eq, exists, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { AgreementListFilter, AgreementParty, AgreementStore, AgreementView } from '../../domain/agreements/store.js';
import type { AgreementKind, AgreementVisibility } from '../../domain/agreements/vocab.js';
import { queryRows, type Executor } from '../client.js';
import type { AllowedFileType } from '../../domain/files/sniff.js';
import { agreementDocuments, agreementParties, agreements, events, files } from '../schema.js';

type Row = typeof agreements.$inferSelect;

/** `%` and `_` typed by a user are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function agreementStore(db: Executor): AgreementStore {
  async function partiesOf(ids: string[]): Promise<Map<string, AgreementParty[]>> {
    const out = new Map<string, AgreementParty[]>();
    if (!ids.length) return out;
    const rows = await db.select().from(agreementParties).where(inArray(agreementParties.agreementId, ids)).orderBy(asc(agreementParties.agreementId), asc(agreementParties.position));
    for (const r of rows) {
      const list = out.get(r.agreementId) ?? [];
      list.push({ organisationId: r.organisationId, name: r.name, country: r.country, region: r.region });
      out.set(r.agreementId, list);
    }
    return out;
  }

  async function present(rows: Row[]): Promise<AgreementView[]> {
    const parties = await partiesOf(rows.map((r) => r.id));
    const eventIds = [...new Set(rows.map((r) => r.eventId).filter((e): e is string => !!e))];
    const eventRows = eventIds.length
      ? await db.select({ id: events.id, title: events.title, defaultLanguage: events.defaultLanguage }).from(events).where(inArray(events.id, eventIds))
      : [];
    const byId = new Map(eventRows.map((e) => [e.id, e]));
    return rows.map((r) => ({
      ...r,
      kind: r.kind as AgreementKind,
      visibility: r.visibility as AgreementVisibility,
      parties: parties.get(r.id) ?? [],
      event: r.eventId ? (byId.get(r.eventId) ?? null) : null,
    }));
  }

  async function insertParties(agreementId: string, parties: AgreementParty[]): Promise<void> {
    if (!parties.length) return;
    await db.insert(agreementParties).values(parties.map((p, position) => ({ agreementId, position, ...p })));
  }

  function conditions(filter: AgreementListFilter): SQL[] {
    const out: SQL[] = [];
    if (!filter.seesEverything) {
      const visible: SQL[] = [eq(agreements.visibility, 'public')];
      if (filter.viewerOrganisationIds.length) visible.push(partyIn(filter.viewerOrganisationIds));
      out.push(or(...visible) as SQL);
    }
    if (filter.kind) out.push(eq(agreements.kind, filter.kind));
    if (filter.country) out.push(sql`${agreements.countries} @> ARRAY[${filter.country}]::text[]`);
    if (filter.sector) out.push(sql`${agreements.sectors} @> ARRAY[${filter.sector}]::text[]`);
    if (filter.year) out.push(sql`${agreements.signedOn} >= ${`${filter.year}-01-01`}::date AND ${agreements.signedOn} < ${`${filter.year + 1}-01-01`}::date`);
    if (filter.renewals) out.push(isNotNull(agreements.renewedFromId));
    if (filter.organisationId) out.push(partyIn([filter.organisationId]));
    const terminated = sql`(${agreements.terminatedOn} IS NOT NULL AND ${agreements.terminatedOn} <= ${filter.today}::date)`;
    if (filter.status === 'terminated') out.push(terminated);
    if (filter.status === 'expired') out.push(sql`NOT ${terminated} AND ${agreements.validUntil} < ${filter.today}::date`);
    if (filter.status === 'in_force') out.push(sql`NOT ${terminated} AND (${agreements.validUntil} IS NULL OR ${agreements.validUntil} >= ${filter.today}::date)`);
    if (filter.q) {
      const pattern = likePattern(filter.q.trim());
      out.push(
        or(
          sql`${agreements.title}::text ILIKE ${pattern}`,
          sql`${agreements.notes} ILIKE ${pattern}`,
          exists(db.select({ one: sql`1` }).from(agreementParties).where(and(eq(agreementParties.agreementId, agreements.id), or(sql`${agreementParties.name} ILIKE ${pattern}`, sql`${agreementParties.region} ILIKE ${pattern}`)))),
        ) as SQL,
      );
    }
    return out;
  }

  function partyIn(orgIds: string[]): SQL {
    return exists(db.select({ one: sql`1` }).from(agreementParties).where(and(eq(agreementParties.agreementId, agreements.id), inArray(agreementParties.organisationId, orgIds))));
  }

  return {
    async insert(agreement, parties) {
      await db.insert(agreements).values(agreement);
      await insertParties(agreement.id, parties);
    },
    async find(id) {
      const rows = await db.select().from(agreements).where(eq(agreements.id, id)).limit(1);
      return (await present(rows))[0] ?? null;
    },
    async update(id, patch, parties, expectedVersion) {
      const rows = await db
        .update(agreements)
        .set({ ...patch, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
        .where(and(eq(agreements.id, id), eq(agreements.version, expectedVersion)))
        .returning({ id: agreements.id });
      if (rows.length !== 1) return false;
      if (parties) {
        await db.delete(agreementParties).where(eq(agreementParties.agreementId, id));
        await insertParties(id, parties);
      }
      return true;
    },
    async delete(id) {
      await db.update(agreements).set({ renewedFromId: null }).where(eq(agreements.renewedFromId, id));
      await db.delete(agreements).where(eq(agreements.id, id));
    },
    async list(filter, page) {
      const where = and(...conditions(filter));
      const [rows, counted] = await Promise.all([
        db.select().from(agreements).where(where).orderBy(desc(agreements.signedOn), asc(agreements.id)).limit(page.limit).offset(page.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(agreements).where(where),
      ]);
      return { items: await present(rows), total: counted[0]?.n ?? 0 };
    },
    async countByYear(filter) {
      const year = sql<number>`extract(year from ${agreements.signedOn})::int`;
      const rows = await db
        .select({ year, kind: agreements.kind, count: sql<number>`count(*)::int`, renewals: sql<number>`count(${agreements.renewedFromId})::int` })
        .from(agreements)
        .where(and(...conditions(filter)))
        .groupBy(year, agreements.kind)
        .orderBy(year, agreements.kind);
      return rows.map((r) => ({ ...r, kind: r.kind as AgreementKind }));
    },
    async renewalsOf(id) {
      const rows = await db.select().from(agreements).where(eq(agreements.renewedFromId, id)).orderBy(asc(agreements.signedOn));
      const parties = await partiesOf(rows.map((r) => r.id));
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        defaultLanguage: r.defaultLanguage,
        signedOn: r.signedOn,
        visibility: r.visibility as AgreementVisibility,
        partyOrganisationIds: (parties.get(r.id) ?? []).flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
      }));
    },
    async ancestors(id, max) {
      const rows = await queryRows<{ id: string }>(db, sql`
        WITH RECURSIVE chain(id, renewed_from_id, depth) AS (
          SELECT id, renewed_from_id, 0 FROM agreements WHERE id = ${id}
          UNION ALL
          SELECT a.id, a.renewed_from_id, c.depth + 1 FROM agreements a JOIN chain c ON a.id = c.renewed_from_id WHERE c.depth < ${max}
        )
        SELECT id FROM chain WHERE depth > 0 ORDER BY depth`);
      return rows.map((r) => r.id);
    },

    async documents(agreementId) {
      const rows = await db
        .select({ file: files, addedBy: agreementDocuments.addedBy, addedAt: agreementDocuments.addedAt })
        .from(agreementDocuments)
        .innerJoin(files, eq(files.id, agreementDocuments.fileId))
        .where(eq(agreementDocuments.agreementId, agreementId))
        .orderBy(asc(agreementDocuments.addedAt), asc(files.name));
      return rows.map((r) => ({ ...r.file, mime: r.file.mime as AllowedFileType, addedBy: r.addedBy, addedAt: r.addedAt }));
    },
    async addDocument(agreementId, fileId, addedBy, at) {
      await db.insert(agreementDocuments).values({ agreementId, fileId, addedBy, addedAt: at });
    },
    async removeDocument(agreementId, fileId) {
      await db.delete(agreementDocuments).where(and(eq(agreementDocuments.agreementId, agreementId), eq(agreementDocuments.fileId, fileId)));
    },
  };
}
