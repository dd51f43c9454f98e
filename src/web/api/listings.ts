/** Listings: search, detail, the draft → review → published lifecycle. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListingInput } from '../../domain/listings/schema';
import { apiFetch, toQueryString } from './client';
import { keys } from './keys';
import type { Listing, ListingPage, ModerationAction } from './types';

export interface ListingFilters {
  q?: string;
  type?: string[];
  sector?: string[];
  keyword?: string[];
  country?: string[];
  language?: string[];
  trlMin?: number;
  trlMax?: number;
  status?: string[];
  deadlineBefore?: string;
  organisationId?: string;
  sort?: 'relevance' | 'date';
  limit?: number;
}

/**
 * Queries deliberately do not abort on unmount or key change: a finished response is cached and reused,
 * and an aborted request would show up as a failed request in the browser.
 */
export function useListingSearch(filters: ListingFilters) {
  return useInfiniteQuery({
    queryKey: keys.listings(filters),
    queryFn: ({ pageParam }) =>
      apiFetch<ListingPage>('/listings', { query: { ...filters, cursor: pageParam } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A single page of listings (home page, organisation profile). */
export function useListingList(filters: ListingFilters, enabled = true) {
  return useQuery({
    queryKey: keys.listings(filters),
    queryFn: () => apiFetch<ListingPage>('/listings', { query: { ...filters } }),
    enabled,
  });
}

export function exportUrl(filters: ListingFilters, format: 'csv' | 'xlsx'): string {
  const { limit: _limit, ...rest } = filters;
  return `/api/listings/export${toQueryString({ format, ...rest })}`;
}

export function useListing(id: string | undefined) {
  return useQuery({
    queryKey: keys.listing(id ?? ''),
    queryFn: () => apiFetch<Listing>(`/listings/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

function useListingWritten() {
  const client = useQueryClient();
  return (listing: Listing | null, id: string) => {
    if (listing) client.setQueryData(keys.listing(id), listing);
    else client.removeQueries({ queryKey: keys.listing(id) });
    void client.invalidateQueries({ queryKey: keys.listingsAll });
    void client.invalidateQueries({ queryKey: keys.orgListingsAll });
    void client.invalidateQueries({ queryKey: keys.stats });
    void client.invalidateQueries({ queryKey: keys.moderation });
  };
}

/**
 * Request bodies. The form builds them field by field from listings/fields.ts, so they are typed loosely
 * here; the server's schema (ListingInput) is the judge and its errors map back onto the form.
 */
export type ListingDraft = { organisationId: string; type: ListingInput['type'] } & Record<string, unknown>;
export type ListingPatch = { id: string; version: number } & Record<string, unknown>;

export function useCreateListing() {
  const written = useListingWritten();
  return useMutation({
    mutationFn: (input: ListingDraft) => apiFetch<Listing>('/listings', { method: 'POST', body: input }),
    onSuccess: (listing) => written(listing, listing.id),
  });
}

export function useUpdateListing() {
  const written = useListingWritten();
  return useMutation({
    mutationFn: ({ id, ...patch }: ListingPatch) =>
      apiFetch<Listing>(`/listings/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: (listing) => written(listing, listing.id),
  });
}

export type LifecycleAction = 'submit' | 'withdraw' | 'close' | 'renew' | 'delete';

export function useListingLifecycle() {
  const written = useListingWritten();
  return useMutation({
    mutationFn: async ({ id, action, expiresAt }: { id: string; action: LifecycleAction; expiresAt?: string }) => {
      const path = `/listings/${encodeURIComponent(id)}`;
      if (action === 'delete') {
        await apiFetch<void>(path, { method: 'DELETE' });
        return null;
      }
      const body = action === 'renew' && expiresAt ? { expiresAt } : action === 'renew' ? {} : undefined;
      return apiFetch<Listing>(`${path}/${action}`, { method: 'POST', body });
    },
    onSuccess: (listing, { id }) => written(listing, id),
  });
}

export function useModerateListing() {
  const written = useListingWritten();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: ModerationAction; reason?: string }) =>
      apiFetch<Listing>(`/admin/listings/${encodeURIComponent(id)}/moderate`, {
        method: 'POST',
        body: reason ? { action, reason } : { action },
      }),
    onSuccess: (listing, { id }) => written(listing ?? null, id),
  });
}
