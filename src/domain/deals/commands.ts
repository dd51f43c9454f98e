/** Entering a deal, editing it and moving it through the stages; every change is audited. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import { authoriseOnDeal, actingOrganisation, loadDeal, today, type DealContext } from './access.js';
import { loadEvent } from '../events/commands.js';
import { checkEventAndMeetings, checkListings, checkMeetings, checkOrganisations } from './links.js';
import type { DealInput, DealPatch, StageInput } from './schema.js';
import { classifyTransition, signedOnAfter, stageIndex, transitionProblem } from './stages.js';
import type { DealUpdate } from './store.js';
import type { DealStage } from './vocab.js';
import { resolveValue, valueAfterEdit } from './values.js';

const SIGNED_STAGE = stageIndex('agreement_signed');

/** Someone changed the deal between our read and our write: 409 with the version it has now. */
async function versionConflict(stores: Stores, id: string): Promise<never> {
  return fail('VERSION_CONFLICT', { currentVersion: (await stores.deals.find(id))?.version ?? null });
}

function signedOnFits(stage: DealStage, signedOn: string | null | undefined, previous: string | null): boolean {
  if (!signedOn) return true;
  return stageIndex(stage) >= SIGNED_STAGE || (stage === 'dropped' && previous !== null);
}

export async function createDeal(stores: Stores, ctx: DealContext, actor: Actor | null, input: DealInput, options: { demo?: boolean } = {}): Promise<string> {
  if (!actor) fail('UNAUTHENTICATED');
  if (!actor.memberships.has(input.ownerOrganisationId)) fail('FORBIDDEN', { path: '/ownerOrganisationId', reason: 'you are not a member of this organisation' });
  if (input.partyOrganisationIds.includes(input.ownerOrganisationId)) {
    fail('VALIDATION_FAILED', [{ path: '/partyOrganisationIds', message: 'the owner is a party already; name the other organisations' }]);
  }
  const stage = input.stage ?? 'contact';
  if (!signedOnFits(stage, input.signedOn, null)) fail('VALIDATION_FAILED', [{ path: '/signedOn', message: 'a signing date needs the stage agreement_signed or later' }]);
  const day = today(ctx.clock);
  await checkOrganisations(stores, input.partyOrganisationIds, '/partyOrganisationIds');
  await checkListings(stores, actor, input.listingIds ?? [], day);
  const meetings = await checkEventAndMeetings(stores, actor, null, input.eventId ?? null, input.meetingIds ?? []);
  const value = input.value ? await resolveValue(stores, ctx, input.value, day) : null;
  const now = ctx.clock.now();
  const id = randomUUID();
  await stores.deals.insert({
    id,
    ownerOrganisationId: input.ownerOrganisationId,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    type: input.type,
    stage,
    dropCategory: null,
    dropReason: null,
    eventId: input.eventId ?? null,
    value,
    expectedCloseOn: input.expectedCloseOn ?? null,
    signedOn: signedOnAfter(null, stage, input.signedOn, day),
    stageChangedAt: now,
    createdBy: actor.userId,
    demo: options.demo ?? false,
    createdAt: now,
  });
  await stores.deals.addParty({ dealId: id, organisationId: input.ownerOrganisationId, role: 'owner', addedBy: actor.userId, addedAt: now });
  for (const organisationId of input.partyOrganisationIds) await stores.deals.addParty({ dealId: id, organisationId, role: 'party', addedBy: actor.userId, addedAt: now });
  if (input.listingIds?.length) await stores.deals.setListings(id, input.listingIds);
  if (meetings.length) await stores.deals.setMeetings(id, meetings);
  await stores.deals.addStageChange({ id: randomUUID(), dealId: id, kind: 'created', fromStage: null, toStage: stage, dropCategory: null, reason: null, source: 'user', actorId: actor.userId, organisationId: input.ownerOrganisationId, at: now });
  await stores.platform.audit({ actorId: actor.userId, action: 'deal.created', subjectType: 'deal', subjectId: id, details: { type: input.type, stage, parties: input.partyOrganisationIds } });
  return id;
}

export async function updateDeal(stores: Stores, ctx: DealContext, actor: Actor | null, id: string, input: DealPatch): Promise<void> {
  const access = await loadDeal(stores, actor, id);
  authoriseOnDeal(access, 'edit');
  const { deal } = access;
  if (input.version !== deal.version) fail('VERSION_CONFLICT', { currentVersion: deal.version });
  if (!signedOnFits(deal.stage, input.signedOn, deal.signedOn)) fail('VALIDATION_FAILED', [{ path: '/signedOn', message: 'a signing date needs the stage agreement_signed or later' }]);
  const day = today(ctx.clock);
  const me = access.actor;
  if (input.listingIds) await checkListings(stores, me, input.listingIds, day);
  // The event and meetings are checked only when they change: a party member who was not at a meeting
  // may still edit the deal it led to.
  const eventChanged = input.eventId !== undefined && input.eventId !== deal.eventId;
  const eventId = eventChanged ? (input.eventId ?? null) : deal.eventId;
  if (eventChanged && eventId) await loadEvent(stores, me, eventId);
  // A new event unlinks the old event's meetings unless new ones are given.
  const meetings = input.meetingIds !== undefined ? await checkMeetings(stores, me, deal.id, eventId, input.meetingIds) : eventChanged ? [] : null;
  const patch: DealUpdate = {
    ...(input.title !== undefined ? { title: input.title.trim() } : {}),
    ...(input.description !== undefined ? { description: input.description.trim() } : {}),
    ...(input.type !== undefined ? { type: input.type } : {}),
    ...(input.eventId !== undefined ? { eventId: input.eventId } : {}),
    ...(input.value !== undefined ? { value: await valueAfterEdit(stores, ctx, deal.value, input.value, day) } : {}),
    ...(input.expectedCloseOn !== undefined ? { expectedCloseOn: input.expectedCloseOn } : {}),
    ...(input.signedOn !== undefined ? { signedOn: input.signedOn ?? (stageIndex(deal.stage) >= SIGNED_STAGE ? deal.signedOn : null) } : {}),
  };
  if (!(await stores.deals.update(deal.id, patch, deal.version))) await versionConflict(stores, deal.id);
  if (input.listingIds) await stores.deals.setListings(deal.id, input.listingIds);
  if (meetings) await stores.deals.setMeetings(deal.id, meetings);
  await stores.platform.audit({ actorId: me.userId, action: 'deal.updated', subjectType: 'deal', subjectId: deal.id, details: { fields: Object.keys(input).filter((k) => k !== 'version') } });
}

export async function changeStage(stores: Stores, ctx: DealContext, actor: Actor | null, id: string, input: StageInput): Promise<void> {
  const access = await loadDeal(stores, actor, id);
  authoriseOnDeal(access, 'edit');
  const { deal } = access;
  if (input.version !== deal.version) fail('VERSION_CONFLICT', { currentVersion: deal.version });
  const problem = transitionProblem(deal.stage, { to: input.stage, reason: input.reason, dropCategory: input.dropCategory });
  if (problem?.code === 'INVALID_TRANSITION') fail('INVALID_TRANSITION', { from: deal.stage, to: input.stage });
  if (problem?.code === 'REASON_REQUIRED') fail('REASON_REQUIRED', [{ path: problem.path, message: problem.message }]);
  const kind = classifyTransition(deal.stage, input.stage) ?? fail('INVALID_TRANSITION');
  const now = ctx.clock.now();
  const reason = input.reason?.trim() || null;
  const patch: DealUpdate = {
    stage: input.stage,
    stageChangedAt: now,
    signedOn: signedOnAfter(deal.signedOn, input.stage, input.signedOn, today(ctx.clock)),
    ...(kind === 'drop' ? { dropCategory: input.dropCategory ?? null, dropReason: reason } : {}),
    ...(kind === 'reopen' ? { dropCategory: null, dropReason: null } : {}),
  };
  if (!(await stores.deals.update(deal.id, patch, deal.version))) await versionConflict(stores, deal.id);
  const me = access.actor;
  await stores.deals.addStageChange({
    id: randomUUID(),
    dealId: deal.id,
    kind,
    fromStage: deal.stage,
    toStage: input.stage,
    dropCategory: kind === 'drop' ? (input.dropCategory ?? null) : null,
    reason,
    source: 'user',
    actorId: me.userId,
    organisationId: actingOrganisation(access),
    at: now,
  });
  await stores.platform.audit({ actorId: me.userId, action: 'deal.stage_changed', subjectType: 'deal', subjectId: deal.id, details: { from: deal.stage, to: input.stage, kind } });
}
