import { readFileSync } from 'node:fs';
import type { Assignment, MeetingRequest, SchedulingInstance } from './model.js';

/**
 * Translates a scheduling instance into an ASP program for clingo (facts + `asp/meetings.lp`) and
 * clingo's answer back into assignments.
 */

let encoding: string | undefined;

function meetingsEncoding(): string {
  encoding ??= readFileSync(new URL('./asp/meetings.lp', import.meta.url), 'utf8');
  return encoding;
}

function inRange(value: number, size: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < size;
}

function validate(instance: SchedulingInstance): void {
  const { participants, slots, tables, meetings } = instance;
  if (!Number.isInteger(slots) || slots < 1 || !Number.isInteger(tables) || tables < 0) {
    throw new RangeError('a scheduling instance needs at least one slot and a non-negative number of tables');
  }
  meetings.forEach((meeting, index) => {
    if (!inRange(meeting.a, participants) || !inRange(meeting.b, participants) || meeting.a === meeting.b) {
      throw new RangeError(`meeting ${index} needs two different participants in 0..${participants - 1}`);
    }
    if (meeting.predecessors.some((q) => !inRange(q, meetings.length))) {
      throw new RangeError(`meeting ${index} has a predecessor outside 0..${meetings.length - 1}`);
    }
  });
}

function sessionAllows(meeting: MeetingRequest, slot: number, morningSlots: number): boolean {
  if (meeting.session === 'am') return slot < morningSlots;
  if (meeting.session === 'pm') return slot >= morningSlots;
  return true;
}

/**
 * The slots each meeting may take, with the precedence windows narrowed to a fixpoint: a meeting can
 * be no earlier than one after its predecessors' earliest slot, and no later than one before its
 * successors' latest. A cycle of precedences empties the domains. An empty domain proves infeasibility.
 */
function meetingDomains(instance: SchedulingInstance): number[][] {
  validate(instance);
  const forbidden = instance.forbidden.map((slots) => new Set(slots));
  const domains = instance.meetings.map((meeting) => {
    const allowed: number[] = [];
    for (let slot = 0; slot < instance.slots; slot++) {
      if (meeting.fixedSlot !== null && slot !== meeting.fixedSlot) continue;
      if (!sessionAllows(meeting, slot, instance.morningSlots)) continue;
      if (forbidden[meeting.a]?.has(slot) || forbidden[meeting.b]?.has(slot)) continue;
      allowed.push(slot);
    }
    return allowed;
  });
  // Each pass either removes a slot or stops, so this ends after at most meetings × slots passes.
  for (let changed = true; changed; ) {
    changed = false;
    instance.meetings.forEach((meeting, m) => {
      for (const q of meeting.predecessors) {
        const earliest = (domains[q]?.[0] ?? Infinity) + 1;
        const latest = (domains[m]?.at(-1) ?? -Infinity) - 1;
        const after = (domains[m] ?? []).filter((slot) => slot >= earliest);
        const before = (domains[q] ?? []).filter((slot) => slot <= latest);
        if (after.length !== domains[m]?.length || before.length !== domains[q]?.length) changed = true;
        domains[m] = after;
        domains[q] = before;
      }
    });
  }
  return domains;
}

/** Whether mirroring the slots (s ↦ slots − 1 − s) maps every schedule to one with the same breaks. */
function isReversible(instance: SchedulingInstance, domains: number[][]): boolean {
  return (
    instance.meetings.length > 0 &&
    instance.meetings.every((meeting) => meeting.predecessors.length === 0) &&
    domains.every((domain) => domain.every((slot) => domain.includes(instance.slots - 1 - slot)))
  );
}

export interface ClingoProgram {
  text: string;
  /** Per meeting, its allowed slots; an empty one means no complete schedule exists. */
  domains: number[][];
}

/** `hints`: an incumbent schedule to start from (clingo needs `--heuristic=Domain` to use them). */
export function buildClingoProgram(instance: SchedulingInstance, hints: readonly Assignment[] = []): ClingoProgram {
  const domains = meetingDomains(instance);
  const meetingCount = new Array<number>(instance.participants).fill(0);
  const lines: string[] = [
    `#const slots = ${instance.slots}.`,
    `#const tables = ${instance.tables}.`,
    // A difference beyond the number of slots never binds (and keeps Infinity out of the program).
    `#const maxgap = ${Math.max(0, Math.min(instance.slots, Math.floor(instance.maxBreakDifference)))}.`,
    `slot(0..${instance.slots - 1}).`,
  ];
  instance.meetings.forEach((meeting, m) => {
    meetingCount[meeting.a] = (meetingCount[meeting.a] ?? 0) + 1;
    meetingCount[meeting.b] = (meetingCount[meeting.b] ?? 0) + 1;
    lines.push(`m(${m},${meeting.a},${meeting.b}).`);
    lines.push((domains[m] ?? []).map((slot) => `dom(${m},${slot}).`).join(' '));
    for (const q of new Set(meeting.predecessors)) lines.push(`pre(${m},${q}).`);
  });
  // The fairness floor L never needs to exceed the breaks the least flexible participant can have.
  let lmax = Infinity;
  meetingCount.forEach((count, p) => {
    if (count === 0) return;
    lines.push(`np(${p},${count}).`);
    lmax = Math.min(lmax, count < 2 ? 0 : Math.max(0, instance.slots - count));
  });
  lines.push(`#const lmax = ${Number.isFinite(lmax) ? lmax : 0}.`);
  const reversible = isReversible(instance, domains);
  if (reversible) lines.push('reversible.');
  // Start the search from the incumbent: its slot is each meeting's preferred value and, through a
  // high initial activity, decided early, so the first schedule found is (close to) the incumbent
  // and later conflicts can still pull the search elsewhere. Under the mirror symmetry breaking, an
  // incumbent with meeting 0 late is mirrored first so that it stays allowed.
  const firstSlot = hints.find((assignment) => assignment.meeting === 0)?.slot ?? 0;
  const mirror = reversible && 2 * firstSlot > instance.slots - 1;
  for (const { meeting, slot } of hints) {
    const hinted = mirror ? instance.slots - 1 - slot : slot;
    if (!domains[meeting]?.includes(hinted)) continue;
    lines.push(`#heuristic at(${meeting},${hinted}). [1,sign]`, `#heuristic at(${meeting},${hinted}). [1000,init]`);
  }
  lines.push(meetingsEncoding());
  return { text: lines.join('\n'), domains };
}

/** Reads `at(M,S)` atoms back; tables are numbered 0..k−1 within each slot in meeting order. */
export function assignmentsFromAtoms(atoms: readonly string[]): Assignment[] {
  const placed: { meeting: number; slot: number }[] = [];
  for (const atom of atoms) {
    const match = /^at\((\d+),(\d+)\)$/.exec(atom);
    if (match) placed.push({ meeting: Number(match[1]), slot: Number(match[2]) });
  }
  placed.sort((x, y) => x.slot - y.slot || x.meeting - y.meeting);
  const nextTable = new Map<number, number>();
  return placed.map(({ meeting, slot }) => {
    const table = nextTable.get(slot) ?? 0;
    nextTable.set(slot, table + 1);
    return { meeting, slot, table };
  });
}
