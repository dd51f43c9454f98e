/**
 * Listings out to spreadsheets: the export's columns and rows, the import template, and reading a whole
 * search result page by page. Rows are built from what the viewer may see (the presented listing), never
 * from the database row, so an anonymous listing exports without its organisation.
 */
import type { Stores } from '../ports.js';
import { LISTING_TYPES, type ListingType } from '../shared/vocab.js';
import { deriveColumns } from './derive.js';
import { IMPORT_PATHS, importPathsOf } from './import.js';
import type { ListingQuery, ListingView } from './store.js';

export const EXPORT_MAX_ROWS = 10_000;
const EXPORT_PAGE_SIZE = 500;

export type SheetCell = string | number | null;

/** The shape of a presented listing the export needs (presentListing's output has it). */
export interface ExportableListing {
  id: string;
  type: ListingType;
  status: string;
  language: string;
  title: string;
  summary: string;
  organisation: { name: string; country: string } | null;
  sectors: string[];
  keywords: string[];
  countriesSought: string[];
  trl: number | null;
  deadline: string | null;
  publishedAt: string | null;
  details: Record<string, unknown>;
}

/** Header names are the import's field paths where there is one, so an export maps itself on re-import. */
export const EXPORT_COLUMNS = [
  'id',
  'type',
  'status',
  'language',
  'title',
  'summary',
  'organisation',
  'country',
  'sectors',
  'keywords',
  'countriesSought',
  'trl',
  'deadline',
  'amountMin',
  'amountMax',
  'currency',
  'publishedAt',
  'url',
] as const;

export function exportRow(listing: ExportableListing, publicUrl: string): SheetCell[] {
  const money = deriveColumns(listing.type, listing.details);
  const cells: Record<(typeof EXPORT_COLUMNS)[number], SheetCell> = {
    id: listing.id,
    type: listing.type,
    status: listing.status,
    language: listing.language,
    title: listing.title,
    summary: listing.summary,
    organisation: listing.organisation?.name ?? null,
    country: listing.organisation?.country ?? null,
    sectors: listing.sectors.join('; '),
    keywords: listing.keywords.join('; '),
    countriesSought: listing.countriesSought.join('; '),
    trl: listing.trl,
    deadline: listing.deadline,
    amountMin: money.amountMin,
    amountMax: money.amountMax,
    currency: money.currency,
    publishedAt: listing.publishedAt,
    url: `${publicUrl}/listings/${listing.id}`,
  };
  return EXPORT_COLUMNS.map((c) => cells[c]);
}

/**
 * Every row of a search, following the keyset cursor, up to `maxRows`. `total` is the full count, so the
 * caller can tell the user when the file was cut short.
 */
export async function searchAll(stores: Stores, query: ListingQuery, maxRows = EXPORT_MAX_ROWS): Promise<{ rows: ListingView[]; total: number }> {
  const rows: ListingView[] = [];
  let after = query.after;
  let total = 0;
  while (rows.length < maxRows) {
    const limit = Math.min(EXPORT_PAGE_SIZE, maxRows - rows.length);
    const page = await stores.listings.search({ ...query, after, limit, withFacets: false });
    if (after === query.after) total = page.total;
    rows.push(...page.rows);
    const last = page.rows[page.rows.length - 1];
    if (!last || page.rows.length < limit) break;
    after = { key: last.sortKey, id: last.id };
  }
  return { rows, total };
}

// ── The import template ───────────────────────────────────────────────────────────────────────────

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One valid example value per importable path (list cells separated by "; "). */
function exampleValues(type: ListingType, today: string): Record<string, string> {
  return {
    type,
    language: 'en',
    title: 'Laser welding of aluminium battery trays',
    summary: 'Fibre-laser welding process for aluminium battery trays with low porosity and little distortion.',
    sectors: 'laser_technology; new_energy_vehicles',
    keywords: 'kw.laser_welding',
    freeKeywords: 'battery tray; porosity',
    countriesSought: 'DE; VN',
    visibility: 'public',
    expiresAt: addDays(today, 180),
    'details.trl': '6',
    'details.iprStatus': 'patent_granted',
    'details.patentNumbers': 'CN112345678A',
    'details.cooperationTypes': 'licensing; joint_rd',
    'details.applications': 'Battery trays and housings for electric vehicles',
    'details.problem': 'MIG welding of the trays distorts them and leaves pores.',
    'details.desiredSolution': 'A laser or hybrid laser-arc welding process with equipment.',
    'details.budget.min': '500000',
    'details.budget.max': '2000000',
    'details.budget.amount': '1000000',
    'details.budget.currency': 'EUR',
    'details.deadline': addDays(today, 90),
    'details.trlMin': '5',
    'details.stage': 'prototype',
    'details.fundingSought.amount': '2000000',
    'details.fundingSought.currency': 'EUR',
    'details.teamSize': '12',
    'details.useOfFunds': 'Pilot line and certification',
    'details.position': 'Welding process engineer',
    'details.discipline': 'Materials engineering',
    'details.city': 'Dresden',
    'details.country': 'DE',
    'details.workMode': 'hybrid',
    'details.contractType': 'full_time',
    'details.salary.min': '60000',
    'details.salary.max': '80000',
    'details.salary.currency': 'EUR',
    'details.salary.period': 'year',
    'details.expertise': 'Laser materials processing and weld quality inspection',
    'details.languages': 'en; de; zh',
    'details.seeking': 'job; partner',
    'details.willingToRelocate': 'yes',
    'details.partnerKind': 'rd_partner',
    'details.role': 'Develop and qualify the welding process with us',
    'details.programme': 'Sino-German battery innovation programme',
    'details.eligibility': 'Enterprises and research institutes in China or Germany',
  };
}

/**
 * The import template: a header of field paths (they map themselves) and one example row. Without a
 * type it has the columns of every type, with an example technology offer.
 */
export function importTemplate(type: ListingType | null, today: string): string[][] {
  const columns = type ? importPathsOf(type) : [...IMPORT_PATHS];
  const exampleType = type ?? LISTING_TYPES[0];
  const examples = exampleValues(exampleType, today);
  const own = new Set(importPathsOf(exampleType));
  return [columns, columns.map((c) => (own.has(c) ? (examples[c] ?? '') : ''))];
}
