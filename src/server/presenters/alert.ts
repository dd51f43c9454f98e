/** Saved searches and match alert subscriptions as the API shows them to their owner (allow-lists). */
import Type from 'typebox';
import type { MatchAlertView, UnsubscribeView } from '../../domain/alerts/commands.js';
import { AlertFrequency } from '../../domain/alerts/schema.js';
import type { SavedSearchRecord } from '../../domain/alerts/store.js';
import { MAX_SAVED_SEARCHES, SUBSCRIPTION_KINDS } from '../../domain/alerts/vocab.js';
import { ListingSearchFilters } from '../../domain/listings/search-filters.js';

export const SavedSearchResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  frequency: AlertFrequency,
  filters: ListingSearchFilters,
  newSince: Type.String({ format: 'date-time', description: 'Listings published after this go into the next digest' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const SavedSearchList = Type.Object({
  items: Type.Array(SavedSearchResponse),
  max: Type.Integer({ description: 'How many saved searches one user may keep' }),
});

export function presentSavedSearch(search: SavedSearchRecord) {
  return {
    id: search.id,
    name: search.name,
    frequency: search.frequency,
    filters: search.filters,
    newSince: search.coveredUntil.toISOString(),
    createdAt: search.createdAt.toISOString(),
    updatedAt: search.updatedAt.toISOString(),
  };
}

export const presentSavedSearches = (items: SavedSearchRecord[]) => ({ items: items.map(presentSavedSearch), max: MAX_SAVED_SEARCHES });

export const MatchAlertResponse = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  organisationName: Type.String(),
  frequency: AlertFrequency,
});

export const presentMatchAlert = (alert: MatchAlertView) => ({ organisationId: alert.organisationId, organisationName: alert.organisationName, frequency: alert.frequency });

export const UnsubscribeResponse = Type.Object({
  kind: Type.Enum([...SUBSCRIPTION_KINDS]),
  name: Type.String({ description: "The saved search's name, or the organisation's for match alerts" }),
  frequency: AlertFrequency,
});

export const presentUnsubscribe = (view: UnsubscribeView) => ({ kind: view.kind, name: view.name, frequency: view.frequency });
