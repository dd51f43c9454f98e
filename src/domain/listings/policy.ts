import type { Actor } from '../ports.js';
import type { ListingRecord } from './store.js';

export type ListingAction = 'view' | 'seeOwner' | 'edit' | 'submit' | 'withdraw' | 'close' | 'renew' | 'delete' | 'moderate';

function isMember(actor: Actor | null, listing: Pick<ListingRecord, 'organisationId'>): boolean {
  return !!actor && actor.memberships.has(listing.organisationId);
}

function isOrgAdmin(actor: Actor | null, listing: Pick<ListingRecord, 'organisationId'>): boolean {
  return !!actor && actor.memberships.get(listing.organisationId) === 'admin';
}

/** What access to a listing depends on (other modules, e.g. matching, hold only these facts). */
export type ListingAccessFacts = Pick<ListingRecord, 'organisationId' | 'createdBy' | 'status' | 'expiresAt' | 'visibility'>;

export function isLive(listing: Pick<ListingRecord, 'status' | 'expiresAt'>, today: string): boolean {
  return listing.status === 'published' && (listing.expiresAt === null || listing.expiresAt >= today);
}

/** The one place that says who may do what with a listing. */
export function canOnListing(actor: Actor | null, action: ListingAction, listing: ListingAccessFacts, today: string): boolean {
  const member = isMember(actor, listing);
  switch (action) {
    case 'view':
      if (member || actor?.isPlatformAdmin) return true;
      return isLive(listing, today) && (listing.visibility !== 'members' || !!actor);
    case 'seeOwner':
      // Anonymous listings hide their organisation from everyone but its members and moderators.
      return listing.visibility !== 'anonymous' || member || !!actor?.isPlatformAdmin;
    case 'edit':
      return member && ['draft', 'submitted', 'published', 'rejected'].includes(listing.status);
    case 'submit':
      return member && ['draft', 'rejected'].includes(listing.status);
    case 'withdraw':
      return member && listing.status === 'submitted';
    case 'close':
      return member && ['published', 'expired'].includes(listing.status);
    case 'renew':
      return member && ['published', 'expired'].includes(listing.status);
    case 'delete':
      return (isOrgAdmin(actor, listing) || (member && listing.createdBy === actor?.userId)) && ['draft', 'rejected'].includes(listing.status);
    case 'moderate':
      return !!actor?.isPlatformAdmin && listing.status === 'submitted';
  }
}

export function listingAbilities(actor: Actor | null, listing: ListingAccessFacts, today: string) {
  return {
    edit: canOnListing(actor, 'edit', listing, today),
    submit: canOnListing(actor, 'submit', listing, today),
    withdraw: canOnListing(actor, 'withdraw', listing, today),
    close: canOnListing(actor, 'close', listing, today),
    renew: canOnListing(actor, 'renew', listing, today),
    delete: canOnListing(actor, 'delete', listing, today),
    moderate: canOnListing(actor, 'moderate', listing, today),
  };
}
