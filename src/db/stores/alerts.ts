import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { Compile } from 'typebox/compile';
import type { AlertStore, MatchAlertRecord, NewMatch, SavedSearchRecord } from '../../domain/alerts/store.js';
import { ALERT_FREQUENCIES, type AlertFrequency } from '../../domain/alerts/vocab.js';
import { ListingSearchFilters } from '../../domain/listings/search-filters.js';
import { queryRows, type Executor } from '../client.js';
import { alertDigests, matchAlerts, savedSearches, users } from '../schema.js';

const checkFilters = Compile(ListingSearchFilters);

const frequencyOf = (value: string): AlertFrequency => ((ALERT_FREQUENCIES as readonly string[]).includes(value) ? (value as AlertFrequency) : 'off');

/**
 * Stored filters were validated when written; should the filter schema change later, a filter that no
 * longer fits is dropped rather than failing every read (the rest of the search still works).
 */
function parseFilters(value: unknown): ListingSearchFilters {
  if (checkFilters.Check(value)) return value;
  const known = new Set(Object.keys(ListingSearchFilters.properties));
  const kept: Record<string, unknown> = {};
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (known.has(key) && checkFilters.Check({ [key]: v })) kept[key] = v;
    }
  }
  return kept as ListingSearchFilters;
}

const toSavedSearch = (r: typeof savedSearches.$inferSelect): SavedSearchRecord => ({ ...r, filters: parseFilters(r.filters), frequency: frequencyOf(r.frequency) });
const toMatchAlert = (r: typeof matchAlerts.$inferSelect): MatchAlertRecord => ({ ...r, frequency: frequencyOf(r.frequency) });

export function alertStore(db: Executor): AlertStore {
  return {
    async savedSearchesOf(userId) {
      const rows = await db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.createdAt), asc(savedSearches.id));
      return rows.map(toSavedSearch);
    },
    async countSavedSearches(userId) {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(savedSearches).where(eq(savedSearches.userId, userId));
      return Number(row?.n ?? 0);
    },
    async findSavedSearch(id) {
      const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id)).limit(1);
      return row ? toSavedSearch(row) : null;
    },
    async insertSavedSearch(record) {
      await db.insert(savedSearches).values({ ...record, filters: record.filters as Record<string, unknown> });
    },
    async updateSavedSearch(id, patch, at) {
      await db
        .update(savedSearches)
        .set({ ...patch, ...(patch.filters ? { filters: patch.filters as Record<string, unknown> } : {}), updatedAt: at })
        .where(eq(savedSearches.id, id));
    },
    async deleteSavedSearch(id) {
      await db.delete(alertDigests).where(eq(alertDigests.subscriptionId, id));
      await db.delete(savedSearches).where(eq(savedSearches.id, id));
    },

    async matchAlertsOf(userId) {
      const rows = await db.select().from(matchAlerts).where(eq(matchAlerts.userId, userId));
      return rows.map(toMatchAlert);
    },
    async findMatchAlert(userId, organisationId) {
      const [row] = await db
        .select()
        .from(matchAlerts)
        .where(and(eq(matchAlerts.userId, userId), eq(matchAlerts.organisationId, organisationId)))
        .limit(1);
      return row ? toMatchAlert(row) : null;
    },
    async findMatchAlertById(id) {
      const [row] = await db.select().from(matchAlerts).where(eq(matchAlerts.id, id)).limit(1);
      return row ? toMatchAlert(row) : null;
    },
    async insertMatchAlert(record) {
      await db.insert(matchAlerts).values(record);
    },
    async updateMatchAlert(id, patch, at) {
      await db.update(matchAlerts).set({ ...patch, updatedAt: at }).where(eq(matchAlerts.id, id));
    },

    async findByUnsubscribeToken(token) {
      const [search] = await db.select().from(savedSearches).where(eq(savedSearches.unsubscribeToken, token)).limit(1);
      if (search) return { kind: 'saved_search', record: toSavedSearch(search) };
      const [alert] = await db.select().from(matchAlerts).where(eq(matchAlerts.unsubscribeToken, token)).limit(1);
      return alert ? { kind: 'match_alert', record: toMatchAlert(alert) } : null;
    },

    async due(kind, keys, afterId, limit) {
      const table = kind === 'saved_search' ? sql`saved_searches` : sql`match_alerts`;
      const rows = await queryRows<{ id: string }>(
        db,
        sql`SELECT s.id FROM ${table} s
            WHERE s.frequency IN ('daily', 'weekly')
              AND (${afterId}::uuid IS NULL OR s.id > ${afterId}::uuid)
              AND NOT EXISTS (SELECT 1 FROM alert_digests d WHERE d.subscription_id = s.id
                                AND d.period_key = CASE WHEN s.frequency = 'daily' THEN ${keys.dayKey} ELSE ${keys.weekKey} END)
            ORDER BY s.id LIMIT ${limit}`,
      );
      return rows.map((r) => r.id);
    },
    async claimDigest(claim) {
      // created_at is the sweep's clock (not the database's), like the period key and the purge.
      const rows = await db.insert(alertDigests).values({ ...claim, createdAt: claim.windowEnd }).onConflictDoNothing({ target: [alertDigests.subscriptionId, alertDigests.periodKey] }).returning({ id: alertDigests.id });
      return rows.length === 1;
    },
    async completeDigest(id, items, outboxId) {
      await db.update(alertDigests).set({ items, outboxId }).where(eq(alertDigests.id, id));
    },
    async markCovered(kind, id, until) {
      if (kind === 'saved_search') await db.update(savedSearches).set({ coveredUntil: until }).where(eq(savedSearches.id, id));
      else await db.update(matchAlerts).set({ coveredUntil: until }).where(eq(matchAlerts.id, id));
    },
    async purgeDigests(before) {
      const rows = await db.delete(alertDigests).where(lt(alertDigests.createdAt, before)).returning({ id: alertDigests.id });
      return rows.length;
    },
    async digestsOf(subscriptionId) {
      return db
        .select({ periodKey: alertDigests.periodKey, items: alertDigests.items, outboxId: alertDigests.outboxId, windowStart: alertDigests.windowStart, windowEnd: alertDigests.windowEnd })
        .from(alertDigests)
        .where(eq(alertDigests.subscriptionId, subscriptionId))
        .orderBy(asc(alertDigests.windowEnd));
    },

    async recipient(userId) {
      const [row] = await db
        .select({ userId: users.id, email: users.email, displayName: users.displayName, locale: users.locale, isPlatformAdmin: users.isPlatformAdmin, demo: users.demo })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
      return row ?? null;
    },
    async newMatches(subjectIds, after, until, limit) {
      if (subjectIds.length === 0) return [];
      const rows = await queryRows<{ subject_id: string; candidate_id: string; score: number; created_at: Date | string }>(
        db,
        sql`SELECT subject_id, candidate_id, score, created_at FROM matches
            WHERE subject_id = ANY(${sql.param([...subjectIds])}::uuid[]) AND created_at > ${after} AND created_at <= ${until}
            ORDER BY score DESC, candidate_id LIMIT ${limit}`,
      );
      return rows.map(
        (r): NewMatch => ({ subjectId: r.subject_id, candidateId: r.candidate_id, score: Number(r.score), createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at) }),
      );
    },
  };
}
