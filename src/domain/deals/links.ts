/** What a deal may link to: organisations that exist, an event, meetings and listings the caller can see. */
import { loadEvent } from '../events/commands.js';
import { fail, type FieldError } from '../errors.js';
import { canOnListing } from '../listings/policy.js';
import { loadMeeting } from '../meetings/requests.js';
import type { Actor, Stores } from '../ports.js';

export async function checkOrganisations(stores: Stores, ids: readonly string[], path: string): Promise<void> {
  for (const [i, id] of ids.entries()) {
    if (!(await stores.organisations.find(id))) fail('ORGANISATION_NOT_FOUND', { path: `${path}/${i}` });
  }
}

export async function checkListings(stores: Stores, actor: Actor, ids: readonly string[], today: string): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const listing = await stores.listings.find(id);
    if (!listing || !canOnListing(actor, 'view', listing, today)) fail('LISTING_NOT_FOUND', { path: `/listingIds/${i}` });
  }
}

/**
 * Each meeting must be one of the event's that the caller took part in (or organised) and must not belong
 * to another deal already.
 */
export async function checkMeetings(stores: Stores, actor: Actor, dealId: string | null, eventId: string | null, meetingIds: readonly string[]): Promise<Array<{ eventId: string; meetingId: string }>> {
  if (meetingIds.length === 0) return [];
  if (!eventId) fail('VALIDATION_FAILED', [{ path: '/meetingIds', message: 'meetings need the event they belong to' }]);
  const problems: FieldError[] = [];
  for (const [i, meetingId] of meetingIds.entries()) {
    await loadMeeting(stores, actor, eventId, meetingId);
    const other = await stores.deals.findByMeeting(meetingId);
    if (other && other.id !== dealId) problems.push({ path: `/meetingIds/${i}`, message: 'the meeting already belongs to another deal' });
  }
  if (problems.length) fail('VALIDATION_FAILED', problems);
  return meetingIds.map((meetingId) => ({ eventId, meetingId }));
}

/** The event (when given) must be visible to the caller; then its meetings are checked. */
export async function checkEventAndMeetings(stores: Stores, actor: Actor, dealId: string | null, eventId: string | null, meetingIds: readonly string[]): Promise<Array<{ eventId: string; meetingId: string }>> {
  if (eventId) await loadEvent(stores, actor, eventId);
  return checkMeetings(stores, actor, dealId, eventId, meetingIds);
}
