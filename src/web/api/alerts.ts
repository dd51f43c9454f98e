/** Saved searches, match alert subscriptions and unsubscribe links (the alerts area's API calls). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedSearchInput, SavedSearchPatch } from '../../domain/alerts/schema';
import type { AlertFrequency, SubscriptionKind } from '../../domain/alerts/vocab';
import type { ListingSearchFilters } from '../../domain/listings/search-filters';
import { apiFetch } from './client';
import type { ListingFilters } from './listings';

export type { AlertFrequency, ListingSearchFilters };

export interface SavedSearch {
  id: string;
  name: string;
  frequency: AlertFrequency;
  filters: ListingSearchFilters;
  newSince: string;
  createdAt: string;
  updatedAt: string;
}

export interface MatchAlert {
  organisationId: string;
  organisationName: string;
  frequency: AlertFrequency;
}

export interface UnsubscribeInfo {
  kind: SubscriptionKind;
  name: string;
  frequency: AlertFrequency;
}

export const alertKeys = {
  all: ['alerts'] as const,
  savedSearches: ['alerts', 'saved-searches'] as const,
  matchAlerts: ['alerts', 'match-alerts'] as const,
  unsubscribe: (token: string) => ['alerts', 'unsubscribe', token] as const,
};

/** The listing page's filters as a saved search keeps them: no status, sort or paging. */
export function savedFilters(filters: ListingFilters): ListingSearchFilters {
  const { sort: _sort, status: _status, limit: _limit, ...rest } = filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as ListingSearchFilters;
}

export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: alertKeys.savedSearches,
    queryFn: () => apiFetch<{ items: SavedSearch[]; max: number }>('/me/saved-searches'),
    enabled,
  });
}

function useInvalidateSavedSearches() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: alertKeys.savedSearches });
}

export function useCreateSavedSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: (input: SavedSearchInput) => apiFetch<SavedSearch>('/me/saved-searches', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateSavedSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: ({ id, ...patch }: SavedSearchPatch & { id: string }) =>
      apiFetch<SavedSearch>(`/me/saved-searches/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteSavedSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/me/saved-searches/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useMatchAlerts(enabled = true) {
  return useQuery({
    queryKey: alertKeys.matchAlerts,
    queryFn: () => apiFetch<{ items: MatchAlert[] }>('/me/match-alerts'),
    enabled,
  });
}

export function useSetMatchAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, frequency }: { organisationId: string; frequency: AlertFrequency }) =>
      apiFetch<MatchAlert>(`/me/match-alerts/${encodeURIComponent(organisationId)}`, { method: 'PUT', body: { frequency } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: alertKeys.matchAlerts }),
  });
}

export function useUnsubscribeInfo(token: string | undefined) {
  return useQuery({
    queryKey: alertKeys.unsubscribe(token ?? ''),
    queryFn: () => apiFetch<UnsubscribeInfo>(`/alerts/unsubscribe/${encodeURIComponent(token ?? '')}`),
    enabled: Boolean(token),
  });
}

export function useUnsubscribe(token: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<UnsubscribeInfo>(`/alerts/unsubscribe/${encodeURIComponent(token ?? '')}`, { method: 'POST' }),
    onSuccess: (info) => {
      client.setQueryData(alertKeys.unsubscribe(token ?? ''), info);
      void client.invalidateQueries({ queryKey: alertKeys.savedSearches });
      void client.invalidateQueries({ queryKey: alertKeys.matchAlerts });
    },
  });
}
