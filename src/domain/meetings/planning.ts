/**
 * From accepted meetings to a published schedule: scheduler runs (queued by the organiser, run by a job
 * off the main thread), hand moves with conflict checks, and publishing with notifications.
 */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { eventFor } from '../events/commands.js';
import type { EventView } from '../events/store.js';
import { localDay, localTime } from '../events/time.js';
import type { Actor, Stores } from '../ports.js';
import { authoriseOnMeeting, eventTitle, loadMeeting, type MeetingContext } from './requests.js';
import { checkSchedule, idlePeriods, quality } from './scheduling/checker.js';
import type { Assignment, ScheduleResult, SchedulingInstance } from './scheduling/model.js';
import type { MeetingScheduler } from './scheduling/thread.js';
import type { PlaceInput, ScheduleRunInput } from './schema.js';
import type { MeetingParticipant, MeetingRecord, MeetingSlot, MeetingTable, ScheduleRunRecord } from './store.js';

export async function queueScheduleRun(stores: Stores, actor: Actor | null, eventId: string, input: ScheduleRunInput): Promise<string> {
  const { event, actor: a } = await eventFor(stores, actor, eventId, 'manageMeetings');
  const [slots, tables] = await Promise.all([stores.meetings.slots(event.id), stores.meetings.tables(event.id)]);
  if (slots.length === 0 || tables.length === 0) fail('INVALID_TRANSITION', { reason: 'define meeting slots and tables first' });
  if (await stores.meetings.activeRun(event.id)) fail('SCHEDULE_RUNNING');
  const id = randomUUID();
  await stores.meetings.insertRun({
    id,
    eventId: event.id,
    mode: input.mode,
    status: 'queued',
    timeLimitMs: (input.timeLimitSeconds ?? event.meetingSettings.scheduleTimeLimitSeconds) * 1000,
    requestedBy: a.userId,
  });
  await stores.platform.audit({ actorId: a.userId, action: 'schedule.queued', subjectType: 'event', subjectId: event.id, details: { runId: id, mode: input.mode } });
  return id;
}

/** The scheduling problem of an event as the solver sees it, with the maps back to ids. */
export interface EventProblem {
  instance: SchedulingInstance;
  meetings: MeetingRecord[];
  participantIds: string[];
  slots: MeetingSlot[];
  tables: MeetingTable[];
  /** Meeting index → the table it should keep if possible (pinned or published places). */
  preferredTable: Map<number, string>;
}

export function buildProblem(
  event: EventView,
  mode: 'all' | 'unbooked',
  slots: MeetingSlot[],
  tables: MeetingTable[],
  accepted: MeetingRecord[],
  participants: MeetingParticipant[],
): EventProblem {
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const participantIds = [...new Set(accepted.flatMap((m) => [m.requesterId, m.receiverId ?? '']))].filter(Boolean);
  const participantIndex = new Map(participantIds.map((id, i) => [id, i]));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const preferredTable = new Map<number, string>();
  const instance: SchedulingInstance = {
    participants: participantIds.length,
    slots: slots.length,
    morningSlots: 0,
    tables: tables.length,
    maxBreakDifference: event.meetingSettings.maxBreakDifference,
    forbidden: participantIds.map((id) =>
      (byId.get(id)?.unavailableSlotIds ?? []).map((s) => slotIndex.get(s)).filter((i): i is number => i !== undefined),
    ),
    meetings: accepted.map((m, i) => {
      // Pinned meetings stay in their draft place; in "unbooked" mode published places are kept too.
      const keepSlot = m.fixed && m.draftSlotId ? m.draftSlotId : mode === 'unbooked' && m.slotId ? m.slotId : null;
      const keepTable = m.fixed && m.draftSlotId ? m.draftTableId : mode === 'unbooked' && m.slotId ? m.tableId : null;
      if (keepSlot && keepTable) preferredTable.set(i, keepTable);
      return {
        a: participantIndex.get(m.requesterId)!,
        b: participantIndex.get(m.receiverId ?? '')!,
        session: 'any' as const,
        fixedSlot: keepSlot ? (slotIndex.get(keepSlot) ?? null) : null,
        priority: m.priority,
        predecessors: [],
      };
    }),
  };
  return { instance, meetings: accepted, participantIds, slots, tables, preferredTable };
}

/** Tables are interchangeable within a slot: give kept meetings their own table back where possible. */
export function assignTables(problem: EventProblem, assignments: readonly Assignment[]): Array<{ meetingId: string; slotId: string; tableId: string }> {
  const bySlot = new Map<number, Assignment[]>();
  for (const a of assignments) bySlot.set(a.slot, [...(bySlot.get(a.slot) ?? []), a]);
  const out: Array<{ meetingId: string; slotId: string; tableId: string }> = [];
  for (const [slot, list] of bySlot) {
    const free = new Set(problem.tables.map((t) => t.id));
    const pending: Assignment[] = [];
    for (const a of list) {
      const want = problem.preferredTable.get(a.meeting);
      if (want && free.has(want)) {
        free.delete(want);
        out.push({ meetingId: problem.meetings[a.meeting]!.id, slotId: problem.slots[slot]!.id, tableId: want });
      } else pending.push(a);
    }
    const rest = problem.tables.filter((t) => free.has(t.id));
    pending.forEach((a, i) => out.push({ meetingId: problem.meetings[a.meeting]!.id, slotId: problem.slots[slot]!.id, tableId: rest[i]!.id }));
  }
  return out;
}

export async function loadProblem(stores: Stores, event: EventView, mode: 'all' | 'unbooked'): Promise<EventProblem> {
  const [slots, tables, accepted] = await Promise.all([
    stores.meetings.slots(event.id),
    stores.meetings.tables(event.id),
    stores.meetings.list(event.id, { status: ['accepted'] }),
  ]);
  accepted.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id));
  const ids = [...new Set(accepted.flatMap((m) => [m.requesterId, m.receiverId ?? '']))].filter(Boolean);
  return buildProblem(event, mode, slots, tables, accepted, await stores.meetings.participants(event.id, ids));
}

export interface RunOutcome {
  runId: string;
  eventId: string;
  status: 'done' | 'failed';
}

/**
 * Claims one queued run and carries it out: the problem is read in one transaction, solved with no
 * transaction open (it may take minutes), and the draft written in another; meetings that changed in
 * between are left as they are now.
 */
export async function runNextSchedule(
  uow: { run<T>(fn: (stores: Stores) => Promise<T>): Promise<T> },
  ctx: MeetingContext,
  scheduler: MeetingScheduler,
): Promise<RunOutcome | null> {
  const now = ctx.clock.now();
  const claimed = await uow.run(async (s) => {
    const run = await s.meetings.claimRun(now, new Date(now.getTime() - 15 * 60_000));
    if (!run) return null;
    const event = await s.events.find(run.eventId);
    if (!event) return { run, problem: null };
    return { run, event, problem: await loadProblem(s, event, run.mode) };
  });
  if (!claimed) return null;
  const { run } = claimed;
  if (!claimed.problem || !('event' in claimed) || !claimed.event) {
    await uow.run((s) => s.meetings.finishRun(run.id, { status: 'failed', error: 'the event no longer exists', at: ctx.clock.now() }));
    return { runId: run.id, eventId: run.eventId, status: 'failed' };
  }
  const { problem, event } = claimed;
  let result: ScheduleResult;
  try {
    result =
      problem.instance.meetings.length === 0
        ? { assignments: [], unplaced: [], placed: 0, placedPriority: 0, breaks: 0, fairnessGap: 0, optimal: true, infeasible: false, solver: 'fixed-only', seconds: 0 }
        : await scheduler.schedule(problem.instance, { timeLimitMs: run.timeLimitMs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await uow.run((s) => s.meetings.finishRun(run.id, { status: 'failed', error: message, at: ctx.clock.now() }));
    return { runId: run.id, eventId: run.eventId, status: 'failed' };
  }
  await uow.run(async (s) => {
    const current = new Map((await s.meetings.list(event.id, { status: ['accepted'] })).map((m) => [m.id, m]));
    const placed = assignTables(problem, result.assignments);
    const placedIds = new Set(placed.map((p) => p.meetingId));
    const places = [
      ...placed.filter((p) => current.has(p.meetingId)),
      ...problem.meetings.filter((m) => !placedIds.has(m.id) && current.has(m.id)).map((m) => ({ meetingId: m.id, slotId: null, tableId: null })),
    ];
    await s.meetings.setDraftPlaces(event.id, places);
    await s.meetings.finishRun(run.id, {
      status: 'done',
      at: ctx.clock.now(),
      result: {
        requested: problem.instance.meetings.length,
        placed: result.placed,
        placedPriority: result.placedPriority,
        unplacedMeetingIds: result.unplaced.map((i) => problem.meetings[i]!.id),
        breaks: result.breaks,
        idlePeriods: idlePeriods(problem.instance, result.assignments),
        fairnessGap: result.fairnessGap,
        optimal: result.optimal,
        infeasible: result.infeasible,
        infeasibilityReasons: result.infeasibilityReasons ?? [],
        upperBound: result.upperBound ?? null,
        solver: result.solver,
        seconds: result.seconds,
      },
    });
    await s.platform.audit({ actorId: run.requestedBy, action: 'schedule.computed', subjectType: 'event', subjectId: event.id, details: { runId: run.id, placed: result.placed } });
  });
  return { runId: run.id, eventId: run.eventId, status: 'done' };
}

/** Runs queued schedule runs until none is left. */
export async function runQueuedSchedules(uow: Parameters<typeof runNextSchedule>[0], ctx: MeetingContext, scheduler: MeetingScheduler): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (let next = await runNextSchedule(uow, ctx, scheduler); next; next = await runNextSchedule(uow, ctx, scheduler)) outcomes.push(next);
  return outcomes;
}

export interface ScheduleConflict {
  kind: 'participant_busy' | 'table_taken' | 'participant_unavailable';
  meetingId?: string;
  participantId?: string;
}

/** The organiser moves one meeting by hand; conflicts with the rest of the draft are refused with details. */
export async function placeMeeting(stores: Stores, actor: Actor | null, eventId: string, meetingId: string, input: PlaceInput): Promise<void> {
  const access = await loadMeeting(stores, actor, eventId, meetingId);
  authoriseOnMeeting(access, 'organise');
  const { event, meeting } = access;
  if ((input.slotId === null) !== (input.tableId === null)) fail('VALIDATION_FAILED', [{ path: '/tableId', message: 'give both a slot and a table, or neither' }]);
  if (input.slotId && input.tableId) {
    const [slots, tables] = await Promise.all([stores.meetings.slots(event.id), stores.meetings.tables(event.id)]);
    if (!slots.some((s) => s.id === input.slotId)) fail('SLOT_NOT_FOUND');
    if (!tables.some((t) => t.id === input.tableId)) fail('TABLE_NOT_FOUND');
    const others = (await stores.meetings.list(event.id, { status: ['accepted'] })).filter((m) => m.id !== meeting.id && m.draftSlotId === input.slotId);
    const people = [meeting.requesterId, meeting.receiverId ?? ''];
    const conflicts: ScheduleConflict[] = [];
    for (const o of others) {
      if (o.draftTableId === input.tableId) conflicts.push({ kind: 'table_taken', meetingId: o.id });
      for (const p of people) if (o.requesterId === p || o.receiverId === p) conflicts.push({ kind: 'participant_busy', meetingId: o.id, participantId: p });
    }
    for (const p of await stores.meetings.participants(event.id, people)) {
      if (p.unavailableSlotIds.includes(input.slotId)) conflicts.push({ kind: 'participant_unavailable', participantId: p.id });
    }
    if (conflicts.length) fail('SCHEDULE_CONFLICT', { conflicts });
  }
  const ok = await stores.meetings.update(
    event.id,
    meeting.id,
    { draftSlotId: input.slotId, draftTableId: input.tableId, fixed: input.slotId ? (input.fixed ?? meeting.fixed) : false },
    input.version,
  );
  if (!ok) fail('VERSION_CONFLICT', { currentVersion: meeting.version });
}

/** The draft becomes what participants see; everyone whose meetings changed is told. */
export async function publishSchedule(stores: Stores, ctx: MeetingContext, actor: Actor | null, eventId: string): Promise<{ changed: number }> {
  const { event, actor: a } = await eventFor(stores, actor, eventId, 'manageMeetings');
  if (await stores.meetings.activeRun(event.id)) fail('SCHEDULE_RUNNING');
  const changedIds = await stores.meetings.publishDraft(event.id, ctx.clock.now());
  const changed = (await stores.meetings.list(event.id, { status: ['accepted'] })).filter((m) => changedIds.includes(m.id));
  const slots = new Map((await stores.meetings.slots(event.id)).map((s) => [s.id, s]));
  const tables = new Map((await stores.meetings.tables(event.id)).map((t) => [t.id, t]));
  const peopleIds = [...new Set(changed.flatMap((m) => [m.requesterId, m.receiverId ?? '']))].filter(Boolean);
  const people = new Map((await stores.meetings.participants(event.id, peopleIds)).map((p) => [p.id, p]));
  for (const person of people.values()) {
    const lines = changed
      .filter((m) => m.requesterId === person.id || m.receiverId === person.id)
      .map((m) => {
        const other = people.get(m.requesterId === person.id ? (m.receiverId ?? '') : m.requesterId);
        const slot = m.slotId ? slots.get(m.slotId) : undefined;
        const where = slot
          ? `${localDay(slot.startsAt, event.timeZone)} ${localTime(slot.startsAt, event.timeZone)}–${localTime(slot.endsAt, event.timeZone)}, table ${tables.get(m.tableId ?? '')?.label ?? '?'}`
          : 'not scheduled';
        return `- ${other?.displayName ?? '?'}${other?.organisationName ? ` (${other.organisationName})` : ''}: ${where}`;
      });
    await stores.platform.enqueueMail({
      to: person.email,
      subject: `Innox: your meeting schedule for ${eventTitle(event)}`,
      text:
        `Your 1:1 meetings at ${eventTitle(event)} (times in ${event.timeZone}):\n\n${lines.join('\n')}\n\n` +
        `Your agenda, with a calendar download: ${ctx.publicUrl}/events/${event.id}/agenda\n`,
    });
  }
  await stores.platform.audit({ actorId: a.userId, action: 'schedule.published', subjectType: 'event', subjectId: event.id, details: { changed: changed.length } });
  return { changed: changed.length };
}

/** Quality and constraint check of the current draft (shown to organisers beside the draft). */
export function draftQuality(problem: EventProblem) {
  const meetingIndex = new Map(problem.meetings.map((m, i) => [m.id, i]));
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(problem.tables.map((t, i) => [t.id, i]));
  const assignments: Assignment[] = problem.meetings
    .filter((m) => m.draftSlotId && m.draftTableId && slotIndex.has(m.draftSlotId) && tableIndex.has(m.draftTableId))
    .map((m) => ({ meeting: meetingIndex.get(m.id)!, slot: slotIndex.get(m.draftSlotId!)!, table: tableIndex.get(m.draftTableId!)! }));
  // Checked as placed, not as pinned: a hand-moved meeting is where the organiser put it.
  const instance = { ...problem.instance, meetings: problem.instance.meetings.map((m) => ({ ...m, fixedSlot: null })) };
  const check = checkSchedule(instance, assignments);
  const q = quality(instance, assignments);
  return {
    requested: problem.meetings.length,
    placed: q.placed,
    breaks: q.breaks,
    idlePeriods: idlePeriods(instance, assignments),
    fairnessGap: q.fairnessGap,
    violations: check.violations.length,
  };
}

export async function scheduleOverview(stores: Stores, actor: Actor | null, eventId: string) {
  const { event } = await eventFor(stores, actor, eventId, 'manageMeetings');
  const problem = await loadProblem(stores, event, 'all');
  // Every confirmed participant (with or without meetings yet), so organisers can set caps and unavailability.
  const participants = await stores.meetings.confirmedParticipants(event.id);
  const latest: ScheduleRunRecord | null = await stores.meetings.latestRun(event.id);
  const unpublished = problem.meetings.filter((m) => m.slotId !== m.draftSlotId || m.tableId !== m.draftTableId).length;
  return { event, problem, participants, latestRun: latest, quality: draftQuality(problem), unpublishedChanges: unpublished };
}
