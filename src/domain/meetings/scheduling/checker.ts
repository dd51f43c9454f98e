/**
 * The referee: an independent verifier of a schedule against the problem model. Every solver's output
 * goes through here, so it is deliberately naive (plain loops over the assignments, no shared state with
 * the solvers) and checks each hard constraint on its own.
 */
import type { Assignment, ScheduleQuality, SchedulingInstance } from './model.js';

export type ViolationKind =
  | 'unknown-meeting'
  | 'duplicate-meeting'
  | 'slot-out-of-range'
  | 'table-out-of-range'
  | 'participant-double-booked'
  | 'too-many-meetings-in-slot'
  | 'table-double-booked'
  | 'forbidden-slot'
  | 'wrong-session'
  | 'fixed-slot-moved'
  | 'precedence';

export interface Violation {
  kind: ViolationKind;
  meeting?: number;
  participant?: number;
  slot?: number;
  message: string;
}

export interface CheckResult {
  ok: boolean;
  violations: Violation[];
}

const isIndex = (value: number, size: number): boolean => Number.isInteger(value) && value >= 0 && value < size;

export function checkSchedule(instance: SchedulingInstance, assignments: readonly Assignment[]): CheckResult {
  const violations: Violation[] = [];
  const slotOf = new Map<number, number>();
  // Only assignments that passed the shape checks take part in the pairwise checks below, so one bad row
  // is reported once rather than cascading into nonsense.
  const sound: Assignment[] = [];

  for (const a of assignments) {
    const { meeting, slot, table } = a;
    if (!isIndex(meeting, instance.meetings.length)) {
      violations.push({ kind: 'unknown-meeting', meeting, message: `meeting ${meeting} does not exist` });
      continue;
    }
    if (slotOf.has(meeting)) {
      violations.push({ kind: 'duplicate-meeting', meeting, message: `meeting ${meeting} is placed more than once` });
      continue;
    }
    if (!isIndex(slot, instance.slots)) {
      violations.push({ kind: 'slot-out-of-range', meeting, slot, message: `meeting ${meeting} uses slot ${slot}` });
      continue;
    }
    if (!isIndex(table, instance.tables)) {
      violations.push({ kind: 'table-out-of-range', meeting, slot, message: `meeting ${meeting} uses table ${table}` });
      continue;
    }
    slotOf.set(meeting, slot);
    sound.push(a);
  }

  const perSlot = new Map<number, Assignment[]>();
  for (const a of sound) perSlot.set(a.slot, [...(perSlot.get(a.slot) ?? []), a]);

  for (const [slot, inSlot] of perSlot) {
    if (inSlot.length > instance.tables) {
      violations.push({
        kind: 'too-many-meetings-in-slot',
        slot,
        message: `slot ${slot} holds ${inSlot.length} meetings for ${instance.tables} tables`,
      });
    }
    const tableUser = new Map<number, number>();
    const participantUser = new Map<number, number>();
    for (const { meeting, table } of inSlot) {
      const other = tableUser.get(table);
      if (other !== undefined) {
        violations.push({
          kind: 'table-double-booked',
          meeting,
          slot,
          message: `meetings ${other} and ${meeting} share table ${table} in slot ${slot}`,
        });
      }
      tableUser.set(table, meeting);
      const request = instance.meetings[meeting]!;
      for (const participant of [request.a, request.b]) {
        const previous = participantUser.get(participant);
        if (previous !== undefined) {
          violations.push({
            kind: 'participant-double-booked',
            meeting,
            participant,
            slot,
            message: `participant ${participant} has meetings ${previous} and ${meeting} in slot ${slot}`,
          });
        }
        participantUser.set(participant, meeting);
      }
    }
  }

  for (const { meeting, slot } of sound) {
    const request = instance.meetings[meeting]!;
    for (const participant of [request.a, request.b]) {
      if ((instance.forbidden[participant] ?? []).includes(slot)) {
        violations.push({
          kind: 'forbidden-slot',
          meeting,
          participant,
          slot,
          message: `participant ${participant} cannot attend slot ${slot} (meeting ${meeting})`,
        });
      }
    }
    const morning = slot < instance.morningSlots;
    if ((request.session === 'am' && !morning) || (request.session === 'pm' && morning)) {
      violations.push({
        kind: 'wrong-session',
        meeting,
        slot,
        message: `meeting ${meeting} must be in the ${request.session} session, not slot ${slot}`,
      });
    }
    if (request.fixedSlot !== null && request.fixedSlot !== slot) {
      violations.push({
        kind: 'fixed-slot-moved',
        meeting,
        slot,
        message: `meeting ${meeting} is fixed at slot ${request.fixedSlot} but placed at ${slot}`,
      });
    }
    // A predecessor must itself take place, earlier: a follow-up meeting without its first meeting is
    // exactly what the organiser ruled out.
    for (const predecessor of request.predecessors) {
      const before = slotOf.get(predecessor);
      if (before === undefined || before >= slot) {
        violations.push({
          kind: 'precedence',
          meeting,
          slot,
          message:
            before === undefined
              ? `meeting ${meeting} is placed but its predecessor ${predecessor} is not`
              : `meeting ${meeting} (slot ${slot}) must come after meeting ${predecessor} (slot ${before})`,
        });
      }
    }
  }

  return { ok: violations.length === 0, violations };
}

/** Objective figures of a schedule; assumes nothing about feasibility beyond known meeting indices. */
export function quality(instance: SchedulingInstance, assignments: readonly Assignment[]): ScheduleQuality {
  const placedMeetings = new Set<number>();
  const slotsOf: number[][] = Array.from({ length: instance.participants }, () => []);
  for (const { meeting, slot } of assignments) {
    const request = instance.meetings[meeting];
    if (request === undefined || placedMeetings.has(meeting)) continue;
    placedMeetings.add(meeting);
    slotsOf[request.a]?.push(slot);
    slotsOf[request.b]?.push(slot);
  }
  let placedPriority = 0;
  for (const meeting of placedMeetings) placedPriority += instance.meetings[meeting]!.priority;

  let breaks = 0;
  let most = -Infinity;
  let least = Infinity;
  for (const slots of slotsOf) {
    if (slots.length === 0) continue;
    const busy = new Set(slots);
    const idle = Math.max(...slots) - Math.min(...slots) + 1 - busy.size;
    breaks += idle;
    most = Math.max(most, idle);
    least = Math.min(least, idle);
  }
  return {
    placed: placedMeetings.size,
    placedPriority,
    breaks,
    fairnessGap: most === -Infinity ? 0 : most - least,
  };
}

/**
 * Idle periods (maximal runs of idle slots between a participant's meetings), summed over participants.
 * This is how the B2B literature (Bofill et al.) counts "breaks"; `quality().breaks` counts idle slots.
 * The two agree whenever every gap is one slot long.
 */
export function idlePeriods(instance: SchedulingInstance, assignments: readonly Assignment[]): number {
  const busy: boolean[][] = Array.from({ length: instance.participants }, () => new Array<boolean>(instance.slots).fill(false));
  for (const { meeting, slot } of assignments) {
    const request = instance.meetings[meeting];
    if (request === undefined) continue;
    busy[request.a]![slot] = true;
    busy[request.b]![slot] = true;
  }
  let periods = 0;
  for (const row of busy) {
    const first = row.indexOf(true);
    const last = row.lastIndexOf(true);
    for (let s = first + 1; s <= last; s++) if (!row[s] && row[s - 1]) periods++;
  }
  return periods;
}
