/** Deals: the deal rows, search and stage summary; parties, links and the rest are in deal-parts.ts. */
import { and, asc, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { normaliseRate } from '../../domain/deals/money.js';
import type { DealQuery, DealRecord, DealStore, DealUpdate, DealValue, DealWrite } from '../../domain/deals/store.js';
import type { DealStage, DealType, DropCategory, RateSource } from '../../domain/deals/vocab.js';
import type { Executor } from '../client.js';
import { dealMeetings, dealParties, deals } from '../schema.js';
import { dealPartsStore } from './deal-parts.js';

type Row = typeof deals.$inferSelect;

export function toDeal(row: Row): DealRecord {
  const { amountMinor, currency, reportingCurrency, exchangeRate, rateDate, rateSource, reportingAmountMinor, ...rest } = row;
  const converted = reportingCurrency && exchangeRate && rateDate && rateSource && reportingAmountMinor !== null;
  const value: DealValue | null =
    amountMinor !== null && currency
      ? {
          amountMinor,
          currency,
          conversion: converted ? { reportingCurrency, rate: normaliseRate(exchangeRate), rateDate, rateSource: rateSource as RateSource, reportingAmountMinor } : null,
        }
      : null;
  return { ...rest, type: row.type as DealType, stage: row.stage as DealStage, dropCategory: row.dropCategory as DropCategory | null, value };
}

function valueColumns(value: DealValue | null) {
  const c = value?.conversion ?? null;
  return {
    amountMinor: value?.amountMinor ?? null,
    currency: value?.currency ?? null,
    reportingCurrency: c?.reportingCurrency ?? null,
    exchangeRate: c?.rate ?? null,
    rateDate: c?.rateDate ?? null,
    rateSource: c?.rateSource ?? null,
    reportingAmountMinor: c?.reportingAmountMinor ?? null,
  };
}

function columns(patch: DealUpdate) {
  const { value, ...rest } = patch;
  return value === undefined ? rest : { ...rest, ...valueColumns(value) };
}

const partyIs = (organisationIds: SQL | string) =>
  sql`exists (select 1 from ${dealParties} where ${dealParties.dealId} = ${deals.id} and ${dealParties.organisationId} ${typeof organisationIds === 'string' ? sql`= ${organisationIds}` : organisationIds})`;

function filters(query: Omit<DealQuery, 'sort' | 'offset' | 'limit'>): SQL[] {
  const where: SQL[] = [];
  if (query.visibleToOrganisationIds !== null) {
    if (query.visibleToOrganisationIds.length === 0) return [sql`false`];
    where.push(partyIs(sql`in (${sql.join(query.visibleToOrganisationIds.map((id) => sql`${id}::uuid`), sql`, `)})`));
  }
  if (query.stage?.length) where.push(inArray(deals.stage, query.stage));
  if (query.type?.length) where.push(inArray(deals.type, query.type));
  if (query.eventId) where.push(eq(deals.eventId, query.eventId));
  if (query.organisationId) where.push(partyIs(query.organisationId));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(${deals.title} ilike ${pattern} or ${deals.description} ilike ${pattern})`);
  }
  const day = { created: sql`(${deals.createdAt} at time zone 'UTC')::date`, expected_close: sql`${deals.expectedCloseOn}`, signed: sql`${deals.signedOn}` }[query.dateField];
  if (query.from) where.push(sql`${day} >= ${query.from}::date`);
  if (query.to) where.push(sql`${day} <= ${query.to}::date`);
  if (query.minValue !== undefined || query.maxValue !== undefined) where.push(eq(deals.reportingCurrency, query.reportingCurrency));
  if (query.minValue !== undefined) where.push(sql`${deals.reportingAmountMinor} >= ${query.minValue}`);
  if (query.maxValue !== undefined) where.push(sql`${deals.reportingAmountMinor} <= ${query.maxValue}`);
  return where;
}

const ORDER: Record<DealQuery['sort'], SQL[]> = {
  updated_desc: [desc(deals.updatedAt), asc(deals.id)],
  created_desc: [desc(deals.createdAt), asc(deals.id)],
  value_desc: [sql`${deals.reportingAmountMinor} desc nulls last`, asc(deals.id)],
  value_asc: [sql`${deals.reportingAmountMinor} asc nulls last`, asc(deals.id)],
  expected_close_asc: [sql`${deals.expectedCloseOn} asc nulls last`, asc(deals.id)],
  title_asc: [sql`lower(${deals.title})`, asc(deals.id)],
};

export function dealStore(db: Executor): DealStore {
  return {
    ...dealPartsStore(db),
    async insert(deal: DealWrite) {
      const { value, ...rest } = deal;
      await db.insert(deals).values({ ...rest, ...valueColumns(value), updatedAt: deal.createdAt });
    },
    async find(id) {
      const [row] = await db.select().from(deals).where(eq(deals.id, id)).limit(1);
      return row ? toDeal(row) : null;
    },
    async update(id, patch, expectedVersion) {
      const where = expectedVersion === undefined ? eq(deals.id, id) : and(eq(deals.id, id), eq(deals.version, expectedVersion));
      const rows = await db
        .update(deals)
        .set({ ...columns(patch), version: sql`${deals.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: deals.id });
      return rows.length === 1;
    },
    async search(query) {
      const where = and(...filters(query));
      const rows = await db
        .select()
        .from(deals)
        .where(where)
        .orderBy(...ORDER[query.sort])
        .limit(query.limit)
        .offset(query.offset);
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(deals).where(where);
      return { rows: rows.map(toDeal), total: count?.n ?? 0 };
    },
    async summary(query) {
      const inReporting = sql`${deals.reportingCurrency} = ${query.reportingCurrency}`;
      const rows = await db
        .select({
          stage: deals.stage,
          count: sql<number>`count(*)::int`,
          reportingAmountMinor: sql`coalesce(sum(${deals.reportingAmountMinor}) filter (where ${inReporting}), 0)`.mapWith(Number),
          unconverted: sql<number>`(count(*) filter (where ${deals.amountMinor} is not null and (${deals.reportingAmountMinor} is null or ${deals.reportingCurrency} is distinct from ${query.reportingCurrency})))::int`,
        })
        .from(deals)
        .where(and(...filters(query)))
        .groupBy(deals.stage);
      return rows.map((r) => ({ ...r, stage: r.stage as DealStage }));
    },
    async findByMeeting(meetingId) {
      const [row] = await db.select({ deal: deals }).from(deals).innerJoin(dealMeetings, eq(dealMeetings.dealId, deals.id)).where(eq(dealMeetings.meetingId, meetingId)).limit(1);
      return row ? toDeal(row.deal) : null;
    },
    async findOpenBetween(eventId, [a, b]) {
      const [row] = await db
        .select()
        .from(deals)
        .where(and(eq(deals.eventId, eventId), notInArray(deals.stage, ['dropped', 'completed']), partyIs(a), partyIs(b)))
        .orderBy(desc(deals.updatedAt), asc(deals.id))
        .limit(1);
      return row ? toDeal(row) : null;
    },
  };
}
