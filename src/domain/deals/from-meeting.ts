/**
 * A cooperation intention recorded after a meeting at an event creates a deal between the two sides'
 * organisations at `cooperation_intention` (linked to the event and the meeting), or advances the deal
 * they already have: first the one linked to this meeting, else an open deal of the same event with both
 * organisations as parties (the meeting is then linked to it). It runs inside recordOutcome's transaction.
 * Participants without an organisation, or two people of one organisation, make no deal.
 */
import { randomUUID } from 'node:crypto';
import type { EventView } from '../events/store.js';
import type { MeetingOutcome, MeetingParticipant, MeetingRecord } from '../meetings/store.js';
import type { Actor, Stores } from '../ports.js';
import { today, type DealContext } from './access.js';
import { stageIndex } from './stages.js';
import type { DealRecord, DealUpdate } from './store.js';
import { resolveValueLeniently } from './values.js';
import { DEAL_TYPE_OF_COOPERATION } from './vocab.js';
import type { CooperationType } from '../shared/vocab.js';
import { CURRENCIES } from '../shared/vocab.js';

export interface OutcomeFacts {
  event: EventView;
  meeting: MeetingRecord;
  /** The side that recorded the outcome, then the other side. */
  recorder: MeetingParticipant;
  other: MeetingParticipant;
  outcome: MeetingOutcome;
}

const INTENTION = 'cooperation_intention' as const;

async function outcomeValue(stores: Stores, ctx: DealContext, outcome: MeetingOutcome) {
  const currency = (CURRENCIES as readonly string[]).includes(outcome.currency ?? '') ? (outcome.currency as (typeof CURRENCIES)[number]) : null;
  if (outcome.estimatedValueMinor === null || !currency || outcome.estimatedValueMinor > Number.MAX_SAFE_INTEGER) return null;
  return resolveValueLeniently(stores, ctx, { amountMinor: outcome.estimatedValueMinor, currency }, today(ctx.clock));
}

async function advance(stores: Stores, ctx: DealContext, actor: Actor, deal: DealRecord, facts: OutcomeFacts): Promise<void> {
  const patch: DealUpdate = {};
  const behind = deal.stage !== 'dropped' && stageIndex(deal.stage) < stageIndex(INTENTION);
  if (behind) Object.assign(patch, { stage: INTENTION, stageChangedAt: ctx.clock.now() });
  if (!deal.value) {
    const value = await outcomeValue(stores, ctx, facts.outcome);
    if (value) patch.value = value;
  }
  if (Object.keys(patch).length) await stores.deals.update(deal.id, patch);
  if (behind) {
    await stores.deals.addStageChange({
      id: randomUUID(),
      dealId: deal.id,
      kind: 'forward',
      fromStage: deal.stage,
      toStage: INTENTION,
      dropCategory: null,
      reason: facts.outcome.note,
      source: 'meeting_outcome',
      actorId: actor.userId,
      organisationId: facts.recorder.organisationId,
      at: ctx.clock.now(),
    });
    await stores.platform.audit({ actorId: actor.userId, action: 'deal.stage_changed', subjectType: 'deal', subjectId: deal.id, details: { from: deal.stage, to: INTENTION, kind: 'forward', meetingId: facts.meeting.id } });
  }
}

/** Returns the id of the deal created or advanced, or null when the meeting makes none. */
export async function dealFromMeetingOutcome(stores: Stores, ctx: DealContext, actor: Actor, facts: OutcomeFacts): Promise<string | null> {
  const mine = facts.recorder.organisationId;
  const theirs = facts.other.organisationId;
  if (!mine || !theirs || mine === theirs) return null;
  const linked = await stores.deals.findByMeeting(facts.meeting.id);
  if (linked) {
    await advance(stores, ctx, actor, linked, facts);
    return linked.id;
  }
  const open = await stores.deals.findOpenBetween(facts.event.id, [mine, theirs]);
  if (open) {
    await stores.deals.linkMeeting({ dealId: open.id, eventId: facts.event.id, meetingId: facts.meeting.id });
    await advance(stores, ctx, actor, open, facts);
    return open.id;
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  const type = DEAL_TYPE_OF_COOPERATION[facts.outcome.cooperationType as CooperationType] ?? 'mou_framework';
  await stores.deals.insert({
    id,
    ownerOrganisationId: mine,
    title: `${facts.recorder.organisationName ?? facts.recorder.displayName} – ${facts.other.organisationName ?? facts.other.displayName}`.slice(0, 200),
    description: facts.outcome.note ?? '',
    type,
    stage: INTENTION,
    dropCategory: null,
    dropReason: null,
    eventId: facts.event.id,
    value: await outcomeValue(stores, ctx, facts.outcome),
    expectedCloseOn: null,
    signedOn: null,
    stageChangedAt: now,
    createdBy: actor.userId,
    demo: facts.event.demo,
    createdAt: now,
  });
  await stores.deals.addParty({ dealId: id, organisationId: mine, role: 'owner', addedBy: actor.userId, addedAt: now });
  await stores.deals.addParty({ dealId: id, organisationId: theirs, role: 'party', addedBy: actor.userId, addedAt: now });
  await stores.deals.linkMeeting({ dealId: id, eventId: facts.event.id, meetingId: facts.meeting.id });
  await stores.deals.addStageChange({ id: randomUUID(), dealId: id, kind: 'created', fromStage: null, toStage: INTENTION, dropCategory: null, reason: facts.outcome.note, source: 'meeting_outcome', actorId: actor.userId, organisationId: mine, at: now });
  await stores.platform.audit({ actorId: actor.userId, action: 'deal.created', subjectType: 'deal', subjectId: id, details: { type, stage: INTENTION, meetingId: facts.meeting.id, eventId: facts.event.id } });
  return id;
}
