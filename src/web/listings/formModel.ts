/**
 * The listing form's values <-> the API's ListingInput, and server validation paths <-> form fields.
 * Dates are dayjs values in the form and YYYY-MM-DD strings on the wire.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { ListingInput } from '../../domain/listings/schema';
import type { ContentLanguage, Listing, ListingType, Visibility } from '../api/types';
import { DETAIL_FIELDS, type DetailField } from './fields';

export interface TranslationValues {
  language?: ContentLanguage;
  title?: string;
  summary?: string;
}

export interface ListingFormValues {
  organisationId?: string;
  title?: string;
  summary?: string;
  language?: ContentLanguage;
  visibility?: Visibility;
  sectors?: string[];
  keywords?: string[];
  freeKeywords?: string[];
  countriesSought?: string[];
  expiresAt?: Dayjs | null;
  translations?: TranslationValues[];
  details?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

function compact(obj: Obj): Obj | undefined {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) if (isSet(v)) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

function detailToInput(field: DetailField, raw: unknown): unknown {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const s = trimmed(raw);
      return isSet(s) ? s : undefined;
    }
    case 'date':
      return dayjs.isDayjs(raw) ? raw.format('YYYY-MM-DD') : undefined;
    case 'bool':
      return Boolean(raw);
    case 'enumMulti':
    case 'tags':
    case 'languages': {
      const list = Array.isArray(raw) ? raw.map(trimmed).filter(isSet) : [];
      return list.length || field.required ? list : undefined;
    }
    case 'money': {
      const m = (raw ?? {}) as Obj;
      return isSet(m['amount']) || isSet(m['currency']) ? compact({ amount: m['amount'], currency: m['currency'] }) : undefined;
    }
    case 'moneyRange':
    case 'salary': {
      const m = (raw ?? {}) as Obj;
      if (!isSet(m['min']) && !isSet(m['max'])) return undefined;
      return compact({ min: m['min'], max: m['max'], currency: m['currency'], period: m['period'] });
    }
    case 'degrees': {
      const list = Array.isArray(raw) ? (raw as Obj[]) : [];
      return list
        .map((d) => compact({ level: d['level'], field: trimmed(d['field']), institution: trimmed(d['institution']), year: d['year'] }))
        .filter((d): d is Obj => Boolean(d));
    }
    default:
      return isSet(raw) ? raw : undefined;
  }
}

export function detailsToInput(type: ListingType, raw: Obj | undefined): Obj {
  const out: Obj = {};
  for (const field of DETAIL_FIELDS[type]) {
    const value = detailToInput(field, raw?.[field.name]);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/** Common fields plus details, as sent by POST (with type) and PATCH (without). */
export function valuesToInput(type: ListingType, v: ListingFormValues): Record<string, unknown> {
  const translations = (v.translations ?? [])
    .map((tr) => ({ language: tr.language, title: tr.title?.trim(), summary: tr.summary?.trim() }))
    .filter((tr) => tr.language && tr.title && tr.summary) as ListingInput['translations'];
  const input: Obj = {
    title: v.title?.trim() ?? '',
    summary: v.summary?.trim() ?? '',
    sectors: v.sectors ?? [],
    keywords: v.keywords ?? [],
    freeKeywords: (v.freeKeywords ?? []).map((k) => k.trim()).filter(Boolean),
    countriesSought: v.countriesSought ?? [],
    translations,
    details: detailsToInput(type, v.details),
  };
  if (v.language) input['language'] = v.language;
  if (v.visibility) input['visibility'] = v.visibility;
  if (v.expiresAt) input['expiresAt'] = v.expiresAt.format('YYYY-MM-DD');
  return input;
}

function detailToForm(field: DetailField, value: unknown): unknown {
  if (field.kind === 'date' && typeof value === 'string') return dayjs(value);
  return value;
}

export function listingToValues(listing: Listing): ListingFormValues {
  const details: Obj = {};
  for (const field of DETAIL_FIELDS[listing.type]) details[field.name] = detailToForm(field, listing.details[field.name]);
  return {
    organisationId: listing.organisation?.id,
    title: listing.title,
    summary: listing.summary,
    language: listing.language,
    visibility: listing.visibility,
    sectors: listing.sectors,
    keywords: listing.keywords,
    freeKeywords: listing.freeKeywords,
    countriesSought: listing.countriesSought,
    expiresAt: listing.expiresAt ? dayjs(listing.expiresAt) : null,
    translations: listing.translations.map((tr) => ({ ...tr })),
    details,
  };
}

export function emptyValues(type: ListingType, organisationId: string | undefined): ListingFormValues {
  const details: Obj = {};
  for (const field of DETAIL_FIELDS[type]) {
    if (field.kind === 'bool') details[field.name] = false;
    if (field.kind === 'degrees') details[field.name] = [];
  }
  return { organisationId, visibility: 'public', sectors: [], keywords: [], translations: [], details };
}

export type FieldPath = (string | number)[];

/** JSON pointer (/details/budget/min, /translations/0/title) -> form name path. */
export function pointerToPath(pointer: string): FieldPath {
  return pointer
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/**
 * The closest registered form field for a server issue: the longest prefix of its path that is a field,
 * after adding the property a `required` error names.
 */
export function matchField(pointer: string, message: string, keyword: string | undefined, registered: FieldPath[]): FieldPath | null {
  const path = pointerToPath(pointer);
  const missing = keyword === 'required' ? /property '([^']+)'/.exec(message)?.[1] : undefined;
  if (missing) path.push(missing);
  const known = new Set(registered.map((p) => JSON.stringify(p)));
  for (let n = path.length; n > 0; n--) {
    const candidate = path.slice(0, n);
    if (known.has(JSON.stringify(candidate))) return candidate;
  }
  return null;
}
