/**
 * The annual report: a document shaped like a municipal S&T cooperation report (domestic cooperation,
 * then international cooperation with the flagship events), every figure computed from the records and
 * carrying its key and source so it can be traced back to them.
 */
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import { FIGURES, SUMMED, figureKey, parseFigureKey, type FigureName, type FigureRef } from './figures.js';
import { resolveReportScope, scopeKey } from './policy.js';
import type { AnnualReport, Figure, FigureRecords, FlagshipEvent } from './schema.js';
import type { AnnualFilter } from './store.js';

export interface ReportSettings {
  homeCountry: string;
  reportingCurrency: string;
}

/** Records listed behind one figure at most (a figure's value always counts them all). */
export const FIGURE_RECORDS_LIMIT = 5_000;

export function annualFilter(actor: Actor | null, settings: ReportSettings, query: { year: number; scope?: string | undefined; lang?: string | undefined }): AnnualFilter {
  return { scope: resolveReportScope(actor, query.scope), year: query.year, homeCountry: settings.homeCountry, reportingCurrency: settings.reportingCurrency, lang: query.lang ?? 'en' };
}

async function figure(s: Stores, filter: AnnualFilter, name: FigureName, subjectId?: string, share?: { of: FigureName }): Promise<Figure> {
  const ref: FigureRef = { name, subjectId: subjectId ?? null };
  const def = FIGURES[name];
  const total = await s.reports.figureTotal(ref, filter);
  let value = SUMMED.has(name) ? total.sum : total.count;
  if (share) {
    const whole = await s.reports.figureTotal({ name: share.of, subjectId: subjectId ?? null }, filter);
    value = whole.count === 0 ? 0 : total.count / whole.count;
  }
  return {
    key: figureKey(name, subjectId),
    value,
    unit: def.unit,
    ...(def.unit === 'money' ? { currency: filter.reportingCurrency } : {}),
    source: total.missing > 0 ? `${def.source} (${total.missing} without a converted value left out)` : def.source,
  };
}

const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => !!v))].sort();

async function details(s: Stores, filter: AnnualFilter, name: FigureName, field: 'country' | 'detail'): Promise<string[]> {
  const records = await s.reports.figureRecords({ name, subjectId: null }, filter, FIGURE_RECORDS_LIMIT);
  return distinct(records.flatMap((r) => (field === 'detail' ? (r.detail ?? '').split('; ') : [r.country])));
}

async function flagship(s: Stores, filter: AnnualFilter, e: { id: string; kind: string; title: Record<string, string>; startsOn: string; endsOn: string; city: string | null }): Promise<FlagshipEvent> {
  // Independent reads: on a connection pool they run side by side (one connection serialises them).
  const [participants, countries, foreignShare, exhibitors, areaSqm, onlineViewers, intentions, intentionValue] = await Promise.all([
    figure(s, filter, 'event.participants', e.id),
    figure(s, filter, 'event.countries', e.id),
    figure(s, filter, 'event.foreignShare', e.id, { of: 'event.participants' }),
    figure(s, filter, 'event.exhibitors', e.id),
    figure(s, filter, 'event.area', e.id),
    figure(s, filter, 'event.viewers', e.id),
    figure(s, filter, 'event.intentions', e.id),
    figure(s, filter, 'event.intentionValue', e.id),
  ]);
  return { ...e, participants, countries, foreignShare, exhibitors, areaSqm, onlineViewers, intentions, intentionValue };
}

export async function buildAnnualReport(s: Stores, filter: AnnualFilter, generatedAt: Date): Promise<AnnualReport> {
  const f = (name: FigureName) => figure(s, filter, name);
  const trainings = [];
  for (const p of await s.reports.trainingProgrammes(filter)) {
    trainings.push({ id: p.id, title: p.title, online: p.online, batches: await figure(s, filter, 'training.batches', p.id), trainees: await figure(s, filter, 'training.trainees', p.id) });
  }
  const events = [];
  for (const e of await s.reports.flagshipEvents(filter)) events.push(await flagship(s, filter, e));
  return {
    year: filter.year,
    scope: scopeKey(filter.scope),
    scopeName: filter.scope.kind === 'organisation' ? await s.reports.organisationName(filter.scope.organisationId) : null,
    homeCountry: filter.homeCountry,
    reportingCurrency: filter.reportingCurrency,
    generatedAt: generatedAt.toISOString(),
    domestic: {
      agreements: await f('domestic.agreements'),
      agreementRegions: await details(s, filter, 'domestic.agreements', 'detail'),
      trainingBatches: await f('domestic.trainingBatches'),
      trainees: await f('domestic.trainees'),
      trainings,
      projects: await f('domestic.projects'),
      funds: await f('domestic.funds'),
      projectSectors: await details(s, filter, 'domestic.projects', 'detail'),
      matchmakingEvents: await f('matchmaking.events'),
      matchmakingOrganisations: await f('matchmaking.organisations'),
      matchmakingProjects: await f('matchmaking.projects'),
      matchmakingViewers: await f('matchmaking.viewers'),
    },
    international: {
      projects: await f('international.projects'),
      projectCountries: await details(s, filter, 'international.projects', 'detail'),
      mousRenewed: await f('international.mousRenewed'),
      mouCountries: await details(s, filter, 'international.mousRenewed', 'detail'),
      jointLabs: await f('international.jointLabs'),
      jointLabSectors: await details(s, filter, 'international.jointLabs', 'detail'),
      platforms: await f('international.platforms'),
      platformCountries: await details(s, filter, 'international.platforms', 'detail'),
      flagshipEvents: events,
    },
  };
}

/** The records behind one figure; 404 for an unknown key or a subject outside the report. */
export async function figureRecords(s: Stores, filter: AnnualFilter, key: string): Promise<FigureRecords> {
  const ref = parseFigureKey(key);
  if (!ref) fail('REPORT_FIGURE_NOT_FOUND');
  if (ref.subjectId && !(await s.reports.subjectInReport(ref, filter))) fail('REPORT_FIGURE_NOT_FOUND');
  return { key, source: FIGURES[ref.name].source, records: await s.reports.figureRecords(ref, filter, FIGURE_RECORDS_LIMIT) };
}
