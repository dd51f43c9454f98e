/** The report store: dashboard aggregates in SQL, and the annual report's figures (reports-figures.ts). */
import { sql, type SQL } from 'drizzle-orm';
import type { ReportScope } from '../../domain/reports/policy.js';
import type { EventFigures } from '../../domain/reports/schema.js';
import type { DashboardFilter, EventCounts, ReportStore } from '../../domain/reports/store.js';
import { queryRows, type Executor } from '../client.js';
import { eventInScope, figureRecords, figureTotal, flagshipEvents, INTENTION_STAGES, SIGNED_STAGES, subjectInReport, trainingProgrammes } from './reports-figures.js';

const n = (v: unknown): number => Number(v ?? 0);
/** The end of the last day of the range, exclusive. */
const until = (f: DashboardFilter) => sql`(${f.to}::date + 1)`;
const orgOf = (scope: ReportScope) => (scope.kind === 'organisation' ? scope.organisationId : null);

function meetingInScope(scope: ReportScope): SQL {
  const org = orgOf(scope);
  if (!org) return sql`TRUE`;
  return sql`(${eventInScope(scope)} OR EXISTS (SELECT 1 FROM event_registrations mr WHERE mr.id IN (m.requester_id, m.receiver_id) AND mr.organisation_id = ${org}))`;
}

/** Participation figures per event, for the events the `where` selects (alias e). */
async function eventFigures(db: Executor, where: SQL): Promise<EventFigures[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT e.id::text AS id, e.title, e.kind, e.starts_on::text AS "startsOn", e.country,
        coalesce(p.participants, 0) AS participants, coalesce(p.foreign_participants, 0) AS "foreignParticipants", coalesce(p.countries, 0) AS countries,
        coalesce(x.exhibitors, 0) AS exhibitors, coalesce(x.area, 0) AS "areaSqm", coalesce(v.viewers, 0) AS "onlineViewers"
      FROM events e
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS participants, (count(*) FILTER (WHERE coalesce(o.country, r.country) <> e.country))::int AS foreign_participants,
          count(DISTINCT coalesce(o.country, r.country))::int AS countries
        FROM event_registrations r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = e.id AND r.status = 'confirmed') p ON TRUE
      LEFT JOIN LATERAL (SELECT count(*)::int AS exhibitors, coalesce(sum(area_sqm), 0)::float8 AS area FROM event_exhibitors WHERE event_id = e.id) x ON TRUE
      LEFT JOIN LATERAL (SELECT coalesce(sum(online_viewers), 0)::int AS viewers FROM event_sessions WHERE event_id = e.id) v ON TRUE
      WHERE ${where} ORDER BY e.starts_on, e.id`,
  );
  return rows.map((r) => {
    const participants = n(r.participants);
    const foreign = n(r.foreignParticipants);
    return {
      id: String(r.id),
      title: r.title as Record<string, string>,
      kind: String(r.kind),
      startsOn: String(r.startsOn),
      country: (r.country as string | null) ?? null,
      participants,
      foreignParticipants: foreign,
      foreignShare: participants === 0 ? null : foreign / participants,
      countries: n(r.countries),
      exhibitors: n(r.exhibitors),
      areaSqm: n(r.areaSqm),
      onlineViewers: n(r.onlineViewers),
    };
  });
}

export function reportStore(db: Executor): ReportStore {
  return {
    async listings(f) {
      const org = orgOf(f.scope);
      const where = sql`l.published_at IS NOT NULL AND l.published_at >= ${f.from}::date AND l.published_at < ${until(f)} ${org ? sql`AND l.organisation_id = ${org}` : sql``}`;
      const byMonth = await queryRows<{ month: string; type: string; count: number }>(
        db,
        sql`SELECT to_char(l.published_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, l.type, count(*)::int AS count FROM listings l WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      const bySector = await queryRows<{ sector: string; count: number }>(
        db,
        sql`SELECT s AS sector, count(*)::int AS count FROM listings l, unnest(l.sectors) s WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30`,
      );
      const byCountry = await queryRows<{ country: string; count: number }>(db, sql`SELECT l.country, count(*)::int AS count FROM listings l WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`);
      return {
        byMonth: byMonth.map((r) => ({ ...r, count: n(r.count) })),
        bySector: bySector.map((r) => ({ ...r, count: n(r.count) })),
        byCountry: byCountry.map((r) => ({ ...r, count: n(r.count) })),
        total: byMonth.reduce((s, r) => s + n(r.count), 0),
      };
    },

    async matching(f) {
      const org = orgOf(f.scope);
      const mine = (alias: string) => (org ? sql`AND ${sql.raw(alias)}.subject_id IN (SELECT id FROM listings WHERE organisation_id = ${org})` : sql``);
      const rows = await queryRows<{ month: string; matches: number; relevant: number; not_relevant: number }>(
        db,
        sql`SELECT month, sum(matches)::int AS matches, sum(relevant)::int AS relevant, sum(not_relevant)::int AS not_relevant FROM (
            SELECT to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, 1 AS matches, 0 AS relevant, 0 AS not_relevant
              FROM matches m WHERE m.created_at >= ${f.from}::date AND m.created_at < ${until(f)} ${mine('m')}
            UNION ALL
            SELECT to_char(fb.updated_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, (fb.verdict = 'relevant')::int, (fb.verdict = 'not_relevant')::int
              FROM match_feedback fb WHERE fb.updated_at >= ${f.from}::date AND fb.updated_at < ${until(f)} ${mine('fb')}
          ) q GROUP BY month ORDER BY month`,
      );
      const byMonth = rows.map((r) => ({ month: r.month, matches: n(r.matches), relevant: n(r.relevant), notRelevant: n(r.not_relevant) }));
      return {
        byMonth,
        matches: byMonth.reduce((s, r) => s + r.matches, 0),
        relevant: byMonth.reduce((s, r) => s + r.relevant, 0),
        notRelevant: byMonth.reduce((s, r) => s + r.notRelevant, 0),
      };
    },

    async meetings(f) {
      const rows = await queryRows<{ month: string; requested: number; accepted: number; held: number }>(
        db,
        sql`SELECT to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS requested,
            (count(*) FILTER (WHERE m.status = 'accepted'))::int AS accepted,
            (count(*) FILTER (WHERE m.status = 'accepted' AND 'held' IN (m.requester_attendance, m.receiver_attendance)))::int AS held
          FROM meetings m JOIN events e ON e.id = m.event_id
          WHERE m.created_at >= ${f.from}::date AND m.created_at < ${until(f)} AND ${meetingInScope(f.scope)} GROUP BY 1 ORDER BY 1`,
      );
      const byMonth = rows.map((r) => ({ month: r.month, requested: n(r.requested), accepted: n(r.accepted), held: n(r.held) }));
      return {
        byMonth,
        requested: byMonth.reduce((s, r) => s + r.requested, 0),
        accepted: byMonth.reduce((s, r) => s + r.accepted, 0),
        held: byMonth.reduce((s, r) => s + r.held, 0),
      };
    },

    async deals(f, reportingCurrency) {
      const org = orgOf(f.scope);
      const rows = await queryRows<{ stage: string; count: number; value: number; unconverted: number }>(
        db,
        sql`SELECT d.stage, count(*)::int AS count,
            coalesce(sum(d.reporting_amount_minor) FILTER (WHERE d.reporting_currency = ${reportingCurrency}), 0)::float8 AS value,
            (count(*) FILTER (WHERE d.amount_minor IS NOT NULL AND d.reporting_currency IS DISTINCT FROM ${reportingCurrency}))::int AS unconverted
          FROM deals d WHERE d.created_at >= ${f.from}::date AND d.created_at < ${until(f)}
            ${org ? sql`AND EXISTS (SELECT 1 FROM deal_parties dp WHERE dp.deal_id = d.id AND dp.organisation_id = ${org})` : sql``}
          GROUP BY d.stage`,
      );
      const byStage = rows.map((r) => ({ stage: r.stage, count: n(r.count), valueMinor: n(r.value), unconverted: n(r.unconverted) }));
      return {
        byStage,
        total: byStage.reduce((s, r) => s + r.count, 0),
        valueMinor: byStage.reduce((s, r) => s + r.valueMinor, 0),
        unconverted: byStage.reduce((s, r) => s + r.unconverted, 0),
      };
    },

    async programmes(f) {
      const org = orgOf(f.scope);
      const rows = await queryRows<{ id: string; title: Record<string, string>; drafted: number; submitted: number; reviewed: number; funded: number }>(
        db,
        sql`SELECT p.id::text AS id, p.title, count(a.id)::int AS drafted,
            (count(a.id) FILTER (WHERE a.submitted_at IS NOT NULL))::int AS submitted,
            (count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM programme_assignments pa WHERE pa.application_id = a.id AND pa.submitted_at IS NOT NULL)))::int AS reviewed,
            (count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM programme_projects pp WHERE pp.application_id = a.id)))::int AS funded
          FROM programmes p JOIN programme_applications a ON a.programme_id = p.id
          WHERE a.created_at >= ${f.from}::date AND a.created_at < ${until(f)} ${org ? sql`AND p.organisation_id = ${org}` : sql``}
          GROUP BY p.id, p.title ORDER BY count(a.id) DESC, p.id`,
      );
      const byProgramme = rows.map((r) => ({ id: r.id, title: r.title, drafted: n(r.drafted), submitted: n(r.submitted), reviewed: n(r.reviewed), funded: n(r.funded) }));
      const sum = (k: 'drafted' | 'submitted' | 'reviewed' | 'funded') => byProgramme.reduce((s, r) => s + r[k], 0);
      return { funnel: { drafted: sum('drafted'), submitted: sum('submitted'), reviewed: sum('reviewed'), funded: sum('funded') }, byProgramme };
    },

    async events(f) {
      const where = sql`e.status = 'published' AND e.starts_on >= ${f.from}::date AND e.starts_on <= ${f.to}::date AND ${eventInScope(f.scope)}`;
      const events = await eventFigures(db, where);
      const byCountry = await queryRows<{ country: string; count: number }>(
        db,
        sql`SELECT coalesce(o.country, r.country) AS country, count(*)::int AS count FROM event_registrations r JOIN events e ON e.id = r.event_id
          LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'confirmed' AND ${where} GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
      return { events, byCountry: byCountry.map((r) => ({ country: r.country, count: n(r.count) })) };
    },

    async eventFigures(eventId) {
      return (await eventFigures(db, sql`e.id = ${eventId}`))[0] ?? null;
    },

    async eventCounts(eventId): Promise<EventCounts> {
      const [row] = await queryRows<Record<string, unknown>>(
        db,
        sql`SELECT
            (SELECT count(*)::int FROM event_sessions WHERE event_id = ${eventId}) AS sessions,
            (SELECT count(*)::int FROM event_sessions WHERE event_id = ${eventId} AND streamed) AS streamed,
            (SELECT count(*)::int FROM meetings WHERE event_id = ${eventId}) AS requested,
            (SELECT count(*)::int FROM meetings WHERE event_id = ${eventId} AND status = 'accepted') AS accepted,
            (SELECT count(*)::int FROM meetings WHERE event_id = ${eventId} AND status = 'accepted' AND 'held' IN (requester_attendance, receiver_attendance)) AS held,
            (SELECT count(*)::int FROM meetings WHERE event_id = ${eventId} AND outcome IS NOT NULL) AS with_intention,
            (SELECT count(*)::int FROM deals WHERE event_id = ${eventId} AND stage IN ${SIGNED_STAGES}) AS deals_signed,
            (SELECT count(*)::int FROM agreements WHERE event_id = ${eventId}) AS registry`,
      );
      const byCountry = await queryRows<{ country: string; count: number }>(
        db,
        sql`SELECT coalesce(o.country, r.country) AS country, count(*)::int AS count FROM event_registrations r LEFT JOIN organisations o ON o.id = r.organisation_id
          WHERE r.event_id = ${eventId} AND r.status = 'confirmed' GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
      return {
        sessions: n(row?.sessions),
        streamedSessions: n(row?.streamed),
        requested: n(row?.requested),
        accepted: n(row?.accepted),
        held: n(row?.held),
        withIntention: n(row?.with_intention),
        dealsSigned: n(row?.deals_signed),
        registryAgreements: n(row?.registry),
        byCountry: byCountry.map((r) => ({ country: r.country, count: n(r.count) })),
      };
    },

    figureTotal: (ref, f) => figureTotal(db, ref, f),
    figureRecords: (ref, f, limit) => figureRecords(db, ref, f, limit),
    subjectInReport: (ref, f) => subjectInReport(db, ref, f),
    flagshipEvents: (f) => flagshipEvents(db, f),
    trainingProgrammes: (f) => trainingProgrammes(db, f),
    async organisationName(id) {
      const [row] = await queryRows<{ name: string }>(db, sql`SELECT name FROM organisations WHERE id = ${id}`);
      return row?.name ?? null;
    },
  };
}

export { INTENTION_STAGES };
