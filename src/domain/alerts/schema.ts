/**
 * The alerts resources' inputs: one schema each, validating requests, typing the commands and feeding
 * the OpenAPI document. A saved search's filters are the listings search's own filter schema.
 */
import Type, { type Static } from 'typebox';
import { ListingSearchFilters } from '../listings/search-filters.js';
import { ALERT_FREQUENCIES } from './vocab.js';

const Strict = { additionalProperties: false } as const;

export const AlertFrequency = Type.Enum([...ALERT_FREQUENCIES], {
  description: 'How often new results are e-mailed: daily (calendar day, UTC), weekly (ISO week, UTC) or off',
});
const Name = Type.String({ minLength: 1, maxLength: 120, description: 'A name for the search, shown in the digest e-mail' });
/** The listings search filters, as GET /api/listings takes them (without status, sort or paging). */
const Filters = ListingSearchFilters;

export const SavedSearchInput = Type.Object({ name: Name, frequency: AlertFrequency, filters: Filters }, Strict);
export type SavedSearchInput = Static<typeof SavedSearchInput>;

export const SavedSearchPatch = Type.Object(
  { name: Type.Optional(Name), frequency: Type.Optional(AlertFrequency), filters: Type.Optional(Filters) },
  { ...Strict, minProperties: 1 },
);
export type SavedSearchPatch = Static<typeof SavedSearchPatch>;

export const MatchAlertInput = Type.Object({ frequency: AlertFrequency }, Strict);
export type MatchAlertInput = Static<typeof MatchAlertInput>;
