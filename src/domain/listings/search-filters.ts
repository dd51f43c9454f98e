/**
 * The filters of a listing search: one schema for GET /api/listings (which adds status, sort and
 * paging), the listings export, event marketplaces and saved searches. Schema only (the web UI reads
 * its type); the mapping to the store's query is in ./search.ts.
 */
import Type, { type Static } from 'typebox';
import { ConceptCode, ContentLanguage, CountryCode, IsoDate, ListingType } from './schema.js';

const many = <T extends Parameters<typeof Type.Array>[0]>(t: T, description: string) => Type.Optional(Type.Array(t, { maxItems: 50, description }));

export const ListingSearchFilters = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 500, description: 'Words in any language; Chinese works without spaces, Vietnamese without accents' })),
    type: many(ListingType, 'Listing types (repeat the parameter for several)'),
    sector: many(ConceptCode, 'Sector codes'),
    keyword: many(ConceptCode, 'Technology keyword codes'),
    country: many(CountryCode, "Owning organisation's country"),
    language: many(ContentLanguage, 'Original language'),
    trlMin: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
    trlMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
    deadlineBefore: Type.Optional(IsoDate),
    deadlineAfter: Type.Optional(IsoDate),
    organisationId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type ListingSearchFilters = Static<typeof ListingSearchFilters>;

/** The same filters as a query string of the listings page (/listings?…); arrays repeat the parameter. */
export function filtersQueryString(filters: ListingSearchFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
