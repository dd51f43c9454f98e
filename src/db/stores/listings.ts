import { and, arrayOverlaps, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ListingQuery, ListingRecord, ListingStore, ListingView, ListingWrite, FacetCount } from '../../domain/listings/store.js';
import type { ListingStatus, ListingType, Visibility } from '../../domain/shared/vocab.js';
import { queryRows, type Executor } from '../client.js';
import { listings, organisations } from '../schema.js';

const viewColumns = {
  id: listings.id,
  organisationId: listings.organisationId,
  createdBy: listings.createdBy,
  type: listings.type,
  status: listings.status,
  visibility: listings.visibility,
  language: listings.language,
  languageConfirmed: listings.languageConfirmed,
  title: listings.title,
  summary: listings.summary,
  translations: listings.translations,
  sectors: listings.sectors,
  keywords: listings.keywords,
  freeKeywords: listings.freeKeywords,
  countriesSought: listings.countriesSought,
  details: listings.details,
  trl: listings.trl,
  deadline: listings.deadline,
  amountMin: listings.amountMin,
  amountMax: listings.amountMax,
  currency: listings.currency,
  country: listings.country,
  expiresAt: listings.expiresAt,
  publishedAt: listings.publishedAt,
  submittedAt: listings.submittedAt,
  moderation: listings.moderation,
  demo: listings.demo,
  version: listings.version,
  createdAt: listings.createdAt,
  updatedAt: listings.updatedAt,
  organisationName: organisations.name,
  organisationType: organisations.type,
  organisationVerification: organisations.verificationStatus,
};

type ViewRow = Omit<ListingView, 'type' | 'status' | 'visibility' | 'moderation' | 'organisationVerified'> & {
  type: string;
  status: string;
  visibility: string;
  moderation: unknown;
  organisationVerification: string;
};

function toView(row: ViewRow): ListingView {
  const { organisationVerification, ...rest } = row;
  return {
    ...rest,
    type: row.type as ListingType,
    status: row.status as ListingStatus,
    visibility: row.visibility as Visibility,
    moderation: row.moderation as ListingRecord['moderation'],
    organisationVerified: organisationVerification === 'verified',
  };
}

const dateKey = sql<number>`extract(epoch from coalesce(${listings.publishedAt}, ${listings.updatedAt}))::float8`;

/** Which rows a viewer may find, plus the query's filters. */
function conditions(q: ListingQuery): SQL[] {
  const c: SQL[] = [];
  const live = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gte(listings.expiresAt, q.today))) as SQL;
  if (q.viewer.isPlatformAdmin && q.status?.length) c.push(inArray(listings.status, q.status));
  else c.push(live);
  if (!q.viewer.loggedIn) c.push(ne(listings.visibility, 'members'));
  if (q.organisationId) {
    c.push(eq(listings.organisationId, q.organisationId));
    // Filtering by organisation must not reveal which anonymous listings it owns.
    if (!q.viewer.isPlatformAdmin && !q.viewer.organisationIds.includes(q.organisationId)) c.push(ne(listings.visibility, 'anonymous'));
  }
  if (q.ids) c.push(q.ids.length ? inArray(listings.id, q.ids) : sql`false`);
  if (q.text) c.push(sql`${listings.search} @@ ${q.text.all}::tsquery`);
  if (q.type?.length) c.push(inArray(listings.type, q.type));
  if (q.sector?.length) c.push(arrayOverlaps(listings.sectors, q.sector));
  if (q.keyword?.length) c.push(arrayOverlaps(listings.keywords, q.keyword));
  if (q.country?.length) c.push(inArray(listings.country, q.country));
  if (q.language?.length) c.push(inArray(listings.language, q.language));
  if (q.trlMin !== undefined) c.push(gte(listings.trl, q.trlMin));
  if (q.trlMax !== undefined) c.push(lte(listings.trl, q.trlMax));
  if (q.deadlineBefore) c.push(lte(listings.deadline, q.deadlineBefore));
  if (q.deadlineAfter) c.push(gte(listings.deadline, q.deadlineAfter));
  if (q.publishedAfter) c.push(gt(listings.publishedAt, q.publishedAfter));
  if (q.publishedUntil) c.push(lte(listings.publishedAt, q.publishedUntil));
  return c;
}

async function facet(db: Executor, where: SQL, expression: SQL, limit = 50): Promise<FacetCount[]> {
  const rows = await queryRows<{ value: string | number; count: number }>(
    db,
    sql`SELECT v AS value, count(*)::int AS count
        FROM ${listings} INNER JOIN ${organisations} ON ${organisations.id} = ${listings.organisationId},
             LATERAL (SELECT ${expression} AS v) f
        WHERE ${where} AND v IS NOT NULL
        GROUP BY v ORDER BY count DESC, v LIMIT ${limit}`,
  );
  return rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
}

export function listingStore(db: Executor): ListingStore {
  const select = () => db.select(viewColumns).from(listings).innerJoin(organisations, eq(organisations.id, listings.organisationId));
  return {
    async insert(listing: ListingWrite) {
      await db.insert(listings).values({ ...listing, search: sql`${listing.search}::tsvector` as unknown as string });
    },
    async find(id) {
      const [row] = await select().where(eq(listings.id, id)).limit(1);
      return row ? toView(row) : null;
    },
    async update(id, expectedVersion, patch) {
      const { search, ...rest } = patch;
      const rows = await db
        .update(listings)
        .set({
          ...rest,
          ...(search !== undefined ? { search: sql`${search}::tsvector` as unknown as string } : {}),
          version: sql`${listings.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(listings.id, id), eq(listings.version, expectedVersion)))
        .returning({ id: listings.id });
      return rows.length === 1;
    },
    async delete(id) {
      await db.delete(listings).where(eq(listings.id, id));
    },
    async search(q) {
      const where = and(...conditions(q)) as SQL;
      const sortKey = q.sort === 'relevance' && q.text ? sql<number>`ts_rank(${listings.search}, ${q.text.any}::tsquery)::float8` : dateKey;
      const page = q.after ? and(where, sql`(${sortKey}, ${listings.id}) < (${q.after.key}::float8, ${q.after.id}::uuid)`) : where;
      const rows = await db
        .select({ ...viewColumns, sortKey })
        .from(listings)
        .innerJoin(organisations, eq(organisations.id, listings.organisationId))
        .where(page)
        .orderBy(desc(sortKey), desc(listings.id))
        .limit(q.limit);
      const [countRow] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM ${listings} INNER JOIN ${organisations} ON ${organisations.id} = ${listings.organisationId} WHERE ${where}`,
      );
      const facets = q.withFacets
        ? {
            type: await facet(db, where, sql`${listings.type}`),
            sector: await facet(db, where, sql`unnest(${listings.sectors})`),
            country: await facet(db, where, sql`${listings.country}`),
            language: await facet(db, where, sql`${listings.language}`),
            status: await facet(db, where, sql`${listings.status}`),
            trl: await facet(db, where, sql`${listings.trl}`),
            deadline: await facet(
              db,
              where,
              sql`CASE WHEN ${listings.deadline} IS NULL THEN NULL
                       WHEN ${listings.deadline} < ${q.today}::date THEN 'passed'
                       WHEN ${listings.deadline} <= ${q.today}::date + 30 THEN 'within_30_days'
                       WHEN ${listings.deadline} <= ${q.today}::date + 90 THEN 'within_90_days'
                       ELSE 'later' END`,
            ),
          }
        : null;
      return { rows: rows.map((r) => ({ ...toView(r), sortKey: Number(r.sortKey) })), total: Number(countRow?.n ?? 0), facets };
    },
    async listByOrganisation(organisationId, status, limit, after) {
      const c: SQL[] = [eq(listings.organisationId, organisationId)];
      if (status?.length) c.push(inArray(listings.status, status));
      if (after) c.push(sql`(${dateKey}, ${listings.id}) < (${after.key}::float8, ${after.id}::uuid)`);
      const rows = await db
        .select({ ...viewColumns, sortKey: dateKey })
        .from(listings)
        .innerJoin(organisations, eq(organisations.id, listings.organisationId))
        .where(and(...c))
        .orderBy(desc(dateKey), desc(listings.id))
        .limit(limit);
      return rows.map((r) => ({ ...toView(r), sortKey: Number(r.sortKey) }));
    },
    async moderationQueue(limit) {
      const rows = await select().where(eq(listings.status, 'submitted')).orderBy(asc(listings.submittedAt), asc(listings.id)).limit(limit);
      return rows.map(toView);
    },
    async expireDue(today) {
      const rows = await db
        .update(listings)
        .set({ status: 'expired', version: sql`${listings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(listings.status, 'published'), lt(listings.expiresAt, today)))
        .returning({ id: listings.id });
      return rows.map((r) => r.id);
    },
    async countsByType(today) {
      const rows = await db
        .select({ type: listings.type, n: sql<number>`count(*)::int` })
        .from(listings)
        .where(and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gte(listings.expiresAt, today)), ne(listings.visibility, 'members')))
        .groupBy(listings.type);
      return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
    },
  };
}
