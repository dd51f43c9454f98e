/**
 * Parties and notes of a deal. The owner adds another organisation directly (no acceptance step: the
 * other organisation's members see the deal at once and may leave it); the owner removes parties, a party
 * may leave; the owner stays and at least two parties remain. Notes are shared by all parties.
 */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { actingOrganisation, authoriseOnDeal, loadDeal } from './access.js';
import type { NoteInput, PartyInput } from './schema.js';

const MAX_PARTIES = 20;
const MAX_NOTES = 500;

export async function addParty(stores: Stores, clock: Clock, actor: Actor | null, dealId: string, input: PartyInput): Promise<void> {
  const access = await loadDeal(stores, actor, dealId);
  authoriseOnDeal(access, 'manageParties');
  if (access.parties.some((p) => p.organisationId === input.organisationId)) fail('ALREADY_PARTY');
  if (access.parties.length >= MAX_PARTIES) fail('VALIDATION_FAILED', [{ path: '/organisationId', message: `a deal has at most ${MAX_PARTIES} parties` }]);
  if (!(await stores.organisations.find(input.organisationId))) fail('ORGANISATION_NOT_FOUND', { path: '/organisationId' });
  await stores.deals.addParty({ dealId, organisationId: input.organisationId, role: 'party', addedBy: access.actor.userId, addedAt: clock.now() });
  await stores.platform.audit({ actorId: access.actor.userId, action: 'deal.party_added', subjectType: 'deal', subjectId: dealId, details: { organisationId: input.organisationId } });
}

export async function removeParty(stores: Stores, actor: Actor | null, dealId: string, organisationId: string): Promise<void> {
  const access = await loadDeal(stores, actor, dealId);
  const party = access.parties.find((p) => p.organisationId === organisationId) ?? fail('ORGANISATION_NOT_FOUND');
  const leaving = access.standing.partyOrganisationIds.includes(organisationId) && !access.standing.owner;
  authoriseOnDeal(access, leaving ? 'leave' : 'manageParties');
  if (party.role === 'owner') fail('DEAL_PARTY_REQUIRED', { reason: 'the owner cannot be removed' });
  if (access.parties.length <= 2) fail('DEAL_PARTY_REQUIRED', { reason: 'a deal keeps at least two parties; drop it instead' });
  await stores.deals.removeParty(dealId, organisationId);
  await stores.platform.audit({ actorId: access.actor.userId, action: leaving ? 'deal.party_left' : 'deal.party_removed', subjectType: 'deal', subjectId: dealId, details: { organisationId } });
}

export async function addNote(stores: Stores, clock: Clock, actor: Actor | null, dealId: string, input: NoteInput): Promise<string> {
  const access = await loadDeal(stores, actor, dealId);
  authoriseOnDeal(access, 'edit');
  const body = input.body.trim();
  if (!body) fail('VALIDATION_FAILED', [{ path: '/body', message: 'the note is empty' }]);
  if ((await stores.deals.notes(dealId)).length >= MAX_NOTES) fail('VALIDATION_FAILED', [{ path: '/body', message: `a deal has at most ${MAX_NOTES} notes` }]);
  const id = randomUUID();
  await stores.deals.addNote({ id, dealId, organisationId: actingOrganisation(access), authorId: access.actor.userId, body, createdAt: clock.now() });
  await stores.platform.audit({ actorId: access.actor.userId, action: 'deal.note_added', subjectType: 'deal', subjectId: dealId, details: { noteId: id } });
  return id;
}

/** Only the note's author deletes it. */
export async function deleteNote(stores: Stores, actor: Actor | null, dealId: string, noteId: string): Promise<void> {
  const access = await loadDeal(stores, actor, dealId);
  authoriseOnDeal(access, 'edit');
  const note = (await stores.deals.findNote(dealId, noteId)) ?? fail('DEAL_NOTE_NOT_FOUND');
  if (note.authorId !== access.actor.userId) fail('FORBIDDEN', { reason: 'only the author deletes a note' });
  await stores.deals.deleteNote(dealId, noteId);
  await stores.platform.audit({ actorId: access.actor.userId, action: 'deal.note_deleted', subjectType: 'deal', subjectId: dealId, details: { noteId } });
}
