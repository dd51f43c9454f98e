/**
 * Who takes part: the organisers' registration list, the participants directory (for confirmed
 * participants and staff) and the event marketplace (the listings participants and exhibitors bring).
 */
import { fail } from '../errors.js';
import type { ListingQuery, ListingSearchResult, ListingView } from '../listings/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { loadEvent } from './commands.js';
import { isEventStaff } from './policy.js';
import { isoDay, showableAsOwned, visibleListings } from './registration-form.js';
import type { ParticipantQuery, RegistrationListQuery } from './registration-schema.js';
import type { RegistrationCounts, RegistrationView } from './registration-store.js';
import type { EventView } from './store.js';

/** Reading registrations is for the event's staff, also after the event was cancelled (for reports). */
export function authoriseStaffRead(actor: Actor | null, event: EventView): asserts actor is Actor {
  if (!actor) fail('UNAUTHENTICATED');
  if (!isEventStaff(actor, event)) fail('FORBIDDEN', { reason: 'not_an_organiser' });
}

/** Staff and confirmed participants; the caller's own registration when there is one. */
export async function authoriseParticipantRead(stores: Stores, actor: Actor | null, event: EventView): Promise<{ actor: Actor; staff: boolean; registration: RegistrationView | null }> {
  if (!actor) fail('UNAUTHENTICATED');
  const registration = await stores.registrations.findRegistrationByUser(event.id, actor.userId);
  const staff = isEventStaff(actor, event);
  if (!staff && registration?.status !== 'confirmed') fail('FORBIDDEN', { reason: 'not_a_participant' });
  return { actor, staff, registration };
}

export interface StaffRegistrationList {
  event: EventView;
  items: RegistrationView[];
  counts: RegistrationCounts;
  waitlistPositions: Map<string, number>;
}

export async function staffRegistrationList(stores: Stores, actor: Actor | null, eventId: string, query: RegistrationListQuery): Promise<StaffRegistrationList> {
  const event = await loadEvent(stores, actor, eventId);
  authoriseStaffRead(actor, event);
  const items = await stores.registrations.listRegistrations(eventId, { ...query, includeEmailInSearch: true });
  const counts = await stores.registrations.countsByStatus(eventId);
  const waitlist = counts.waitlisted ? await stores.registrations.waitlist(eventId, counts.waitlisted) : [];
  return { event, items, counts, waitlistPositions: new Map(waitlist.map((r, i) => [r.id, i + 1])) };
}

export interface DirectoryEntry {
  registration: RegistrationView;
  delegationIds: string[];
  offers: ListingView[];
  seeks: ListingView[];
}

/**
 * Confirmed participants with the listings they bring and seek, as far as the viewer may see them. An
 * anonymous listing is never shown among a participant's offers: that would name its organisation.
 */
export async function participantDirectory(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, query: ParticipantQuery): Promise<DirectoryEntry[]> {
  const event = await loadEvent(stores, actor, eventId);
  const { actor: viewer } = await authoriseParticipantRead(stores, actor, event);
  const registrations = await stores.registrations.listRegistrations(eventId, { ...query, status: ['confirmed'] });
  const delegations = await stores.registrations.listDelegations(eventId);
  const today = isoDay(clock.now());
  const listings = await visibleListings(stores, viewer, registrations.flatMap((r) => [...r.offerListingIds, ...r.seekListingIds]), today);
  const pick = (ids: string[], keep: (l: ListingView) => boolean) => ids.map((id) => listings.get(id)).filter((l): l is ListingView => !!l && keep(l));
  return registrations.map((registration) => ({
    registration,
    delegationIds: delegations.filter((d) => d.memberRegistrationIds.includes(registration.id)).map((d) => d.id),
    offers: pick(registration.offerListingIds, (l) => showableAsOwned(viewer, l, today)),
    seeks: pick(registration.seekListingIds, () => true),
  }));
}

export type MarketplaceSource = 'offer' | 'seek' | 'exhibitor';

/**
 * The event marketplace: published listings that confirmed participants offer or seek and that
 * exhibitors show, searched like the main listing search. Open to whoever may see the event; each
 * listing is shown as the viewer may see it (anonymous ones without their organisation).
 */
export async function eventMarketplace(
  stores: Stores,
  actor: Actor | null,
  eventId: string,
  query: Omit<ListingQuery, 'ids'>,
): Promise<ListingSearchResult & { sources: Map<string, MarketplaceSource[]> }> {
  await loadEvent(stores, actor, eventId);
  const sources = new Map<string, Set<MarketplaceSource>>();
  const add = (id: string, source: MarketplaceSource) => sources.set(id, (sources.get(id) ?? new Set()).add(source));
  for (const r of await stores.registrations.listRegistrations(eventId, { status: ['confirmed'] })) {
    r.offerListingIds.forEach((id) => add(id, 'offer'));
    r.seekListingIds.forEach((id) => add(id, 'seek'));
  }
  for (const e of await stores.registrations.listExhibitors(eventId)) e.listingIds.forEach((id) => add(id, 'exhibitor'));
  const result = await stores.listings.search({ ...query, ids: [...sources.keys()] });
  return { ...result, sources: new Map([...sources].map(([id, s]) => [id, [...s]])) };
}
