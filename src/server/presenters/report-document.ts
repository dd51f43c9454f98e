/**
 * The annual report as a document in one language: headings and sentences from the UI's i18n templates
 * (src/web/i18n/locales/reports/<lang>.json) with the figures filled in. Shared by the HTML/PDF and XLSX
 * exports, so they read the same as the page.
 */
import { readFileSync } from 'node:fs';
import { TAXONOMY } from '../../db/seed/taxonomy.js';
import type { AnnualReport, Figure } from '../../domain/reports/schema.js';
import { UI_LANGUAGES } from '../../domain/shared/vocab.js';

type Lang = (typeof UI_LANGUAGES)[number];
type Templates = Record<string, string>;

const catalogues = new Map<Lang, { annual: Templates; sources: Templates }>();

function catalogue(lang: Lang): { annual: Templates; sources: Templates } {
  let c = catalogues.get(lang);
  if (!c) {
    const file = new URL(`../../web/i18n/locales/reports/${lang}.json`, import.meta.url);
    c = (JSON.parse(readFileSync(file, 'utf8')) as { reports: { annual: Templates; sources: Templates } }).reports;
    catalogues.set(lang, c);
  }
  return c;
}

const templates = (lang: Lang): Templates => catalogue(lang).annual;

/** What a figure counts, in the language (the key's name with `_` for `.`), else the English source. */
export function figureSource(key: string, fallback: string, lang: string | undefined): string {
  const name = (key.split(':')[0] ?? '').replace('.', '_');
  return catalogue(reportLanguage(lang)).sources[name] ?? fallback;
}

export function reportLanguage(lang: string | undefined): Lang {
  return (UI_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Lang) : 'en';
}

/** A paragraph of the document; `figures` are the keys of the figures it states (for tracing). */
export interface DocumentBlock {
  kind: 'h1' | 'h2' | 'h3' | 'p' | 'meta';
  text: string;
  figures: string[];
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  blocks: DocumentBlock[];
  /** Every figure with its label, formatted value and source. */
  figures: Array<{ figure: Figure; label: string; formatted: string; source: string }>;
}

export function formatters(lang: Lang, currency: string) {
  const number = new Intl.NumberFormat(lang);
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const sectors = new Map(TAXONOMY.map((c) => [c.code, c.labels as Record<string, string>]));
  const money = (minor: number) => new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(minor / 100);
  return {
    number: (v: number) => number.format(v),
    money,
    share: (v: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v),
    country: (code: string) => (/^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code),
    sector: (code: string) => sectors.get(code)?.[lang] ?? sectors.get(code)?.en ?? code,
    list: (items: string[]) => list.format(items),
    figure(f: Figure): string {
      if (f.unit === 'money') return money(f.value);
      if (f.unit === 'share') return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(f.value);
      return number.format(f.value);
    },
  };
}

export function localised(text: Record<string, string>, lang: string): string {
  return text[lang] ?? text.en ?? text['zh-Hans'] ?? Object.values(text)[0] ?? '';
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? '');

export function annualDocument(report: AnnualReport, langInput: string | undefined): ReportDocument {
  const lang = reportLanguage(langInput);
  const t = templates(lang);
  const fmt = formatters(lang, report.reportingCurrency);
  const blocks: DocumentBlock[] = [];
  const figures: ReportDocument['figures'] = [];
  const noted = (label: string, ...list: Figure[]) => {
    for (const f of list) figures.push({ figure: f, label, formatted: fmt.figure(f), source: figureSource(f.key, f.source, lang) });
    return list.map((f) => f.key);
  };
  const p = (key: string, values: Record<string, string>, label: string, ...list: Figure[]) => blocks.push({ kind: 'p', text: fill(t[key] ?? key, values), figures: noted(label, ...list) });
  const h = (kind: 'h2' | 'h3', key: string) => blocks.push({ kind, text: t[key] ?? key, figures: [] });
  const listOr = (items: string[]) => (items.length ? fmt.list(items) : (t.none ?? '—'));
  const d = report.domestic;
  const i = report.international;
  const title = fill(t.title ?? '', { year: String(report.year) });
  blocks.push({ kind: 'h1', text: title, figures: [] });
  blocks.push({ kind: 'meta', text: report.scopeName ? fill(t.subtitleOrganisation ?? '', { name: report.scopeName }) : (t.subtitlePlatform ?? ''), figures: [] });
  blocks.push({ kind: 'meta', text: fill(t.generated ?? '', { date: report.generatedAt.slice(0, 10), currency: report.reportingCurrency }), figures: [] });

  h('h2', 'domestic');
  h('h3', 'agreementsHeading');
  p('agreements', { count: fmt.figure(d.agreements), regions: listOr(d.agreementRegions) }, t.agreementsHeading ?? '', d.agreements);
  h('h3', 'trainingsHeading');
  for (const line of d.trainings) {
    p('trainingLine', { title: localised(line.title, lang), batches: fmt.figure(line.batches), trainees: fmt.figure(line.trainees) }, localised(line.title, lang), line.batches, line.trainees);
  }
  p('trainingsTotal', { batches: fmt.figure(d.trainingBatches), trainees: fmt.figure(d.trainees) }, t.trainingsHeading ?? '', d.trainingBatches, d.trainees);
  h('h3', 'projectsHeading');
  p('projects', { count: fmt.figure(d.projects), funds: fmt.figure(d.funds), sectors: listOr(d.projectSectors.map(fmt.sector)) }, t.projectsHeading ?? '', d.projects, d.funds);
  h('h3', 'matchmakingHeading');
  p(
    'matchmaking',
    { events: fmt.figure(d.matchmakingEvents), organisations: fmt.figure(d.matchmakingOrganisations), projects: fmt.figure(d.matchmakingProjects), viewers: fmt.figure(d.matchmakingViewers) },
    t.matchmakingHeading ?? '',
    d.matchmakingEvents,
    d.matchmakingOrganisations,
    d.matchmakingProjects,
    d.matchmakingViewers,
  );

  h('h2', 'international');
  h('h3', 'networkHeading');
  p('intlProjects', { count: fmt.figure(i.projects), countries: listOr(i.projectCountries.map(fmt.country)) }, t.networkHeading ?? '', i.projects);
  p('mous', { count: fmt.figure(i.mousRenewed), countries: listOr(i.mouCountries.map(fmt.country)) }, t.networkHeading ?? '', i.mousRenewed);
  p('jointLabs', { count: fmt.figure(i.jointLabs), sectors: listOr(i.jointLabSectors.map(fmt.sector)) }, t.networkHeading ?? '', i.jointLabs);
  p('platforms', { count: fmt.figure(i.platforms), countries: listOr(i.platformCountries.map(fmt.country)) }, t.networkHeading ?? '', i.platforms);
  h('h3', 'flagshipHeading');
  for (const e of i.flagshipEvents) {
    const name = localised(e.title, lang);
    blocks.push({ kind: 'h3', text: `${name} (${fill(t.eventDates ?? '', { start: e.startsOn, end: e.endsOn })})`, figures: [] });
    p('eventParticipants', { participants: fmt.figure(e.participants), countries: fmt.figure(e.countries), share: fmt.figure(e.foreignShare) }, name, e.participants, e.countries, e.foreignShare);
    if (e.exhibitors.value > 0) p('eventExhibitors', { exhibitors: fmt.figure(e.exhibitors), area: fmt.figure(e.areaSqm) }, name, e.exhibitors, e.areaSqm);
    if (e.intentions.value > 0) p('eventIntentions', { intentions: fmt.figure(e.intentions), value: fmt.figure(e.intentionValue) }, name, e.intentions, e.intentionValue);
    if (e.onlineViewers.value > 0) p('eventViewers', { viewers: fmt.figure(e.onlineViewers) }, name, e.onlineViewers);
  }
  return { lang, title, blocks, figures };
}

export function documentLabels(lang: string | undefined): Templates {
  return templates(reportLanguage(lang));
}
