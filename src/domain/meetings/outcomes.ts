/** After a meeting: attendance as each side saw it, and the outcome (e.g. a cooperation intention). */
import type { DealContext } from '../deals/access.js';
import { dealFromMeetingOutcome } from '../deals/from-meeting.js';
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import { authoriseOnMeeting, loadMeeting } from './requests.js';
import type { AttendanceInput, MeetingPatch, OutcomeInput } from './schema.js';

export async function recordAttendance(stores: Stores, actor: Actor | null, eventId: string, meetingId: string, input: AttendanceInput): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'record');
  const column = access.side === 'requester' ? 'requesterAttendance' : 'receiverAttendance';
  await stores.meetings.update(access.event.id, access.meeting.id, { [column]: input.attendance });
}

/**
 * Records the outcome and, in the same transaction, creates or advances the deal between the two sides'
 * organisations (src/domain/deals/from-meeting.ts). Returns that deal's id, or null.
 */
export async function recordOutcome(stores: Stores, ctx: DealContext, actor: Actor | null, eventId: string, meetingId: string, input: OutcomeInput): Promise<string | null> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'record');
  const { meeting } = access;
  const attended = access.side === 'requester' ? meeting.requesterAttendance : meeting.receiverAttendance;
  if (attended !== 'held') fail('INVALID_TRANSITION', { reason: 'mark the meeting as held first' });
  if ((input.estimatedValueMinor ?? null) !== null && !input.currency) {
    fail('VALIDATION_FAILED', [{ path: '/currency', message: 'a value needs its currency' }]);
  }
  const outcome = {
    kind: 'cooperation_intention' as const,
    cooperationType: input.cooperationType,
    estimatedValueMinor: input.estimatedValueMinor ?? null,
    currency: input.currency ?? null,
    note: input.note?.trim() || null,
    by: actor?.userId ?? '',
    at: ctx.clock.now().toISOString(),
  };
  await stores.meetings.update(access.event.id, meeting.id, { outcome });
  await stores.platform.audit({ actorId: actor?.userId ?? null, action: 'meeting.outcome', subjectType: 'meeting', subjectId: meeting.id, details: { cooperationType: input.cooperationType } });
  const otherId = access.side === 'requester' ? meeting.receiverId : meeting.requesterId;
  const other = otherId ? await stores.meetings.participant(access.event.id, otherId) : null;
  if (!actor || !access.me || !other) return null;
  return dealFromMeetingOutcome(stores, ctx, actor, { event: access.event, meeting, recorder: access.me, other, outcome });
}

/** Organisers set a meeting's priority; organisers and both sides set the link of a virtual meeting. */
export async function updateMeeting(stores: Stores, actor: Actor | null, eventId: string, meetingId: string, input: MeetingPatch): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  if (input.priority !== undefined) authoriseOnMeeting(access, 'organise');
  if (input.onlineUrl !== undefined) authoriseOnMeeting(access, 'setLink');
  const ok = await stores.meetings.update(
    access.event.id,
    access.meeting.id,
    { ...(input.priority !== undefined ? { priority: input.priority } : {}), ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl } : {}) },
    input.version,
  );
  if (!ok) fail('VERSION_CONFLICT', { currentVersion: access.meeting.version });
}
