/**
 * Delegations: a country's or an organisation's group of participants at an event, with a leader who may
 * answer meeting requests addressed to the delegation. Members are confirmed registrations of the event;
 * a registration belongs to at most one delegation of an event (so a request to "the delegation" has one
 * meaning), and the leader is always one of the members.
 */
import { randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { assertCountries } from '../shared/countries.js';
import { eventFor, loadEvent } from './commands.js';
import { authoriseParticipantRead } from './registration-directory.js';
import type { DelegationInput, DelegationPatch } from './registration-schema.js';
import type { DelegationRecord, DelegationView, RegistrationView } from './registration-store.js';

type DelegationFields = Pick<DelegationRecord, 'kind' | 'name' | 'country' | 'organisationId' | 'leaderRegistrationId'> & { memberRegistrationIds: string[] };

async function checkDelegation(stores: Stores, eventId: string, fields: DelegationFields, selfId: string | null): Promise<string[]> {
  if (fields.kind === 'country' && !fields.country) fail('VALIDATION_FAILED', [{ path: '/country', message: 'a country delegation needs its country' }]);
  if (fields.country) assertCountries([{ path: '/country', code: fields.country }]);
  if (fields.kind === 'organisation' && !fields.organisationId) fail('VALIDATION_FAILED', [{ path: '/organisationId', message: 'an organisation delegation needs its organisation' }]);
  if (fields.organisationId) await loadOrganisation(stores, fields.organisationId);

  const members = [...new Set([...(fields.leaderRegistrationId ? [fields.leaderRegistrationId] : []), ...fields.memberRegistrationIds])];
  const found = new Map((await stores.registrations.registrationsByIds(eventId, members)).map((r) => [r.id, r]));
  const problems: FieldError[] = [];
  const confirmed = (r: RegistrationView | undefined) => r?.status === 'confirmed';
  if (fields.leaderRegistrationId && !confirmed(found.get(fields.leaderRegistrationId))) {
    problems.push({ path: '/leaderRegistrationId', message: 'must be a confirmed participant of this event' });
  }
  fields.memberRegistrationIds.forEach((id, i) => {
    if (!confirmed(found.get(id))) problems.push({ path: `/memberRegistrationIds/${i}`, message: 'must be a confirmed participant of this event' });
  });
  if (problems.length) fail('VALIDATION_FAILED', problems);

  const taken = (await stores.registrations.listDelegations(eventId))
    .filter((d) => d.id !== selfId)
    .flatMap((d) => d.memberRegistrationIds.filter((id) => members.includes(id)).map((registrationId) => ({ registrationId, delegationId: d.id, delegationName: d.name })));
  if (taken.length) fail('ALREADY_IN_DELEGATION', taken);
  return members;
}

export async function createDelegation(stores: Stores, clock: Clock, actor: Actor | null, eventId: string, input: DelegationInput): Promise<string> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageRegistrations');
  await stores.registrations.lockEvent(eventId);
  const fields: DelegationFields = {
    kind: input.kind,
    name: input.name.trim(),
    country: input.country ?? null,
    organisationId: input.organisationId ?? null,
    leaderRegistrationId: input.leaderRegistrationId ?? null,
    memberRegistrationIds: input.memberRegistrationIds ?? [],
  };
  const members = await checkDelegation(stores, eventId, fields, null);
  const id = randomUUID();
  const { memberRegistrationIds: _members, ...record } = fields;
  await stores.registrations.insertDelegation({ id, eventId, ...record });
  await stores.registrations.setDelegationMembers(eventId, id, members);
  await stores.platform.audit({ actorId: staff.userId, action: 'delegation.created', subjectType: 'event_delegation', subjectId: id, details: { eventId, at: clock.now().toISOString() } });
  return id;
}

/** Replaces the members when `memberRegistrationIds` is given; the leader stays a member either way. */
export async function updateDelegation(stores: Stores, actor: Actor | null, eventId: string, delegationId: string, patch: DelegationPatch): Promise<void> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageRegistrations');
  await stores.registrations.lockEvent(eventId);
  const current = (await stores.registrations.findDelegation(eventId, delegationId)) ?? fail('DELEGATION_NOT_FOUND');
  const fields: DelegationFields = {
    kind: patch.kind ?? current.kind,
    name: patch.name?.trim() ?? current.name,
    country: patch.country !== undefined ? patch.country : current.country,
    organisationId: patch.organisationId !== undefined ? patch.organisationId : current.organisationId,
    leaderRegistrationId: patch.leaderRegistrationId !== undefined ? patch.leaderRegistrationId : current.leaderRegistrationId,
    memberRegistrationIds: patch.memberRegistrationIds ?? current.memberRegistrationIds,
  };
  const members = await checkDelegation(stores, eventId, fields, delegationId);
  const { memberRegistrationIds: _members, ...record } = fields;
  await stores.registrations.updateDelegation(eventId, delegationId, record);
  await stores.registrations.setDelegationMembers(eventId, delegationId, members);
  await stores.platform.audit({ actorId: staff.userId, action: 'delegation.updated', subjectType: 'event_delegation', subjectId: delegationId, details: { eventId } });
}

export async function deleteDelegation(stores: Stores, actor: Actor | null, eventId: string, delegationId: string): Promise<void> {
  const { actor: staff } = await eventFor(stores, actor, eventId, 'manageRegistrations');
  if (!(await stores.registrations.deleteDelegation(eventId, delegationId))) fail('DELEGATION_NOT_FOUND');
  await stores.platform.audit({ actorId: staff.userId, action: 'delegation.deleted', subjectType: 'event_delegation', subjectId: delegationId, details: { eventId } });
}

export interface DelegationWithMembers {
  delegation: DelegationView;
  members: RegistrationView[];
}

async function withMembers(stores: Stores, eventId: string, delegations: DelegationView[]): Promise<DelegationWithMembers[]> {
  const registrations = new Map((await stores.registrations.registrationsByIds(eventId, delegations.flatMap((d) => d.memberRegistrationIds))).map((r) => [r.id, r]));
  return delegations.map((delegation) => ({
    delegation,
    members: delegation.memberRegistrationIds.map((id) => registrations.get(id)).filter((r): r is RegistrationView => !!r),
  }));
}

/** Delegations are read by the event's staff and its confirmed participants. */
export async function listDelegations(stores: Stores, actor: Actor | null, eventId: string): Promise<DelegationWithMembers[]> {
  const event = await loadEvent(stores, actor, eventId);
  await authoriseParticipantRead(stores, actor, event);
  return withMembers(stores, eventId, await stores.registrations.listDelegations(eventId));
}

export async function getDelegation(stores: Stores, actor: Actor | null, eventId: string, delegationId: string): Promise<DelegationWithMembers> {
  const event = await loadEvent(stores, actor, eventId);
  await authoriseParticipantRead(stores, actor, event);
  const delegation = (await stores.registrations.findDelegation(eventId, delegationId)) ?? fail('DELEGATION_NOT_FOUND');
  const [one] = await withMembers(stores, eventId, [delegation]);
  return one ?? { delegation, members: [] };
}
