/**
 * Exhibitors: organisations with a booth at an event, showing some of their published listings. Staff
 * assign booths (a booth number is unique within the event); anyone who may see the event sees the
 * exhibitor list with its total stand area, which reports use.
 */
import { randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import { isLive } from '../listings/policy.js';
import type { ListingView } from '../listings/store.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { eventFor, loadEvent } from './commands.js';
import { isoDay, showableAsOwned, visibleListings } from './registration-form.js';
import type { ExhibitorInput, ExhibitorPatch } from './registration-schema.js';
import type { ExhibitorView } from './registration-store.js';

async function assertBoothFree(stores: Stores, eventId: string, boothNumber: string, selfId: string | null): Promise<void> {
  const holder = await stores.registrations.findExhibitorByBooth(eventId, boothNumber);
  if (holder && holder.id !== selfId) fail('BOOTH_TAKEN', { boothNumber, exhibitorId: holder.id });
}

async function assertListings(stores: Stores, organisationId: string, listingIds: string[], today: string): Promise<void> {
  const problems: FieldError[] = [];
  for (const [i, id] of listingIds.entries()) {
    const listing = await stores.listings.find(id);
    if (!listing || listing.organisationId !== organisationId || !isLive(listing, today)) {
      problems.push({ path: `/listingIds/${i}`, message: 'must be a published listing of the exhibiting organisation' });
    }
  }
  if (problems.length) fail('VALIDATION_FAILED', problems);
}

export async function createExhibitor(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, input: ExhibitorInput): Promise<string> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageProgramme');
  // Booth numbers are checked and taken under the event lock, so two staff cannot hand out one booth twice.
  await stores.registrations.lockEvent(eventId);
  const organisation = await loadOrganisation(stores, input.organisationId);
  const boothNumber = input.boothNumber.trim();
  await assertBoothFree(stores, eventId, boothNumber, null);
  const listingIds = input.listingIds ?? [];
  await assertListings(stores, organisation.id, listingIds, isoDay(clock.now()));
  const id = randomUUID();
  await stores.registrations.insertExhibitor({ id, eventId, organisationId: organisation.id, boothNumber, areaSqm: input.areaSqm ?? null, hall: input.hall?.trim() || null, listingIds });
  await stores.platform.audit({ actorId: staff.userId, action: 'exhibitor.created', subjectType: 'event_exhibitor', subjectId: id, details: { eventId, boothNumber } });
  return id;
}

export async function updateExhibitor(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, exhibitorId: string, patch: ExhibitorPatch): Promise<void> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageProgramme');
  await stores.registrations.lockEvent(eventId);
  const current = (await stores.registrations.findExhibitor(eventId, exhibitorId)) ?? fail('EXHIBITOR_NOT_FOUND');
  const boothNumber = patch.boothNumber?.trim();
  if (boothNumber !== undefined) await assertBoothFree(stores, eventId, boothNumber, exhibitorId);
  if (patch.listingIds !== undefined) await assertListings(stores, current.organisationId, patch.listingIds, isoDay(clock.now()));
  await stores.registrations.updateExhibitor(eventId, exhibitorId, {
    ...(boothNumber !== undefined ? { boothNumber } : {}),
    ...(patch.areaSqm !== undefined ? { areaSqm: patch.areaSqm } : {}),
    ...(patch.hall !== undefined ? { hall: patch.hall?.trim() || null } : {}),
    ...(patch.listingIds !== undefined ? { listingIds: patch.listingIds } : {}),
  });
  await stores.platform.audit({ actorId: staff.userId, action: 'exhibitor.updated', subjectType: 'event_exhibitor', subjectId: exhibitorId, details: { eventId } });
}

export async function deleteExhibitor(stores: Stores, actor: Actor | null, eventId: string, exhibitorId: string): Promise<void> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageProgramme');
  if (!(await stores.registrations.deleteExhibitor(eventId, exhibitorId))) fail('EXHIBITOR_NOT_FOUND');
  await stores.platform.audit({ actorId: staff.userId, action: 'exhibitor.deleted', subjectType: 'event_exhibitor', subjectId: exhibitorId, details: { eventId } });
}

export interface ExhibitorEntry {
  exhibitor: ExhibitorView;
  /** The showcased listings the viewer may see (never anonymous ones: the stand names the organisation). */
  listings: ListingView[];
}

async function withListings(stores: Stores, clock: Clock, actor: Actor | null, exhibitors: ExhibitorView[]): Promise<ExhibitorEntry[]> {
  const today = isoDay(clock.now());
  const listings = await visibleListings(stores, actor, exhibitors.flatMap((e) => e.listingIds), today);
  return exhibitors.map((exhibitor) => ({
    exhibitor,
    listings: exhibitor.listingIds.map((id) => listings.get(id)).filter((l): l is ListingView => !!l && showableAsOwned(actor, l, today)),
  }));
}

export async function listExhibitors(stores: Stores, clock: Clock, actor: Actor | null, eventId: string): Promise<{ items: ExhibitorEntry[]; totalAreaSqm: number }> {
  await loadEvent(stores, actor, eventId);
  const exhibitors = await stores.registrations.listExhibitors(eventId);
  const totalAreaSqm = Math.round(exhibitors.reduce((sum, e) => sum + (e.areaSqm ?? 0), 0) * 100) / 100;
  return { items: await withListings(stores, clock, actor, exhibitors), totalAreaSqm };
}

export async function getExhibitor(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, exhibitorId: string): Promise<ExhibitorEntry> {
  await loadEvent(stores, actor, eventId);
  const exhibitor = (await stores.registrations.findExhibitor(eventId, exhibitorId)) ?? fail('EXHIBITOR_NOT_FOUND');
  const [entry] = await withListings(stores, clock, actor, [exhibitor]);
  return entry ?? { exhibitor, listings: [] };
}
