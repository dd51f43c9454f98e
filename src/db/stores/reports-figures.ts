/**
 * The annual report's figures in SQL. Each figure is one query listing its records (kind, id, label, date,
 * country, value, currency, detail); the figure's value is the count or sum over that same query, so a
 * figure and the records shown behind it cannot disagree.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FigureName, FigureRef } from '../../domain/reports/figures.js';
import type { ReportScope } from '../../domain/reports/policy.js';
import type { FigureRecord } from '../../domain/reports/schema.js';
import type { AnnualEvent, AnnualFilter, FigureTotal } from '../../domain/reports/store.js';
import { queryRows, type Executor } from '../client.js';

const MATCHMAKING_KINDS = sql`('matchmaking_day', 'roadshow')`;
const FLAGSHIP_KINDS = sql`('forum', 'exhibition', 'open_day')`;
/** Deal stages at or beyond a cooperation intention (dropped deals are not counted). */
export const INTENTION_STAGES = sql`('cooperation_intention', 'agreement_signed', 'in_execution', 'completed')`;
export const SIGNED_STAGES = sql`('agreement_signed', 'in_execution', 'completed')`;

const yearStart = (f: AnnualFilter) => `${f.year}-01-01`;
const yearEnd = (f: AnnualFilter) => `${f.year + 1}-01-01`;

/** The title in the asked language, else in the record's default language. */
export const titleIn = (alias: string, lang: string): SQL => sql`coalesce(${sql.raw(alias)}.title->>${lang}, ${sql.raw(alias)}.title->>${sql.raw(alias)}.default_language, '')`;

export function eventInScope(scope: ReportScope, alias = 'e'): SQL {
  if (scope.kind === 'platform') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM event_organisers eo WHERE eo.event_id = ${sql.raw(alias)}.id AND eo.organisation_id = ${scope.organisationId})`;
}

function agreementInScope(scope: ReportScope): SQL {
  if (scope.kind === 'platform') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM agreement_parties sp WHERE sp.agreement_id = a.id AND sp.organisation_id = ${scope.organisationId})`;
}

function projectInScope(scope: ReportScope): SQL {
  if (scope.kind === 'platform') return sql`TRUE`;
  return sql`(pp.organisation_id = ${scope.organisationId} OR EXISTS (SELECT 1 FROM programmes pr WHERE pr.id = pp.programme_id AND pr.organisation_id = ${scope.organisationId}))`;
}

const matchmakingEvent = (f: AnnualFilter): SQL =>
  sql`e.kind IN ${MATCHMAKING_KINDS} AND e.status = 'published' AND e.parent_event_id IS NULL AND e.country = ${f.homeCountry} AND e.starts_on >= ${yearStart(f)} AND e.starts_on < ${yearEnd(f)} AND ${eventInScope(f.scope)}`;
const flagshipEvent = (f: AnnualFilter): SQL =>
  sql`e.kind IN ${FLAGSHIP_KINDS} AND e.status = 'published' AND e.parent_event_id IS NULL AND e.starts_on >= ${yearStart(f)} AND e.starts_on < ${yearEnd(f)} AND ${eventInScope(f.scope)}`;

const domesticTraining = (f: AnnualFilter): SQL =>
  sql`b.starts_on >= ${yearStart(f)} AND b.starts_on < ${yearEnd(f)} AND tp.partner_countries <@ ARRAY[${f.homeCountry}]::text[] ${f.scope.kind === 'organisation' ? sql`AND b.organisation_id = ${f.scope.organisationId}` : sql``}`;

const agreementSigned = (f: AnnualFilter): SQL => sql`a.signed_on >= ${yearStart(f)} AND a.signed_on < ${yearEnd(f)} AND ${agreementInScope(f.scope)}`;

/** Countries of a project's lead applicant and confirmed co-applicants. */
const projectCountries = sql`(SELECT array_agg(DISTINCT c) FROM (SELECT o.country AS c UNION SELECT co.country FROM programme_co_applicants ca JOIN organisations co ON co.id = ca.organisation_id WHERE ca.application_id = pp.application_id AND ca.status = 'confirmed') cs)`;

function projects(f: AnnualFilter, international: boolean, money: boolean): SQL {
  const rc = f.reportingCurrency;
  const digits = (c: SQL) => sql`(CASE WHEN ${c} IN ('JPY', 'KRW', 'VND') THEN 0 ELSE 2 END)`;
  const value = money
    ? sql`CASE WHEN coalesce(pp.currency, ${rc}) = ${rc} THEN pp.awarded_minor::float8 ELSE (
        SELECT round(pp.awarded_minor * r.rate * power(10::numeric, ${digits(sql`${rc}::text`)} - ${digits(sql`pp.currency`)}))::float8
        FROM exchange_rates r WHERE r.currency = pp.currency AND r.reporting_currency = ${rc} AND r.valid_on <= pp.created_at::date
        ORDER BY r.valid_on DESC LIMIT 1) END`
    : sql`1::float8`;
  const detail = international
    ? sql`array_to_string(ARRAY(SELECT x FROM unnest(${projectCountries}) x WHERE x <> ${f.homeCountry} ORDER BY x), '; ')`
    : sql`array_to_string(ap.sectors, '; ')`;
  return sql`SELECT 'project' AS kind, pp.id::text AS id, pp.title AS label, pp.created_at::date::text AS date, o.country AS country,
      ${value} AS value, ${money ? sql`${rc}::text` : sql`NULL::text`} AS currency, ${detail} AS detail
    FROM programme_projects pp JOIN organisations o ON o.id = pp.organisation_id JOIN programme_applications ap ON ap.id = pp.application_id
    WHERE pp.created_at >= ${yearStart(f)}::date AND pp.created_at < ${yearEnd(f)}::date AND ${projectInScope(f.scope)}
      AND ${international ? sql`` : sql`NOT`} EXISTS (SELECT 1 FROM unnest(${projectCountries}) x WHERE x <> ${f.homeCountry})`;
}

/** Participants of one event: confirmed registrations, with their organisation's country (else their own). */
const participants = (eventId: string, extra: SQL = sql``): SQL =>
  sql`SELECT 'registration' AS kind, r.id::text AS id, coalesce(r.organisation_name, r.display_name) AS label, r.created_at::date::text AS date,
      coalesce(o.country, r.country) AS country, 1::float8 AS value, NULL::text AS currency, r.participant_type AS detail
    FROM event_registrations r JOIN events e ON e.id = r.event_id LEFT JOIN organisations o ON o.id = r.organisation_id
    WHERE r.event_id = ${eventId} AND r.status = 'confirmed' ${extra}`;

function recordsQuery(ref: FigureRef, f: AnnualFilter): SQL {
  const id = ref.subjectId ?? '00000000-0000-0000-0000-000000000000';
  const name: FigureName = ref.name;
  switch (name) {
    case 'domestic.agreements':
      return sql`SELECT 'agreement' AS kind, a.id::text AS id, ${titleIn('a', f.lang)} AS label, a.signed_on::text AS date, NULL::text AS country, 1::float8 AS value, NULL::text AS currency,
          (SELECT string_agg(coalesce(p.region, p.name), '; ' ORDER BY p.position) FROM agreement_parties p WHERE p.agreement_id = a.id AND p.position > 0) AS detail
        FROM agreements a WHERE a.kind = 'framework_agreement' AND a.countries <@ ARRAY[${f.homeCountry}]::text[] AND ${agreementSigned(f)}`;
    case 'international.mousRenewed':
    case 'international.jointLabs':
    case 'international.platforms': {
      const kind =
        name === 'international.mousRenewed' ? sql`a.kind = 'mou' AND a.renewed_from_id IS NOT NULL` : name === 'international.jointLabs' ? sql`a.kind = 'joint_lab'` : sql`a.kind IN ('incubation_platform', 'technology_transfer_platform')`;
      const detail = name === 'international.jointLabs' ? sql`array_to_string(a.sectors, '; ')` : sql`array_to_string(ARRAY(SELECT x FROM unnest(a.countries) x WHERE x <> ${f.homeCountry} ORDER BY x), '; ')`;
      return sql`SELECT 'agreement' AS kind, a.id::text AS id, ${titleIn('a', f.lang)} AS label, a.signed_on::text AS date,
          (SELECT min(x) FROM unnest(a.countries) x WHERE x <> ${f.homeCountry}) AS country, 1::float8 AS value, NULL::text AS currency, ${detail} AS detail
        FROM agreements a WHERE ${kind} AND ${agreementSigned(f)}`;
    }
    case 'domestic.trainingBatches':
    case 'domestic.trainees':
    case 'training.batches':
    case 'training.trainees': {
      const trainees = name.endsWith('trainees');
      return sql`SELECT 'training_batch' AS kind, b.id::text AS id, ${titleIn('tp', f.lang)} || coalesce(' · ' || b.label, '') AS label, b.starts_on::text AS date, NULL::text AS country,
          ${trainees ? sql`b.trainee_count::float8` : sql`1::float8`} AS value, NULL::text AS currency, b.mode AS detail
        FROM training_batches b JOIN training_programmes tp ON tp.id = b.programme_id
        WHERE ${domesticTraining(f)} ${name.startsWith('training.') ? sql`AND tp.id = ${id}` : sql``}`;
    }
    case 'domestic.projects':
      return projects(f, false, false);
    case 'domestic.funds':
      return projects(f, false, true);
    case 'international.projects':
      return projects(f, true, false);
    case 'matchmaking.events':
      return sql`SELECT 'event' AS kind, e.id::text AS id, ${titleIn('e', f.lang)} AS label, e.starts_on::text AS date, e.country AS country, 1::float8 AS value, NULL::text AS currency, e.city AS detail
        FROM events e WHERE ${matchmakingEvent(f)}`;
    case 'matchmaking.organisations':
      return sql`SELECT 'organisation' AS kind, o.id::text AS id, o.name AS label, NULL::text AS date, o.country AS country, 1::float8 AS value, NULL::text AS currency, o.type AS detail
        FROM organisations o WHERE o.id IN (
          SELECT r.organisation_id FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE r.status = 'confirmed' AND r.organisation_id IS NOT NULL AND ${matchmakingEvent(f)}
          UNION SELECT x.organisation_id FROM event_exhibitors x JOIN events e ON e.id = x.event_id WHERE ${matchmakingEvent(f)})`;
    case 'matchmaking.projects':
      return sql`SELECT 'listing' AS kind, l.id::text AS id, l.title AS label, l.published_at::date::text AS date, l.country AS country, 1::float8 AS value, NULL::text AS currency, l.type AS detail
        FROM listings l WHERE l.id::text IN (
          SELECT unnest(r.offer_listing_ids) FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE r.status = 'confirmed' AND ${matchmakingEvent(f)}
          UNION SELECT unnest(x.listing_ids) FROM event_exhibitors x JOIN events e ON e.id = x.event_id WHERE ${matchmakingEvent(f)})`;
    case 'matchmaking.viewers':
      return sql`SELECT 'session' AS kind, s.id::text AS id, ${titleIn('e', f.lang)} || ' · ' || coalesce(s.title->>${f.lang}, s.title->>e.default_language, '') AS label, s.starts_at::date::text AS date,
          e.country AS country, s.online_viewers::float8 AS value, NULL::text AS currency, NULL::text AS detail
        FROM event_sessions s JOIN events e ON e.id = s.event_id WHERE s.online_viewers > 0 AND ${matchmakingEvent(f)}`;
    case 'event.participants':
      return participants(id);
    case 'event.foreignShare':
      return participants(id, sql`AND e.country IS NOT NULL AND coalesce(o.country, r.country) <> e.country`);
    case 'event.countries':
      return sql`SELECT 'country' AS kind, c.country AS id, c.country AS label, NULL::text AS date, c.country AS country, 1::float8 AS value, NULL::text AS currency, c.n::text AS detail
        FROM (SELECT country, count(*) AS n FROM (${participants(id)}) p GROUP BY country) c`;
    case 'event.exhibitors':
    case 'event.area':
      return sql`SELECT 'exhibitor' AS kind, x.id::text AS id, o.name AS label, NULL::text AS date, o.country AS country,
          ${name === 'event.area' ? sql`x.area_sqm::float8` : sql`1::float8`} AS value, NULL::text AS currency, x.booth_number AS detail
        FROM event_exhibitors x JOIN organisations o ON o.id = x.organisation_id WHERE x.event_id = ${id} ${name === 'event.area' ? sql`AND x.area_sqm IS NOT NULL` : sql``}`;
    case 'event.viewers':
      return sql`SELECT 'session' AS kind, s.id::text AS id, coalesce(s.title->>${f.lang}, s.title->>e.default_language, '') AS label, s.starts_at::date::text AS date, NULL::text AS country,
          s.online_viewers::float8 AS value, NULL::text AS currency, NULL::text AS detail
        FROM event_sessions s JOIN events e ON e.id = s.event_id WHERE s.event_id = ${id} AND s.online_viewers > 0`;
    case 'event.intentions':
    case 'event.intentionValue': {
      const money = name === 'event.intentionValue';
      return sql`SELECT 'deal' AS kind, d.id::text AS id, d.title AS label, coalesce(d.signed_on::text, d.stage_changed_at::date::text) AS date, NULL::text AS country,
          ${money ? sql`CASE WHEN d.reporting_currency = ${f.reportingCurrency} THEN d.reporting_amount_minor::float8 END` : sql`1::float8`} AS value,
          ${money ? sql`${f.reportingCurrency}::text` : sql`NULL::text`} AS currency, d.stage AS detail
        FROM deals d WHERE d.event_id = ${id} AND d.stage IN ${INTENTION_STAGES} ${money ? sql`AND d.amount_minor IS NOT NULL` : sql``}`;
    }
  }
}

export async function figureTotal(db: Executor, ref: FigureRef, f: AnnualFilter): Promise<FigureTotal> {
  const [row] = await queryRows<{ count: number; sum: number; missing: number }>(
    db,
    sql`SELECT count(*)::int AS count, coalesce(sum(q.value), 0)::float8 AS sum, (count(*) FILTER (WHERE q.value IS NULL))::int AS missing FROM (${recordsQuery(ref, f)}) q`,
  );
  return { count: Number(row?.count ?? 0), sum: Number(row?.sum ?? 0), missing: Number(row?.missing ?? 0) };
}

export async function figureRecords(db: Executor, ref: FigureRef, f: AnnualFilter, limit: number): Promise<FigureRecord[]> {
  const rows = await queryRows<FigureRecord>(db, sql`SELECT * FROM (${recordsQuery(ref, f)}) q ORDER BY q.date NULLS LAST, q.label, q.id LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
}

export async function subjectInReport(db: Executor, ref: FigureRef, f: AnnualFilter): Promise<boolean> {
  const id = ref.subjectId ?? '00000000-0000-0000-0000-000000000000';
  const query = ref.name.startsWith('training.')
    ? sql`SELECT 1 FROM training_batches b JOIN training_programmes tp ON tp.id = b.programme_id WHERE tp.id = ${id} AND ${domesticTraining(f)} LIMIT 1`
    : sql`SELECT 1 FROM events e WHERE e.id = ${id} AND ((${flagshipEvent(f)}) OR (${matchmakingEvent(f)})) LIMIT 1`;
  return (await queryRows(db, query)).length > 0;
}

export async function flagshipEvents(db: Executor, f: AnnualFilter): Promise<AnnualEvent[]> {
  return queryRows<AnnualEvent>(
    db,
    sql`SELECT e.id::text AS id, e.kind, e.title, e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn", e.city FROM events e WHERE ${flagshipEvent(f)} ORDER BY e.starts_on, e.id`,
  );
}

export async function trainingProgrammes(db: Executor, f: AnnualFilter): Promise<Array<{ id: string; title: Record<string, string>; online: boolean }>> {
  return queryRows(
    db,
    sql`SELECT tp.id::text AS id, tp.title, bool_or(b.mode <> 'offline') AS online FROM training_batches b JOIN training_programmes tp ON tp.id = b.programme_id
      WHERE ${domesticTraining(f)} GROUP BY tp.id, tp.title ORDER BY min(b.starts_on), tp.id`,
  );
}
