/** Who may do what with alerts: the one place for these rules. */
import type { Actor } from '../ports.js';
import type { SavedSearchRecord } from './store.js';

/** A saved search is its owner's alone (not even platform admins see others'). */
export function canOnSavedSearch(actor: Actor | null, search: Pick<SavedSearchRecord, 'userId'>): boolean {
  return !!actor && actor.userId === search.userId;
}

/** Match alerts are for the members of the organisation whose listings are matched. */
export function canSubscribeToMatches(actor: Actor | null, organisationId: string): boolean {
  return !!actor && actor.memberships.has(organisationId);
}
