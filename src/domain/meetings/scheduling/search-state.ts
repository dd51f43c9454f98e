/**
 * Mutable state of the local search: which slot each meeting is in, who is busy when, how full each slot
 * is, and each participant's breaks, all kept incrementally. Every change goes through `setSlot`, which
 * journals the previous slot, so any compound move can be tried and rolled back exactly.
 *
 * Hard constraints are the caller's responsibility *before* calling `setSlot` (see `canTake`); the state
 * itself never holds two meetings of a participant in one slot or more meetings than tables in a slot.
 */
import type { SchedulingInstance } from './model.js';

/** Meetings in an order where predecessors come first; meetings on precedence cycles are left out. */
function topologicalOrder(preds: readonly (readonly number[])[], succs: readonly number[][]): number[] {
  const pending = Int32Array.from(preds, (list) => list.length);
  const order: number[] = [];
  pending.forEach((n, m) => {
    if (n === 0) order.push(m);
  });
  for (let i = 0; i < order.length; i++) {
    for (const q of succs[order[i]!]!) if (--pending[q]! === 0) order.push(q);
  }
  return order;
}

export class SearchState {
  readonly participants: number;
  readonly slots: number;
  readonly tables: number;
  readonly meetings: number;
  readonly ma: Int32Array;
  readonly mb: Int32Array;
  readonly weight: Float64Array;
  /** -1 when the meeting is free to move. */
  readonly fixedSlot: Int32Array;
  /** allowed[m * slots + s] = 1 when session, forbidden slots and fixing all permit m in s. */
  readonly allowed: Uint8Array;
  readonly allowedSlots: Int32Array[];
  readonly preds: readonly (readonly number[])[];
  readonly succs: number[][];
  readonly hasPrecedences: boolean;
  readonly meetingsOf: Int32Array[];
  readonly totalWeight: number;

  readonly slotOf: Int32Array;
  /** busy[p * slots + s] = the meeting participant p attends in slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  /** members[s][0 .. load[s]) lists the meetings in slot s; posInSlot gives each one's index there. */
  readonly members: Int32Array[];
  readonly posInSlot: Int32Array;
  readonly unplaced: Int32Array;
  readonly posInUnplaced: Int32Array;
  unplacedCount = 0;
  placedWeight = 0;

  readonly count: Int32Array;
  readonly breaks: Int32Array;
  /** breakHistogram[b] = participants with at least one meeting and exactly b breaks. */
  readonly breakHistogram: Int32Array;
  totalBreaks = 0;

  /**
   * While building the first schedule, a meeting may be placed before its predecessors are (fixed meetings
   * go in first, and their predecessors after them); `enforcePrecedence` then restores the strict rule.
   */
  lenientPrecedence = false;

  /** Pairs (meeting, previous slot), newest last. */
  readonly journal: number[] = [];

  constructor(instance: SchedulingInstance) {
    const { participants: P, slots: S, meetings } = instance;
    const M = meetings.length;
    this.participants = P;
    this.slots = S;
    this.tables = instance.tables;
    this.meetings = M;
    this.ma = new Int32Array(M);
    this.mb = new Int32Array(M);
    this.weight = new Float64Array(M);
    this.fixedSlot = new Int32Array(M).fill(-1);
    this.allowed = new Uint8Array(M * S);
    this.allowedSlots = [];
    this.succs = Array.from({ length: M }, () => []);
    const forbidden: Uint8Array = new Uint8Array(P * S);
    instance.forbidden.forEach((list, p) => {
      for (const s of list) if (s >= 0 && s < S) forbidden[p * S + s] = 1;
    });
    const perParticipant: number[][] = Array.from({ length: P }, () => []);
    let total = 0;
    meetings.forEach((request, m) => {
      this.ma[m] = request.a;
      this.mb[m] = request.b;
      this.weight[m] = request.priority;
      total += request.priority;
      if (request.fixedSlot !== null) this.fixedSlot[m] = request.fixedSlot;
      const list: number[] = [];
      for (let s = 0; s < S; s++) {
        const morning = s < instance.morningSlots;
        const sessionOk = request.session === 'any' || (request.session === 'am') === morning;
        const fixedOk = request.fixedSlot === null || request.fixedSlot === s;
        if (sessionOk && fixedOk && !forbidden[request.a * S + s] && !forbidden[request.b * S + s]) {
          this.allowed[m * S + s] = 1;
          list.push(s);
        }
      }
      this.allowedSlots.push(Int32Array.from(list));
      perParticipant[request.a]!.push(m);
      perParticipant[request.b]!.push(m);
      for (const p of request.predecessors) this.succs[p]!.push(m);
    });
    this.preds = meetings.map((request) => request.predecessors);
    this.hasPrecedences = meetings.some((request) => request.predecessors.length > 0);
    this.narrowAroundFixedMeetings();
    if (this.hasPrecedences) this.narrowToPrecedenceWindows();
    this.meetingsOf = perParticipant.map((list) => Int32Array.from(list));
    this.totalWeight = total;

    this.slotOf = new Int32Array(M).fill(-1);
    this.busy = new Int32Array(P * S).fill(-1);
    this.load = new Int32Array(S);
    this.members = Array.from({ length: S }, () => new Int32Array(Math.max(1, this.tables)));
    this.posInSlot = new Int32Array(M).fill(-1);
    this.unplaced = Int32Array.from({ length: M }, (_, m) => m);
    this.posInUnplaced = Int32Array.from({ length: M }, (_, m) => m);
    this.unplacedCount = M;
    this.count = new Int32Array(P);
    this.breaks = new Int32Array(P);
    this.breakHistogram = new Int32Array(S + 1);
  }

  /**
   * Fixed meetings are placed first and never moved, so their participants' slots, and slots whose tables
   * they fill, are closed to every other meeting. (A fixed meeting that cannot be placed, because it
   * collides with another fixed meeting, closes nothing.)
   */
  private narrowAroundFixedMeetings(): void {
    const S = this.slots;
    const fixedAt = new Int32Array(this.participants * S);
    const fixedInSlot = new Int32Array(S);
    for (let m = 0; m < this.meetings; m++) {
      const s = this.fixedSlot[m]!;
      if (s === -1 || !this.allowed[m * S + s]) continue;
      fixedAt[this.ma[m]! * S + s]!++;
      fixedAt[this.mb[m]! * S + s]!++;
      fixedInSlot[s]!++;
    }
    for (let m = 0; m < this.meetings; m++) {
      if (this.fixedSlot[m] !== -1) continue;
      const closed = (s: number): boolean =>
        fixedAt[this.ma[m]! * S + s] === 1 || fixedAt[this.mb[m]! * S + s] === 1 || fixedInSlot[s]! >= this.tables;
      for (const s of this.allowedSlots[m]!) if (closed(s)) this.allowed[m * S + s] = 0;
      this.allowedSlots[m] = this.allowedSlots[m]!.filter((s) => !closed(s));
    }
  }

  /**
   * A meeting can only sit after its predecessor chain (strict precedence: a placed meeting's predecessors
   * are placed), so slots before its earliest possible slot are dropped. Slots after its latest possible
   * slot (before its successor chain) are dropped too: such a placement forces a successor out, which a
   * schedule placing everything never does. That is a heuristic cut for overloaded events and is skipped
   * when some window is empty (then the precedences cannot all be met anyway).
   */
  private narrowToPrecedenceWindows(): void {
    const S = this.slots;
    const order = topologicalOrder(this.preds, this.succs);
    const earliest = new Int32Array(this.meetings).fill(0);
    const latest = new Int32Array(this.meetings).fill(S - 1);
    for (const m of order) {
      const first = this.allowedSlots[m]!.find((s) => s >= earliest[m]!) ?? S;
      for (const q of this.succs[m]!) earliest[q] = Math.max(earliest[q]!, first + 1);
      earliest[m] = first;
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const m = order[i]!;
      const last = this.allowedSlots[m]!.findLast((s) => s <= latest[m]!) ?? -1;
      for (const p of this.preds[m]!) latest[p] = Math.min(latest[p]!, last - 1);
      latest[m] = last;
    }
    const useLatest = order.every((m) => earliest[m]! <= latest[m]!);
    for (const m of order) {
      const keep = (s: number): boolean => s >= earliest[m]! && (!useLatest || s <= latest[m]!);
      for (const s of this.allowedSlots[m]!) if (!keep(s)) this.allowed[m * S + s] = 0;
      this.allowedSlots[m] = this.allowedSlots[m]!.filter(keep);
    }
  }

  /** Whether m could go into slot s, counting `ignoring` (if ≥ 0) as already moved out of the way. */
  canTake(m: number, s: number, ignoring = -1): boolean {
    if (!this.allowed[m * this.slots + s]) return false;
    const atA = this.busy[this.ma[m]! * this.slots + s]!;
    const atB = this.busy[this.mb[m]! * this.slots + s]!;
    if ((atA !== -1 && atA !== ignoring && atA !== m) || (atB !== -1 && atB !== ignoring && atB !== m)) return false;
    const leaving = (ignoring >= 0 && this.slotOf[ignoring] === s ? 1 : 0) + (this.slotOf[m] === s ? 1 : 0);
    if (this.load[s]! - leaving >= this.tables) return false;
    return this.precedenceOk(m, s);
  }

  /** Every predecessor placed strictly earlier, every placed successor strictly later. */
  precedenceOk(m: number, s: number): boolean {
    if (!this.hasPrecedences) return true;
    for (const p of this.preds[m]!) {
      const at = this.slotOf[p]!;
      if (at === -1 ? !this.lenientPrecedence : at >= s) return false;
    }
    for (const q of this.succs[m]!) {
      const at = this.slotOf[q]!;
      if (at !== -1 && at <= s) return false;
    }
    return true;
  }

  /** Moves m to slot s (-1 = unplace) with no feasibility check; journals the old slot. */
  setSlot(m: number, s: number): void {
    const old = this.slotOf[m]!;
    if (old === s) return;
    this.journal.push(m, old);
    const S = this.slots;
    const a = this.ma[m]!;
    const b = this.mb[m]!;
    if (old !== -1) {
      this.busy[a * S + old] = -1;
      this.busy[b * S + old] = -1;
      const list = this.members[old]!;
      const at = this.posInSlot[m]!;
      const lastIndex = --this.load[old]!;
      const moved = list[lastIndex]!;
      list[at] = moved;
      this.posInSlot[moved] = at;
      this.posInSlot[m] = -1;
    } else {
      const at = this.posInUnplaced[m]!;
      const moved = this.unplaced[--this.unplacedCount]!;
      this.unplaced[at] = moved;
      this.posInUnplaced[moved] = at;
      this.posInUnplaced[m] = -1;
      this.placedWeight += this.weight[m]!;
    }
    if (s !== -1) {
      this.busy[a * S + s] = m;
      this.busy[b * S + s] = m;
      const index = this.load[s]!++;
      this.members[s]![index] = m;
      this.posInSlot[m] = index;
    } else {
      this.unplaced[this.unplacedCount] = m;
      this.posInUnplaced[m] = this.unplacedCount++;
      this.placedWeight -= this.weight[m]!;
    }
    this.slotOf[m] = s;
    this.refresh(a);
    this.refresh(b);
  }

  /** Undoes every `setSlot` since the journal had length `mark`. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const old = this.journal.pop()!;
      const m = this.journal.pop()!;
      this.setSlot(m, old);
      this.journal.length -= 2;
    }
  }

  /** Recomputes one participant's meeting count and breaks by scanning their slots (S is small). */
  private refresh(p: number): void {
    const S = this.slots;
    let first = -1;
    let last = -1;
    let n = 0;
    for (let s = 0, i = p * S; s < S; s++, i++) {
      if (this.busy[i] !== -1) {
        if (first === -1) first = s;
        last = s;
        n++;
      }
    }
    const before = this.breaks[p]!;
    if (this.count[p]! > 0) this.breakHistogram[before]!--;
    const after = n === 0 ? 0 : last - first + 1 - n;
    if (n > 0) this.breakHistogram[after]!++;
    this.count[p] = n;
    this.breaks[p] = after;
    this.totalBreaks += after - before;
  }

  /** Breaks participant p would have with one more meeting in free slot s. */
  breaksWith(p: number, s: number): number {
    const S = this.slots;
    let first = s;
    let last = s;
    let n = 1;
    for (let t = 0, i = p * S; t < S; t++, i++) {
      if (this.busy[i] !== -1) {
        if (t < first) first = t;
        if (t > last) last = t;
        n++;
      }
    }
    return last - first + 1 - n;
  }

  /** Max minus min breaks over participants with at least one meeting. */
  fairnessGap(): number {
    const h = this.breakHistogram;
    let low = 0;
    while (low < h.length && h[low] === 0) low++;
    if (low === h.length) return 0;
    let high = h.length - 1;
    while (h[high] === 0) high--;
    return high - low;
  }

  /** Unplaces every meeting whose predecessor is unplaced, transitively; ends lenient mode. */
  enforcePrecedence(): void {
    this.lenientPrecedence = false;
    if (!this.hasPrecedences) return;
    let changed = true;
    while (changed) {
      changed = false;
      for (let m = 0; m < this.meetings; m++) {
        if (this.slotOf[m] !== -1 && this.preds[m]!.some((p) => this.slotOf[p] === -1)) {
          this.setSlot(m, -1);
          changed = true;
        }
      }
    }
    this.journal.length = 0;
  }

  /** Replaces the whole assignment (e.g. to restart from the best snapshot). */
  restore(slotOf: Int32Array): void {
    for (let m = 0; m < this.meetings; m++) if (this.slotOf[m] !== -1) this.setSlot(m, -1);
    for (let m = 0; m < this.meetings; m++) if (slotOf[m]! !== -1) this.setSlot(m, slotOf[m]!);
    this.journal.length = 0;
  }
}
