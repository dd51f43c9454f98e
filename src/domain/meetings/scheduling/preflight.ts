/**
 * Checks made before any search: `validateInstance` rejects malformed input (a caller bug), and
 * `obviousInfeasibility` finds cheap proofs that not every requested meeting can take place, so the
 * organiser is told why instead of being handed a schedule that silently drops meetings.
 */
import type { SchedulingInstance } from './model.js';

const isIndex = (value: number, size: number): boolean => Number.isInteger(value) && value >= 0 && value < size;

/** Throws a RangeError naming the first malformed field. */
export function validateInstance(instance: SchedulingInstance): void {
  const { participants, slots, tables, morningSlots, meetings, forbidden, maxBreakDifference } = instance;
  const fail = (what: string): never => {
    throw new RangeError(`invalid scheduling instance: ${what}`);
  };
  if (!Number.isInteger(participants) || participants < 0) fail(`participants = ${participants}`);
  if (!Number.isInteger(slots) || slots < 1) fail(`slots = ${slots}`);
  if (!Number.isInteger(tables) || tables < 0) fail(`tables = ${tables}`);
  if (!Number.isInteger(morningSlots) || morningSlots < 0 || morningSlots > slots) fail(`morningSlots = ${morningSlots}`);
  if (!Number.isInteger(maxBreakDifference) || maxBreakDifference < 0) fail(`maxBreakDifference = ${maxBreakDifference}`);
  if (forbidden.length > participants) fail(`forbidden has ${forbidden.length} rows for ${participants} participants`);
  forbidden.forEach((list, p) => {
    for (const s of list) if (!isIndex(s, slots)) fail(`forbidden[${p}] contains slot ${s}`);
  });
  meetings.forEach((r, m) => {
    if (!isIndex(r.a, participants) || !isIndex(r.b, participants) || r.a === r.b) fail(`meeting ${m} between ${r.a} and ${r.b}`);
    if (r.session !== 'am' && r.session !== 'pm' && r.session !== 'any') fail(`meeting ${m} session ${String(r.session)}`);
    if (r.fixedSlot !== null && !isIndex(r.fixedSlot, slots)) fail(`meeting ${m} fixed at slot ${r.fixedSlot}`);
    if (!Number.isFinite(r.priority) || r.priority <= 0) fail(`meeting ${m} priority ${r.priority}`);
    for (const p of r.predecessors) if (!isIndex(p, meetings.length)) fail(`meeting ${m} predecessor ${p}`);
  });
}

/** Reasons why not every meeting can be placed; empty when none was found (not a proof of feasibility). */
export function obviousInfeasibility(instance: SchedulingInstance): string[] {
  const { participants: P, slots: S, tables, morningSlots, meetings } = instance;
  const reasons: string[] = [];
  const free = (p: number, s: number): boolean => !(instance.forbidden[p] ?? []).includes(s);
  const inSession = (session: string, s: number): boolean => session === 'any' || (session === 'am') === s < morningSlots;
  const allowed = meetings.map((r) => {
    const list: number[] = [];
    for (let s = 0; s < S; s++) {
      if (inSession(r.session, s) && (r.fixedSlot === null || r.fixedSlot === s) && free(r.a, s) && free(r.b, s)) list.push(s);
    }
    return list;
  });
  allowed.forEach((list, m) => {
    if (list.length === 0) reasons.push(`meeting ${m} has no slot that its session, fixing and both participants allow`);
  });

  // Fixed meetings hold their participants' slots: a free meeting needs a slot neither participant has
  // a fixed meeting in.
  const fixedSlotsOf = Array.from({ length: P }, () => new Set<number>());
  for (const r of meetings) {
    if (r.fixedSlot === null) continue;
    fixedSlotsOf[r.a]!.add(r.fixedSlot);
    fixedSlotsOf[r.b]!.add(r.fixedSlot);
  }
  meetings.forEach((r, m) => {
    if (r.fixedSlot !== null || allowed[m]!.length === 0) return;
    if (allowed[m]!.every((s) => fixedSlotsOf[r.a]!.has(s) || fixedSlotsOf[r.b]!.has(s))) {
      reasons.push(`meeting ${m} has no slot left beside its participants' fixed meetings`);
    }
  });

  // Per participant: their meetings of each kind need that many distinct slots they can attend.
  const sessionsOf: string[][] = Array.from({ length: P }, () => []);
  for (const r of meetings) {
    sessionsOf[r.a]!.push(r.session);
    sessionsOf[r.b]!.push(r.session);
  }
  for (let p = 0; p < P; p++) {
    for (const session of ['any', 'am', 'pm'] as const) {
      const needed = sessionsOf[p]!.filter((k) => session === 'any' || k === session).length;
      let usable = 0;
      for (let s = 0; s < S; s++) if (free(p, s) && inSession(session, s)) usable++;
      if (needed > usable) {
        const kind = session === 'any' ? '' : ` ${session}`;
        reasons.push(`participant ${p} has ${needed}${kind} meetings but only ${usable} slots to hold them`);
      }
    }
  }

  // Fixed meetings collide: same participant or more than the tables in one slot.
  const fixedAt = new Map<string, number>();
  const fixedPerSlot = new Int32Array(S);
  meetings.forEach((r, m) => {
    if (r.fixedSlot === null) return;
    fixedPerSlot[r.fixedSlot]!++;
    for (const p of [r.a, r.b]) {
      const key = `${p}:${r.fixedSlot}`;
      const other = fixedAt.get(key);
      if (other !== undefined) reasons.push(`participant ${p} has fixed meetings ${other} and ${m} both in slot ${r.fixedSlot}`);
      fixedAt.set(key, m);
    }
  });
  fixedPerSlot.forEach((n, s) => {
    if (n > tables) reasons.push(`slot ${s} has ${n} fixed meetings for ${tables} tables`);
  });

  const capacity = (session: 'am' | 'pm' | 'any'): number =>
    tables * (session === 'am' ? morningSlots : session === 'pm' ? S - morningSlots : S);
  for (const session of ['any', 'am', 'pm'] as const) {
    const n = meetings.filter((r) => session === 'any' || r.session === session).length;
    if (n > capacity(session)) reasons.push(`${n}${session === 'any' ? '' : ` ${session}`} meetings exceed ${capacity(session)} table slots`);
  }

  reasons.push(...precedenceReasons(instance, allowed));
  return reasons;
}

/** Each meeting's earliest possible slot after all its predecessors; a cycle or no room left is a proof. */
function precedenceReasons(instance: SchedulingInstance, allowed: number[][]): string[] {
  const M = instance.meetings.length;
  const earliest = new Int32Array(M).fill(-1);
  const pending = Int32Array.from(instance.meetings, (r) => r.predecessors.length);
  const succs: number[][] = Array.from({ length: M }, () => []);
  instance.meetings.forEach((r, m) => r.predecessors.forEach((p) => succs[p]!.push(m)));
  /** The first slot after every predecessor's earliest slot. */
  const bound = new Int32Array(M);
  const queue: number[] = [];
  for (let m = 0; m < M; m++) if (pending[m] === 0) queue.push(m);
  const reasons: string[] = [];
  // A meeting behind one with no possible slot is blocked too; only the root cause is reported.
  const blocked = new Uint8Array(M);
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i]!;
    if (!blocked[m]) {
      const slot = allowed[m]!.find((s) => s >= bound[m]!);
      if (slot !== undefined) earliest[m] = slot;
      else if (allowed[m]!.length > 0) reasons.push(`meeting ${m} cannot come after all its predecessors within the day`);
    }
    for (const q of succs[m]!) {
      if (earliest[m] === -1) blocked[q] = 1;
      else bound[q] = Math.max(bound[q]!, earliest[m]! + 1);
      if (--pending[q]! === 0) queue.push(q);
    }
  }
  const cyclic = pending.reduce((n, k) => n + (k > 0 ? 1 : 0), 0);
  if (cyclic > 0) reasons.push(`${cyclic} meetings are on or behind a precedence cycle`);
  return reasons;
}
