/** TanStack Query keys, in one place so invalidation after a mutation stays consistent. */
import type { ListingFilters } from './listings';

export const keys = {
  me: ['me'] as const,
  health: ['health'] as const,
  stats: ['stats'] as const,
  taxonomy: ['taxonomy'] as const,
  listings: (filters: ListingFilters) => ['listings', filters] as const,
  listingsAll: ['listings'] as const,
  listing: (id: string) => ['listing', id] as const,
  organisation: (id: string) => ['organisation', id] as const,
  organisations: (params: Record<string, unknown>) => ['organisations', params] as const,
  orgListings: (id: string) => ['org-listings', id] as const,
  orgListingsAll: ['org-listings'] as const,
  members: (id: string) => ['members', id] as const,
  moderation: ['admin', 'moderation'] as const,
  verifications: ['admin', 'verifications'] as const,
  outbox: ['admin', 'outbox'] as const,
};
