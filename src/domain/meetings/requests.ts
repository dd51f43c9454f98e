/**
 * Meeting requests between participants of an event: request, accept, decline (with a reason), cancel,
 * and the sweep that expires unanswered requests and reminds their receivers.
 */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { loadEvent } from '../events/commands.js';
import { isEventStaff } from '../events/policy.js';
import type { EventView } from '../events/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { canOnMeeting, meetingSide, type MeetingAction, type MeetingSide } from './policy.js';
import type { DeclineInput, MeetingRequestInput } from './schema.js';
import type { MeetingParticipant, MeetingRecord } from './store.js';

export interface MeetingContext {
  clock: Clock;
  /** Base URL for links in e-mails. */
  publicUrl: string;
}

const HOUR_MS = 3_600_000;

export function eventTitle(event: Pick<EventView, 'title' | 'defaultLanguage'>): string {
  return event.title[event.defaultLanguage as keyof typeof event.title] ?? Object.values(event.title)[0] ?? '';
}

/** The caller's confirmed registration for the event, or 409 NOT_A_PARTICIPANT. */
export async function confirmedParticipant(stores: Stores, event: EventView, actor: Actor | null): Promise<MeetingParticipant> {
  if (!actor) fail('UNAUTHENTICATED');
  const me = await stores.meetings.participantByUser(event.id, actor.userId);
  if (!me || me.status !== 'confirmed') fail('NOT_A_PARTICIPANT');
  return me;
}

export interface MeetingAccess {
  event: EventView;
  meeting: MeetingRecord;
  me: MeetingParticipant | null;
  side: MeetingSide;
  staff: boolean;
}

/** Loads a meeting with the caller's standing; meetings the caller has no part in are not found. */
export async function loadMeeting(stores: Stores, actor: Actor | null, eventId: string, meetingId: string): Promise<MeetingAccess> {
  if (!actor) fail('UNAUTHENTICATED');
  const event = await loadEvent(stores, actor, eventId);
  const meeting = await stores.meetings.find(eventId, meetingId);
  if (!meeting) fail('MEETING_NOT_FOUND');
  const me = await stores.meetings.participantByUser(eventId, actor.userId);
  const delegationIds = me ? await stores.meetings.delegationIdsOf(eventId, me.id) : [];
  const side = meetingSide(me?.id ?? null, delegationIds, meeting);
  const staff = isEventStaff(actor, event);
  if (!canOnMeeting(side, staff, 'view', meeting)) fail('MEETING_NOT_FOUND');
  return { event, meeting, me, side, staff };
}

/** Fails with 403 for callers without the right, 409 when the meeting's status does not allow it. */
export function authoriseOnMeeting(access: MeetingAccess, action: MeetingAction): void {
  if (canOnMeeting(access.side, access.staff, action, access.meeting)) return;
  const entitled =
    action === 'organise' ? access.staff : action === 'answer' ? access.side === 'receiver' || access.side === 'delegate' : access.side !== null || (action === 'setLink' && access.staff);
  fail(entitled ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: access.meeting.status, action });
}

async function assertUnderCap(stores: Stores, event: EventView, participant: MeetingParticipant, path: string): Promise<void> {
  const cap = participant.maxMeetings ?? event.meetingSettings.defaultMaxMeetings;
  const { accepted } = await stores.meetings.countActive(event.id, participant.id);
  if (accepted >= cap) fail('MEETING_CAP_REACHED', { path, participantId: participant.id, cap });
}

export async function requestMeeting(stores: Stores, ctx: MeetingContext, actor: Actor | null, eventId: string, input: MeetingRequestInput): Promise<string> {
  const event = await loadEvent(stores, actor, eventId);
  const me = await confirmedParticipant(stores, event, actor);
  if (event.status !== 'published' || !event.meetingSettings.requestsOpen) fail('MEETING_REQUESTS_CLOSED');
  if (!!input.receiverId === !!input.delegationId) {
    fail('VALIDATION_FAILED', [{ path: '/receiverId', message: 'address the request to exactly one participant or one delegation' }]);
  }
  let recipients: MeetingParticipant[];
  if (input.receiverId) {
    if (input.receiverId === me.id) fail('VALIDATION_FAILED', [{ path: '/receiverId', message: 'you cannot request a meeting with yourself' }]);
    const receiver = await stores.meetings.participant(event.id, input.receiverId);
    if (!receiver || receiver.status !== 'confirmed') fail('REGISTRATION_NOT_FOUND', { path: '/receiverId' });
    await assertUnderCap(stores, event, receiver, '/receiverId');
    recipients = [receiver];
  } else {
    const delegation = await stores.meetings.delegationMembers(event.id, input.delegationId ?? '');
    if (!delegation) fail('DELEGATION_NOT_FOUND');
    if (delegation.memberIds.includes(me.id)) fail('VALIDATION_FAILED', [{ path: '/delegationId', message: 'you are a member of this delegation' }]);
    recipients = (await stores.meetings.participants(event.id, delegation.memberIds)).filter((p) => p.status === 'confirmed');
    if (recipients.length === 0) fail('DELEGATION_NOT_FOUND', { reason: 'the delegation has no confirmed members' });
  }
  if (await stores.meetings.openBetween(event.id, me.id, input.receiverId ? { receiverId: input.receiverId } : { delegationId: input.delegationId ?? '' })) {
    fail('MEETING_ALREADY_REQUESTED');
  }
  await assertUnderCap(stores, event, me, '/');
  const now = ctx.clock.now();
  const id = randomUUID();
  await stores.meetings.insert({
    id,
    eventId: event.id,
    requesterId: me.id,
    receiverId: input.receiverId ?? null,
    delegationId: input.delegationId ?? null,
    message: input.message.trim(),
    status: 'pending',
    priority: 1,
    expiresAt: new Date(now.getTime() + event.meetingSettings.requestExpiryHours * HOUR_MS),
    createdAt: now,
  });
  const from = `${me.displayName}${me.organisationName ? ` (${me.organisationName})` : ''}`;
  for (const r of recipients) {
    await stores.platform.enqueueMail({
      to: r.email,
      subject: `Innox: ${from} would like to meet you at ${eventTitle(event)}`,
      text:
        `${from} asks for a 1:1 meeting at ${eventTitle(event)}:\n\n${input.message.trim()}\n\n` +
        `Accept or decline (with a reason) within ${event.meetingSettings.requestExpiryHours} hours:\n${ctx.publicUrl}/events/${event.id}/meetings\n`,
    });
  }
  return id;
}

export async function acceptMeeting(stores: Stores, ctx: MeetingContext, actor: Actor | null, eventId: string, meetingId: string): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'answer');
  const { event, meeting, me } = access;
  if (!me || me.status !== 'confirmed') fail('NOT_A_PARTICIPANT');
  const requester = await stores.meetings.participant(event.id, meeting.requesterId);
  if (!requester || requester.status !== 'confirmed') fail('INVALID_TRANSITION', { reason: 'the requester is no longer a participant' });
  if (meeting.delegationId && meeting.receiverId === null && (await stores.meetings.openBetween(event.id, requester.id, { receiverId: me.id }))) {
    fail('MEETING_ALREADY_REQUESTED');
  }
  await assertUnderCap(stores, event, me, '/');
  await assertUnderCap(stores, event, requester, '/');
  const now = ctx.clock.now();
  // The version check makes two delegation members accepting at once a conflict, not two meetings.
  const ok = await stores.meetings.update(event.id, meeting.id, { status: 'accepted', receiverId: me.id, respondedAt: now }, meeting.version);
  if (!ok) fail('VERSION_CONFLICT');
  await stores.platform.enqueueMail({
    to: requester.email,
    subject: `Innox: ${me.displayName} accepted your meeting request`,
    text:
      `${me.displayName}${me.organisationName ? ` (${me.organisationName})` : ''} accepted your meeting request at ${eventTitle(event)}. ` +
      `The organisers will give it a time and a table; you will be told when the schedule is published.\n${ctx.publicUrl}/events/${event.id}/meetings\n`,
  });
}

export async function declineMeeting(stores: Stores, ctx: MeetingContext, actor: Actor | null, eventId: string, meetingId: string, input: DeclineInput): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'answer');
  const note = input.note?.trim() || null;
  if (input.reason === 'other' && !note) fail('REASON_REQUIRED', [{ path: '/note', message: "a note is required with the reason 'other'" }]);
  const { event, meeting } = access;
  const ok = await stores.meetings.update(
    event.id,
    meeting.id,
    { status: 'declined', declineReason: input.reason, declineNote: note, respondedAt: ctx.clock.now(), receiverId: meeting.receiverId ?? access.me?.id ?? null },
    meeting.version,
  );
  if (!ok) fail('VERSION_CONFLICT');
  const requester = await stores.meetings.participant(event.id, meeting.requesterId);
  if (requester) {
    await stores.platform.enqueueMail({
      to: requester.email,
      subject: 'Innox: your meeting request was declined',
      text:
        `Your meeting request at ${eventTitle(event)} was declined.\nReason: ${input.reason.replace(/_/g, ' ')}${note ? `\nNote: ${note}` : ''}\n\n` +
        `Other participants may be a better fit: ${ctx.publicUrl}/events/${event.id}/participants\n`,
    });
  }
}

export async function cancelMeeting(stores: Stores, ctx: MeetingContext, actor: Actor | null, eventId: string, meetingId: string): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'cancel');
  const { event, meeting, side } = access;
  const ok = await stores.meetings.update(
    event.id,
    meeting.id,
    { status: 'cancelled', draftSlotId: null, draftTableId: null, slotId: null, tableId: null, fixed: false, respondedAt: meeting.respondedAt ?? ctx.clock.now() },
    meeting.version,
  );
  if (!ok) fail('VERSION_CONFLICT');
  const otherId = side === 'requester' ? meeting.receiverId : meeting.requesterId;
  const other = otherId ? await stores.meetings.participant(event.id, otherId) : null;
  if (other) {
    await stores.platform.enqueueMail({
      to: other.email,
      subject: 'Innox: a meeting was cancelled',
      text: `${access.me?.displayName ?? 'The other participant'} cancelled your meeting at ${eventTitle(event)}.\n${ctx.publicUrl}/events/${event.id}/meetings\n`,
    });
  }
}

/**
 * Run periodically (and safe to run on several servers at once: rows are claimed with SKIP LOCKED):
 * unanswered requests past their expiry become expired and their requesters are told; receivers who
 * leave a request unanswered for the event's reminder time get one reminder.
 */
export async function sweepMeetingRequests(stores: Stores, ctx: MeetingContext, limit = 500): Promise<{ expired: number; reminded: number }> {
  const now = ctx.clock.now();
  const expired = await stores.meetings.dueForExpiry(now, limit);
  for (const m of expired) {
    await stores.meetings.update(m.eventId, m.id, { status: 'expired' });
    const requester = await stores.meetings.participant(m.eventId, m.requesterId);
    const event = await stores.events.find(m.eventId);
    if (requester && event) {
      await stores.platform.enqueueMail({
        to: requester.email,
        subject: 'Innox: your meeting request expired',
        text: `Your meeting request at ${eventTitle(event)} was not answered in time and has expired. You may ask someone else:\n${ctx.publicUrl}/events/${event.id}/participants\n`,
      });
    }
  }
  const due = await stores.meetings.dueForReminder(now, limit);
  for (const m of due) {
    await stores.meetings.update(m.eventId, m.id, { remindedAt: now });
    const event = await stores.events.find(m.eventId);
    const requester = await stores.meetings.participant(m.eventId, m.requesterId);
    let recipients: MeetingParticipant[] = [];
    if (m.receiverId) {
      const receiver = await stores.meetings.participant(m.eventId, m.receiverId);
      recipients = receiver ? [receiver] : [];
    } else if (m.delegationId) {
      const delegation = await stores.meetings.delegationMembers(m.eventId, m.delegationId);
      recipients = delegation ? await stores.meetings.participants(m.eventId, delegation.memberIds) : [];
    }
    for (const r of recipients) {
      if (!event) continue;
      await stores.platform.enqueueMail({
        to: r.email,
        subject: `Innox: ${requester?.displayName ?? 'a participant'} is waiting for your answer`,
        text:
          `A meeting request at ${eventTitle(event)} from ${requester?.displayName ?? 'a participant'} is still unanswered. ` +
          `It expires on ${m.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC.\n${ctx.publicUrl}/events/${event.id}/meetings\n`,
      });
    }
  }
  return { expired: expired.length, reminded: due.length };
}

/**
 * A participant who leaves the event (cancelled or declined registration) leaves their meetings too:
 * open and accepted ones are cancelled and the other sides are told. Returns the cancelled meeting ids.
 */
export async function cancelMeetingsOfParticipant(stores: Stores, ctx: MeetingContext, eventId: string, registrationId: string): Promise<string[]> {
  const event = await stores.events.find(eventId);
  if (!event) return [];
  const leaving = await stores.meetings.participant(eventId, registrationId);
  const open = await stores.meetings.list(eventId, { participantId: registrationId, status: ['pending', 'accepted'] });
  for (const m of open) {
    await stores.meetings.update(eventId, m.id, { status: 'cancelled', draftSlotId: null, draftTableId: null, slotId: null, tableId: null, fixed: false, respondedAt: m.respondedAt ?? ctx.clock.now() });
    const otherId = m.requesterId === registrationId ? m.receiverId : m.requesterId;
    const other = otherId ? await stores.meetings.participant(eventId, otherId) : null;
    if (other) {
      await stores.platform.enqueueMail({
        to: other.email,
        subject: 'Innox: a meeting was cancelled',
        text: `${leaving?.displayName ?? 'The other participant'} no longer takes part in ${eventTitle(event)}, so your meeting is cancelled.\n${ctx.publicUrl}/events/${event.id}/meetings\n`,
      });
    }
  }
  return open.map((m) => m.id);
}
