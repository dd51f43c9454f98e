/**
 * Pure rules about a listing's content: per-type validation beyond the schema, the denormalised
 * columns used by facets and matching, and the text that feeds the search index.
 */
import { Compile } from 'typebox/compile';
import type { FieldError } from '../errors.js';
import { fail } from '../errors.js';
import type { TaxonomyConcept } from '../platform/store.js';
import { buildTsvectorLiteral } from '../search/text.js';
import type { ListingType } from '../shared/vocab.js';
import { DETAILS_SCHEMAS } from './schema.js';

type Validator = { Check(value: unknown): boolean; Errors(value: unknown): Iterable<{ instancePath: string; message: string; keyword: string }> };
const detailValidators = Object.fromEntries(
  Object.entries(DETAILS_SCHEMAS).map(([type, schema]) => [type, Compile(schema) as unknown as Validator]),
) as Record<ListingType, Validator>;

/** Validates `details` against its type's schema; errors carry paths under /details. */
export function validateDetails(type: ListingType, details: unknown): Record<string, unknown> {
  const validator = detailValidators[type];
  if (!validator.Check(details)) {
    const errors: FieldError[] = [...validator.Errors(details)].map((e) => ({
      path: `/details${e.instancePath}`,
      message: e.message,
      keyword: e.keyword,
    }));
    fail('VALIDATION_FAILED', errors);
  }
  const checked = details as Record<string, unknown>;
  assertRanges(checked);
  return checked;
}

function assertRanges(details: Record<string, unknown>): void {
  for (const key of ['budget', 'salary']) {
    const range = details[key] as { min?: number; max?: number } | undefined;
    if (range && range.min !== undefined && range.max !== undefined && range.min > range.max) {
      fail('INVALID_RANGE', [{ path: `/details/${key}`, message: 'min must not exceed max' }]);
    }
  }
}

export interface DerivedColumns {
  trl: number | null;
  deadline: string | null;
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
}

/** Columns copied out of `details` so filters, facets and matching need not parse JSON. */
export function deriveColumns(type: ListingType, details: Record<string, unknown>): DerivedColumns {
  const money = (value: unknown): { min: number | null; max: number | null; currency: string | null } => {
    if (!value || typeof value !== 'object') return { min: null, max: null, currency: null };
    const v = value as { min?: number; max?: number; amount?: number; currency?: string };
    return {
      min: v.min ?? v.amount ?? null,
      max: v.max ?? v.amount ?? null,
      currency: v.currency ?? null,
    };
  };
  const trl = type === 'technology_offer' ? (details.trl as number) : type === 'technology_need' ? ((details.trlMin as number | undefined) ?? null) : null;
  const m =
    type === 'technology_need' || type === 'funding_call'
      ? money(details.budget)
      : type === 'project'
        ? money(details.fundingSought)
        : type === 'job'
          ? money(details.salary)
          : money(null);
  return {
    trl,
    deadline: (details.deadline as string | undefined) ?? null,
    amountMin: m.min,
    amountMax: m.max,
    currency: m.currency,
  };
}

/** Text values found anywhere inside details (problem statements, positions, expertise …). */
function detailTexts(details: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && v.length > 3 && !/^[a-z_]+$/.test(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(details);
  return out;
}

export interface SearchableListing {
  title: string;
  summary: string;
  translations: Array<{ title: string; summary: string }>;
  sectors: string[];
  keywords: string[];
  freeKeywords: string[];
  details: Record<string, unknown>;
}

/**
 * The search document. Taxonomy labels and synonyms in all five languages are indexed with each listing,
 * so a German query finds a Chinese listing tagged with the same concept.
 */
export function searchDocument(listing: SearchableListing, taxonomy: ReadonlyMap<string, TaxonomyConcept>): string {
  const conceptTerms: string[] = [];
  for (const code of [...listing.sectors, ...listing.keywords]) {
    const concept = taxonomy.get(code);
    if (!concept) continue;
    conceptTerms.push(...Object.values(concept.labels), ...Object.values(concept.synonyms).flat());
  }
  return buildTsvectorLiteral([
    { text: [listing.title, ...listing.translations.map((t) => t.title)].join('\n'), weight: 'A' },
    { text: [...listing.freeKeywords, ...conceptTerms].join('\n'), weight: 'B' },
    { text: [listing.summary, ...listing.translations.map((t) => t.summary)].join('\n'), weight: 'C' },
    { text: detailTexts(listing.details).join('\n'), weight: 'D' },
  ]);
}
