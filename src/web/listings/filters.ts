/** Listing search filters <-> URL query string, so searches are shareable and exportable. */
import type { ListingFilters } from '../api/listings';

const MULTI = ['type', 'sector', 'keyword', 'country', 'language', 'status'] as const;
export type MultiFilter = (typeof MULTI)[number];

function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (!raw) return undefined;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 1 && n <= 9 ? n : undefined;
}

export function filtersFromParams(params: URLSearchParams): ListingFilters {
  const filters: ListingFilters = {};
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  for (const name of MULTI) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  const trlMin = intParam(params, 'trlMin');
  const trlMax = intParam(params, 'trlMax');
  if (trlMin !== undefined) filters.trlMin = trlMin;
  if (trlMax !== undefined) filters.trlMax = trlMax;
  const deadline = params.get('deadlineBefore');
  if (deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline)) filters.deadlineBefore = deadline;
  const sort = params.get('sort');
  filters.sort = sort === 'relevance' || sort === 'date' ? sort : q ? 'relevance' : 'date';
  return filters;
}

export function paramsFromFilters(filters: ListingFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const name of MULTI) for (const v of filters[name] ?? []) params.append(name, v);
  if (filters.trlMin !== undefined) params.set('trlMin', String(filters.trlMin));
  if (filters.trlMax !== undefined) params.set('trlMax', String(filters.trlMax));
  if (filters.deadlineBefore) params.set('deadlineBefore', filters.deadlineBefore);
  if (filters.sort && filters.sort !== (filters.q ? 'relevance' : 'date')) params.set('sort', filters.sort);
  return params;
}

export function activeFilterCount(filters: ListingFilters): number {
  let n = 0;
  for (const name of MULTI) n += filters[name]?.length ?? 0;
  if (filters.trlMin !== undefined || filters.trlMax !== undefined) n += 1;
  if (filters.deadlineBefore) n += 1;
  return n;
}
