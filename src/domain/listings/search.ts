/** The one mapping from listing search filters (./search-filters.ts) to the store's query. */
import { buildTsQuery } from '../search/text.js';
import type { ListingSearchFilters } from './search-filters.js';
import type { ListingQuery } from './store.js';


type FilterPart = Pick<
  ListingQuery,
  'text' | 'type' | 'sector' | 'keyword' | 'country' | 'language' | 'trlMin' | 'trlMax' | 'deadlineBefore' | 'deadlineAfter' | 'organisationId'
>;

/** The store's filter conditions for these filters (the text becomes tsquery literals). */
export function filterQuery(filters: ListingSearchFilters): FilterPart {
  const text = filters.q ? buildTsQuery(filters.q) : null;
  return {
    text: text?.all && text.any ? { all: text.all, any: text.any } : null,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.keyword ? { keyword: filters.keyword } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.trlMin !== undefined ? { trlMin: filters.trlMin } : {}),
    ...(filters.trlMax !== undefined ? { trlMax: filters.trlMax } : {}),
    ...(filters.deadlineBefore ? { deadlineBefore: filters.deadlineBefore } : {}),
    ...(filters.deadlineAfter ? { deadlineAfter: filters.deadlineAfter } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
  };
}
