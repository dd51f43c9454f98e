import { and, asc, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { TrainingListFilter, TrainingProgrammeView, TrainingStore, TrainingTotals } from '../../domain/trainings/store.js';
import type { TrainingMode } from '../../domain/trainings/vocab.js';
import type { Executor } from '../client.js';
import { organisations, trainees, trainingBatches, trainingProgrammes } from '../schema.js';

type Row = typeof trainingProgrammes.$inferSelect;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const yearRange = (year: number) => sql`${trainingBatches.startsOn} >= ${`${year}-01-01`}::date AND ${trainingBatches.startsOn} < ${`${year + 1}-01-01`}::date`;

export function trainingStore(db: Executor): TrainingStore {
  async function present(rows: Row[]): Promise<TrainingProgrammeView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [names, totals] = await Promise.all([
      db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))])),
      db
        .select({
          programmeId: trainingBatches.programmeId,
          batches: sql<number>`count(*)::int`,
          trainees: sql<number>`coalesce(sum(${trainingBatches.traineeCount}), 0)::int`,
          firstStartsOn: sql<string | null>`min(${trainingBatches.startsOn})::text`,
          lastEndsOn: sql<string | null>`max(${trainingBatches.endsOn})::text`,
        })
        .from(trainingBatches)
        .where(inArray(trainingBatches.programmeId, ids))
        .groupBy(trainingBatches.programmeId),
    ]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    const totalsOf = new Map(totals.map(({ programmeId, ...t }) => [programmeId, t]));
    const none: TrainingTotals = { batches: 0, trainees: 0, firstStartsOn: null, lastEndsOn: null };
    return rows.map((r) => ({ ...r, organisationName: nameOf.get(r.organisationId) ?? '', totals: totalsOf.get(r.id) ?? none }));
  }

  /** Conditions on programmes; `batch` narrows to programmes with a batch matching year/mode. */
  function conditions(filter: TrainingListFilter): SQL[] {
    const out: SQL[] = [];
    if (filter.organisationId) out.push(eq(trainingProgrammes.organisationId, filter.organisationId));
    if (filter.country) out.push(sql`${trainingProgrammes.partnerCountries} @> ARRAY[${filter.country}]::text[]`);
    if (filter.sector) out.push(sql`${trainingProgrammes.sectors} @> ARRAY[${filter.sector}]::text[]`);
    if (filter.q) {
      const p = likePattern(filter.q.trim());
      out.push(sql`(${trainingProgrammes.title}::text ILIKE ${p} OR ${trainingProgrammes.description}::text ILIKE ${p} OR array_to_string(${trainingProgrammes.partnerRegions}, ' ') ILIKE ${p})`);
    }
    const batchConditions: SQL[] = [];
    if (filter.year) batchConditions.push(yearRange(filter.year));
    if (filter.mode) batchConditions.push(eq(trainingBatches.mode, filter.mode));
    if (batchConditions.length) {
      out.push(exists(db.select({ one: sql`1` }).from(trainingBatches).where(and(eq(trainingBatches.programmeId, trainingProgrammes.id), ...batchConditions))));
    }
    return out;
  }

  const batchView = (r: typeof trainingBatches.$inferSelect & { listed: number }) => ({
    id: r.id,
    programmeId: r.programmeId,
    label: r.label,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    mode: r.mode as TrainingMode,
    location: r.location,
    traineeCount: r.traineeCount,
    version: r.version,
    listedTrainees: r.listed,
  });
  const listed = sql<number>`(SELECT count(*)::int FROM ${trainees} WHERE ${trainees.batchId} = ${trainingBatches.id})`;

  return {
    async insertProgramme(programme) {
      await db.insert(trainingProgrammes).values(programme);
    },
    async findProgramme(id) {
      return (await present(await db.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id)).limit(1)))[0] ?? null;
    },
    async updateProgramme(id, patch, expectedVersion) {
      const rows = await db
        .update(trainingProgrammes)
        .set({ ...patch, version: sql`${trainingProgrammes.version} + 1`, updatedAt: new Date() })
        .where(and(eq(trainingProgrammes.id, id), eq(trainingProgrammes.version, expectedVersion)))
        .returning({ id: trainingProgrammes.id });
      return rows.length === 1;
    },
    async deleteProgramme(id) {
      await db.delete(trainees).where(eq(trainees.programmeId, id));
      await db.delete(trainingProgrammes).where(eq(trainingProgrammes.id, id));
    },
    async listProgrammes(filter, page) {
      const where = and(...conditions(filter));
      const lastStart = sql`(SELECT max(${trainingBatches.startsOn}) FROM ${trainingBatches} WHERE ${trainingBatches.programmeId} = ${trainingProgrammes.id})`;
      const [rows, counted] = await Promise.all([
        db.select().from(trainingProgrammes).where(where).orderBy(sql`${lastStart} DESC NULLS LAST`, desc(trainingProgrammes.createdAt), asc(trainingProgrammes.id)).limit(page.limit).offset(page.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(trainingProgrammes).where(where),
      ]);
      return { items: await present(rows), total: counted[0]?.n ?? 0 };
    },
    async totalsByYear(filter) {
      const year = sql<number>`extract(year from ${trainingBatches.startsOn})::int`;
      const modeCount = (mode: TrainingMode) => sql<number>`count(*) FILTER (WHERE ${trainingBatches.mode} = ${mode})::int`;
      const batchOnly: SQL[] = [];
      if (filter.year) batchOnly.push(yearRange(filter.year));
      if (filter.mode) batchOnly.push(eq(trainingBatches.mode, filter.mode));
      return db
        .select({
          year,
          programmes: sql<number>`count(DISTINCT ${trainingBatches.programmeId})::int`,
          batches: sql<number>`count(*)::int`,
          trainees: sql<number>`coalesce(sum(${trainingBatches.traineeCount}), 0)::int`,
          online: modeCount('online'),
          offline: modeCount('offline'),
          hybrid: modeCount('hybrid'),
        })
        .from(trainingBatches)
        .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingBatches.programmeId))
        .where(and(...conditions({ ...filter, year: undefined, mode: undefined }), ...batchOnly))
        .groupBy(year)
        .orderBy(year);
    },

    async batches(programmeId) {
      const rows = await db.select({ row: trainingBatches, listed }).from(trainingBatches).where(eq(trainingBatches.programmeId, programmeId)).orderBy(asc(trainingBatches.startsOn), asc(trainingBatches.id));
      return rows.map((r) => batchView({ ...r.row, listed: r.listed }));
    },
    async findBatch(programmeId, batchId) {
      const rows = await db.select({ row: trainingBatches, listed }).from(trainingBatches).where(and(eq(trainingBatches.programmeId, programmeId), eq(trainingBatches.id, batchId))).limit(1);
      const r = rows[0];
      return r ? batchView({ ...r.row, listed: r.listed }) : null;
    },
    async insertBatch(batch, organisationId) {
      await db.insert(trainingBatches).values({ ...batch, organisationId });
    },
    async updateBatch(programmeId, batchId, patch, expectedVersion) {
      const where = [eq(trainingBatches.programmeId, programmeId), eq(trainingBatches.id, batchId)];
      if (expectedVersion !== undefined) where.push(eq(trainingBatches.version, expectedVersion));
      const rows = await db
        .update(trainingBatches)
        .set({ ...patch, version: sql`${trainingBatches.version} + 1` })
        .where(and(...where))
        .returning({ id: trainingBatches.id });
      return rows.length === 1;
    },
    async deleteBatch(programmeId, batchId) {
      const rows = await db.delete(trainingBatches).where(and(eq(trainingBatches.programmeId, programmeId), eq(trainingBatches.id, batchId))).returning({ id: trainingBatches.id });
      return rows.length === 1;
    },

    async trainees(batchId) {
      return db.select({ name: trainees.name, organisation: trainees.organisation, country: trainees.country, email: trainees.email }).from(trainees).where(eq(trainees.batchId, batchId)).orderBy(asc(trainees.position));
    },
    async replaceTrainees(programmeId, batchId, list) {
      await db.delete(trainees).where(eq(trainees.batchId, batchId));
      if (list.length) await db.insert(trainees).values(list.map((t, position) => ({ batchId, programmeId, position, ...t })));
    },
  };
}
