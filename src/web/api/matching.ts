/**
 * Matching: a listing's matching listings, "Recommended for you", feedback on a match, the live search in
 * any language, automatic tags and their corrections; for platform admins the engine's status, re-index and
 * weights; for event organisers the event's weights. The response shapes are in matching-types.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, isApiError } from './client';
import type {
  EventWeights,
  FeedbackReason,
  ListingMatches,
  ListingTags,
  MatchFeedback,
  MatchFilterValues,
  MatchingJob,
  MatchingStatus,
  MatchSearchParams,
  MatchSearchResult,
  Recommendation,
  Verdict,
  Weights,
} from './matching-types';

export type * from './matching-types';

export const matchingKeys = {
  all: ['matching'] as const,
  /** Everything that lists matches (a listing's, recommendations): refreshed after feedback or tag changes. */
  lists: ['matching', 'lists'] as const,
  listing: (id: string, filters: MatchFilterValues) => ['matching', 'lists', 'listing', id, filters] as const,
  recommendations: (orgId: string, filters: MatchFilterValues) => ['matching', 'lists', 'recommendations', orgId, filters] as const,
  search: (params: MatchSearchParams) => ['matching', 'search', params] as const,
  tags: (listingId: string) => ['matching', 'tags', listingId] as const,
  status: ['matching', 'admin'] as const,
  eventWeights: (eventId: string) => ['matching', 'event-weights', eventId] as const,
};

const id = (value: string) => encodeURIComponent(value);
const filterQuery = (f: MatchFilterValues) => ({ type: f.type, country: f.country, minScore: f.minScore, eventId: f.eventId, limit: f.limit });

/** A listing's stored matches; polled while a refresh of them is queued (`pending`). */
export function useListingMatches(listingId: string, filters: MatchFilterValues) {
  return useQuery({
    queryKey: matchingKeys.listing(listingId, filters),
    queryFn: () => apiFetch<ListingMatches>(`/listings/${id(listingId)}/matches`, { query: filterQuery(filters) }),
    // While other filters load, the list stays (not for another listing: its matches are not these).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === listingId ? previous : undefined),
    refetchInterval: (query) => (query.state.data?.listing.pending ? 3_000 : false),
  });
}

export function useRecommendations(organisationId: string, filters: MatchFilterValues) {
  return useQuery({
    queryKey: matchingKeys.recommendations(organisationId, filters),
    queryFn: () => apiFetch<{ items: Recommendation[] }>(`/organisations/${id(organisationId)}/recommendations`, { query: filterQuery(filters) }),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === organisationId ? previous : undefined),
  });
}

export interface FeedbackInput {
  matchId: string;
  verdict: Verdict;
  reason?: FeedbackReason;
  comment?: string;
}

export function useMatchFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, ...body }: FeedbackInput) =>
      apiFetch<MatchFeedback & { matchId: string }>(`/matches/${id(matchId)}/feedback`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: matchingKeys.lists }),
  });
}

/** The live search; `params` null until the user searches. */
export function useMatchSearch(params: MatchSearchParams | null) {
  return useQuery({
    queryKey: matchingKeys.search(params ?? { q: '' }),
    queryFn: () => apiFetch<MatchSearchResult>('/matching/search', { query: { ...(params ?? { q: '' }) } }),
    enabled: params !== null,
    // While the engine warms up (503 MATCHING_NOT_READY) the page says so and asks again every few seconds.
    retry: false,
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.code === 'MATCHING_NOT_READY' ? 3_000 : false),
    staleTime: 60_000,
  });
}

export function useListingTags(listingId: string, enabled: boolean) {
  return useQuery({
    queryKey: matchingKeys.tags(listingId),
    queryFn: () => apiFetch<ListingTags>(`/listings/${id(listingId)}/tags`),
    enabled,
  });
}

export function useSetDismissedTags(listingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (dismissed: string[]) => apiFetch<ListingTags>(`/listings/${id(listingId)}/tags`, { method: 'PUT', body: { dismissed } }),
    onSuccess: (tags) => {
      client.setQueryData(matchingKeys.tags(listingId), tags);
      // The listing is re-matched in the background: its matches turn `pending`.
      void client.invalidateQueries({ queryKey: matchingKeys.lists });
    },
  });
}

/** The admin overview; polled every second while a re-index runs (or waits to start). */
export function useMatchingStatus() {
  return useQuery({
    queryKey: matchingKeys.status,
    queryFn: () => apiFetch<MatchingStatus>('/admin/matching'),
    refetchInterval: (query) => {
      const data = query.state.data;
      const busy = data && (data.status === 'warming_up' || data.reindex?.status === 'queued' || data.reindex?.status === 'running');
      return busy ? 1_000 : false;
    },
  });
}

export function useStartReindex() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ job: MatchingJob }>('/admin/matching/reindex', { method: 'POST' }),
    onSuccess: ({ job }) => {
      client.setQueryData<MatchingStatus>(matchingKeys.status, (old) => (old ? { ...old, reindex: job } : old));
      void client.invalidateQueries({ queryKey: matchingKeys.status });
    },
  });
}

export function useSetPlatformWeights() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (weights: Weights) => apiFetch<{ weights: Weights }>('/admin/matching/weights', { method: 'PUT', body: weights }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: matchingKeys.status });
      void client.invalidateQueries({ queryKey: matchingKeys.lists });
    },
  });
}

export function useEventWeights(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: matchingKeys.eventWeights(eventId),
    queryFn: () => apiFetch<EventWeights>(`/events/${id(eventId)}/matching-weights`),
    enabled,
  });
}

export function useSetEventWeights(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (weights: Weights | null) => apiFetch<EventWeights>(`/events/${id(eventId)}/matching-weights`, { method: 'PUT', body: { weights } }),
    onSuccess: (result) => client.setQueryData(matchingKeys.eventWeights(eventId), result),
  });
}
