/** Read models of meetings: a participant's requests and the organisers' list, with what presenting them needs. */
import { loadEvent } from '../events/commands.js';
import { isEventStaff } from '../events/policy.js';
import type { EventView } from '../events/store.js';
import type { MeetingStatus } from '../events/vocab.js';
import type { Actor, Stores } from '../ports.js';
import { fail } from '../errors.js';
import { meetingSide, type MeetingSide } from './policy.js';
import { confirmedParticipant } from './requests.js';
import type { MeetingParticipant, MeetingRecord, MeetingSlot, MeetingTable } from './store.js';

export interface MeetingListView {
  event: EventView;
  staff: boolean;
  rows: Array<{ meeting: MeetingRecord; side: MeetingSide }>;
  participants: Map<string, MeetingParticipant>;
  delegations: Map<string, string>;
  slots: Map<string, MeetingSlot>;
  tables: Map<string, MeetingTable>;
}

async function lookups(stores: Stores, eventId: string, meetings: MeetingRecord[]) {
  const ids = [...new Set(meetings.flatMap((m) => [m.requesterId, m.receiverId ?? '']))].filter(Boolean);
  const [participants, delegations, slots, tables] = await Promise.all([
    stores.meetings.participants(eventId, ids),
    stores.meetings.delegationNames(eventId),
    stores.meetings.slots(eventId),
    stores.meetings.tables(eventId),
  ]);
  return {
    participants: new Map(participants.map((p) => [p.id, p])),
    delegations: new Map(delegations.map((d) => [d.id, d.name])),
    slots: new Map(slots.map((s) => [s.id, s])),
    tables: new Map(tables.map((t) => [t.id, t])),
  };
}

/** The caller's own requests, sent and received (incl. those to their delegations). */
export async function myMeetings(stores: Stores, actor: Actor | null, eventId: string): Promise<MeetingListView> {
  const event = await loadEvent(stores, actor, eventId);
  const me = await confirmedParticipant(stores, event, actor);
  const delegationIds = await stores.meetings.delegationIdsOf(event.id, me.id);
  const meetings = await stores.meetings.list(event.id, { participantId: me.id, delegationIds });
  return {
    event,
    staff: isEventStaff(actor, event),
    rows: meetings.map((meeting) => ({ meeting, side: meetingSide(me.id, delegationIds, meeting) })),
    ...(await lookups(stores, event.id, meetings)),
  };
}

/** Every meeting of the event, for its organisers. */
export async function eventMeetings(stores: Stores, actor: Actor | null, eventId: string, status?: MeetingStatus[]): Promise<MeetingListView> {
  const event = await loadEvent(stores, actor, eventId);
  if (!isEventStaff(actor, event)) fail(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  const meetings = await stores.meetings.list(event.id, status?.length ? { status } : {});
  return { event, staff: true, rows: meetings.map((meeting) => ({ meeting, side: null })), ...(await lookups(stores, event.id, meetings)) };
}

/** One meeting with the caller's standing, for responses after a change. */
export async function oneMeeting(stores: Stores, actor: Actor | null, eventId: string, meetingId: string): Promise<MeetingListView> {
  const event = await loadEvent(stores, actor, eventId);
  const meeting = await stores.meetings.find(event.id, meetingId);
  if (!meeting) fail('MEETING_NOT_FOUND');
  const me = actor ? await stores.meetings.participantByUser(event.id, actor.userId) : null;
  const delegationIds = me ? await stores.meetings.delegationIdsOf(event.id, me.id) : [];
  const side = meetingSide(me?.id ?? null, delegationIds, meeting);
  const staff = isEventStaff(actor, event);
  if (!side && !staff) fail('MEETING_NOT_FOUND');
  return { event, staff, rows: [{ meeting, side }], ...(await lookups(stores, event.id, [meeting])) };
}
