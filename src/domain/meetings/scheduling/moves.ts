/**
 * Neighbourhood moves of the local search. Each move either leaves the state feasible and returns true,
 * or leaves it untouched (rolled back) and returns false; the caller decides acceptance from the journal.
 *
 * The central device is the Kempe chain: the meetings in slots s1 and s2 that are linked to a participant
 * through shared participants form a path or a cycle (nobody has two meetings in one slot), and swapping
 * s1 and s2 along the whole chain keeps every participant free of double bookings. Only tables, allowed
 * slots, fixed meetings and precedences need checking.
 */
import type { Random } from './random.js';
import type { SearchState } from './search-state.js';

/** Chains longer than this are not worth evaluating in one move. */
const CHAIN_LIMIT = 48;

export class Moves {
  private readonly participantMark: Int32Array;
  private readonly meetingMark: Int32Array;
  private stamp = 0;
  private readonly queue: number[] = [];
  private readonly chain: number[] = [];
  private readonly targets: number[] = [];

  constructor(
    private readonly st: SearchState,
    private readonly rng: Random,
  ) {
    this.participantMark = new Int32Array(st.participants);
    this.meetingMark = new Int32Array(st.meetings);
  }

  /** Places unplaced m in the feasible slot adding the fewest breaks. */
  insertDirect(m: number, preferEarly = false): boolean {
    const { st } = this;
    const a = st.ma[m]!;
    const b = st.mb[m]!;
    let best = -1;
    let bestScore = Infinity;
    for (const s of st.allowedSlots[m]!) {
      if (!st.canTake(m, s)) continue;
      let score = st.breaksWith(a, s) - st.breaks[a]! + st.breaksWith(b, s) - st.breaks[b]! + this.rng.next() * 0.5;
      // A meeting others must follow goes early, leaving them room.
      if (preferEarly) score += (2 * s) / st.slots;
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best === -1) return false;
    st.setSlot(m, best);
    return true;
  }

  /**
   * Places unplaced m in a slot s1 where one participant is free and the other busy, after freeing the
   * busy one by swapping s1 with a slot s2 along their Kempe chain; or, when a slot is only full, by
   * moving one of its meetings elsewhere.
   */
  insertByChain(m: number, tries: number): boolean {
    const { st, rng } = this;
    const S = st.slots;
    const slots = st.allowedSlots[m]!;
    if (slots.length === 0) return false;
    const a = st.ma[m]!;
    const b = st.mb[m]!;
    for (let t = 0; t < tries; t++) {
      const s1 = slots[rng.int(slots.length)]!;
      const atA = st.busy[a * S + s1]!;
      const atB = st.busy[b * S + s1]!;
      if (atA !== -1 && atB !== -1) continue;
      const mark = st.journal.length;
      if (atA === -1 && atB === -1) {
        if (st.load[s1]! >= st.tables && this.makeRoom(s1) && st.canTake(m, s1)) {
          st.setSlot(m, s1);
          return true;
        }
        st.rollback(mark);
        continue;
      }
      const busyOne = atA !== -1 ? a : b;
      const freeOne = busyOne === a ? b : a;
      const s2 = this.freeSlotOf(busyOne, s1);
      if (s2 === -1) continue;
      const chain = this.componentOf(busyOne, s1, s2);
      // If the free participant is on the chain it is busy in s2 and would become busy in s1.
      if (chain === null || this.participantMark[freeOne] === this.stamp) continue;
      if (!this.swapChain(chain, s1, s2)) continue;
      if (st.canTake(m, s1)) {
        st.setSlot(m, s1);
        return true;
      }
      st.rollback(mark);
    }
    return false;
  }

  /**
   * Places unplaced m by evicting whatever blocks the cheapest slot: the participants' meetings there, one
   * meeting for a table if the slot is full, m's successors placed too early, and the successors that
   * would lose their predecessor.
   * Refuses when the evicted weight exceeds m's; slots m was recently evicted from are tabu unless the
   * move gains. Returns the evicted meetings, or null.
   */
  insertByEjection(m: number, iteration: number, tabu: Int32Array, tenure: number): number[] | null {
    const { st, rng } = this;
    const S = st.slots;
    let bestSlot = -1;
    let bestScore = Infinity;
    let bestVictims: number[] = [];
    for (const s of st.allowedSlots[m]!) {
      const evicted = this.blockers(m, s);
      if (evicted === null) continue;
      let lost = 0;
      for (const v of evicted) lost += st.weight[v]!;
      const gain = st.weight[m]! - lost;
      if (gain < -1e-9) continue;
      if (tabu[m * S + s]! > iteration && gain <= 1e-9) continue;
      const score = -gain + rng.next() * 1e-3;
      if (score < bestScore) {
        bestScore = score;
        bestSlot = s;
        bestVictims = evicted;
      }
    }
    if (bestSlot === -1) return null;
    const mark = st.journal.length;
    for (const v of bestVictims) {
      tabu[v * S + bestSlot] = iteration + tenure;
      st.setSlot(v, -1);
    }
    if (!st.canTake(m, bestSlot)) {
      st.rollback(mark);
      return null;
    }
    st.setSlot(m, bestSlot);
    return bestVictims;
  }

  /**
   * A lossless ejection chain: places unplaced m in some slot by evicting what blocks it there, then places
   * each evicted meeting the same way, `depth` levels deep. Either everything lands (true) or nothing
   * changed (false). Unlike Kempe chains it works around fixed meetings, which break most chains.
   */
  insertByEjectionChain(m: number, depth: number, avoidSlot = -1): boolean {
    const { st, rng } = this;
    if (this.insertDirect(m)) return true;
    if (depth === 0) return false;
    const slots = st.allowedSlots[m]!;
    if (slots.length === 0) return false;
    const start = rng.int(slots.length);
    let tried = 0;
    for (let k = 0; k < slots.length && tried < 3; k++) {
      const s = slots[(start + k) % slots.length]!;
      // A victim must not go back where it came from by evicting the meeting that displaced it.
      if (s === avoidSlot) continue;
      const victims = this.blockers(m, s);
      if (victims === null || victims.length > 2) continue;
      tried++;
      const mark = st.journal.length;
      for (const v of victims) st.setSlot(v, -1);
      if (st.canTake(m, s)) {
        st.setSlot(m, s);
        if (victims.every((v) => this.insertByEjectionChain(v, depth - 1, s)) && st.slotOf[m] === s) return true;
      }
      st.rollback(mark);
    }
    return false;
  }

  /** What must leave slot s for m to fit there (participants, a table, successors), or null if impossible. */
  private blockers(m: number, s: number): number[] | null {
    const { st } = this;
    const S = st.slots;
    if (!this.predecessorsBefore(m, s)) return null;
    const victims: number[] = [];
    if (st.hasPrecedences) {
      for (const q of st.succs[m]!) if (st.slotOf[q] !== -1 && st.slotOf[q]! <= s) victims.push(q);
    }
    const atA = st.busy[st.ma[m]! * S + s]!;
    const atB = st.busy[st.mb[m]! * S + s]!;
    if (atA !== -1 && !victims.includes(atA)) victims.push(atA);
    if (atB !== -1 && !victims.includes(atB)) victims.push(atB);
    let leaving = 0;
    for (const v of victims) if (st.slotOf[v] === s) leaving++;
    if (st.load[s]! - leaving >= st.tables) {
      const extra = this.cheapestMember(s, victims);
      if (extra === -1) return null;
      victims.push(extra);
    }
    return this.withSuccessors(victims);
  }

  /**
   * Widens the window between m's predecessors and successors when no allowed slot of m lies inside it:
   * moves the latest predecessor earlier or the earliest successor later, directly or along a chain.
   */
  openPrecedenceWindow(m: number): boolean {
    const { st, rng } = this;
    let latestPred = -1;
    for (const p of st.preds[m]!) if (latestPred === -1 || st.slotOf[p]! > st.slotOf[latestPred]!) latestPred = p;
    let earliestSucc = -1;
    for (const q of st.succs[m]!) {
      if (st.slotOf[q] !== -1 && (earliestSucc === -1 || st.slotOf[q]! < st.slotOf[earliestSucc]!)) earliestSucc = q;
    }
    const pull = latestPred !== -1 && (earliestSucc === -1 || rng.next() < 0.5);
    const mover = pull ? latestPred : earliestSucc;
    if (mover === -1 || st.fixedSlot[mover] !== -1) return false;
    const from = st.slotOf[mover]!;
    const choices = pull ? from : st.slots - from - 1;
    if (choices <= 0) return false;
    const to = pull ? rng.int(from) : from + 1 + rng.int(choices);
    const participant = rng.next() < 0.5 ? st.ma[mover]! : st.mb[mover]!;
    return this.relocate(mover, to) || this.swapAround(participant, from, to);
  }

  /** Whether some allowed slot of m lies after all its predecessors (placed) and before its placed successors. */
  hasPrecedenceWindow(m: number): boolean {
    for (const s of this.st.allowedSlots[m]!) if (this.st.precedenceOk(m, s)) return true;
    return false;
  }

  /** Moves placed meeting m to slot s when it fits there. */
  relocate(m: number, s: number): boolean {
    const { st } = this;
    if (st.fixedSlot[m] !== -1 || st.slotOf[m] === s || !st.canTake(m, s)) return false;
    st.setSlot(m, s);
    return true;
  }

  /** Swaps slots s1 and s2 along participant p's Kempe chain. */
  swapAround(p: number, s1: number, s2: number): boolean {
    const chain = this.componentOf(p, s1, s2);
    if (chain === null || chain.length === 0) return false;
    const { st } = this;
    let toS2 = 0;
    for (const e of chain) toS2 += st.slotOf[e] === s1 ? 1 : -1;
    const fits = st.load[s2]! + toS2 <= st.tables && st.load[s1]! - toS2 <= st.tables;
    if (fits || toS2 === 0) return this.swapChain(chain, s1, s2);
    return this.swapBalanced([...chain], toS2, s1, s2);
  }

  /**
   * When slots are full, a chain that shifts meetings one way only fits together with a chain shifting
   * them back: looks for such a second chain through a meeting of the slot that would overflow.
   */
  private swapBalanced(first: number[], toS2: number, s1: number, s2: number): boolean {
    const { st, rng } = this;
    const source = toS2 > 0 ? s2 : s1;
    const n = st.load[source]!;
    for (let t = 0; t < 4 && n > 0; t++) {
      const e = st.members[source]![rng.int(n)]!;
      if (first.includes(e)) continue;
      const second = this.componentOf(st.ma[e]!, s1, s2);
      if (second === null) continue;
      let back = 0;
      for (const f of second) back += st.slotOf[f] === s1 ? 1 : -1;
      if (Math.sign(back) === Math.sign(toS2) || Math.abs(back + toS2) > Math.abs(toS2)) continue;
      return this.swapChain([...first, ...second], s1, s2);
    }
    return false;
  }

  /** Exchanges two whole slots: everyone's timetable is permuted, so per-participant checks are moot. */
  swapWholeSlots(s1: number, s2: number): boolean {
    const { st } = this;
    const chain = this.chain;
    chain.length = 0;
    for (const s of [s1, s2]) for (let i = 0; i < st.load[s]!; i++) chain.push(st.members[s]![i]!);
    return chain.length > 0 && this.swapChain(chain, s1, s2);
  }

  /** A slot other than `not` where p is free, chosen at random; -1 if none. */
  freeSlotOf(p: number, not: number): number {
    const { st } = this;
    const S = st.slots;
    const start = this.rng.int(S);
    for (let i = 0; i < S; i++) {
      const s = (start + i) % S;
      if (s !== not && st.busy[p * S + s] === -1) return s;
    }
    return -1;
  }

  /** The meetings in s1/s2 reachable from participant p through shared participants, or null if too many. */
  private componentOf(p: number, s1: number, s2: number): number[] | null {
    const { st } = this;
    const S = st.slots;
    const stamp = ++this.stamp;
    const queue = this.queue;
    const chain = this.chain;
    queue.length = 0;
    chain.length = 0;
    queue.push(p);
    this.participantMark[p] = stamp;
    for (let i = 0; i < queue.length; i++) {
      const q = queue[i]!;
      for (let k = 0; k < 2; k++) {
        const e = st.busy[q * S + (k === 0 ? s1 : s2)]!;
        if (e === -1 || this.meetingMark[e] === stamp) continue;
        this.meetingMark[e] = stamp;
        chain.push(e);
        if (chain.length > CHAIN_LIMIT) return null;
        const other = st.ma[e] === q ? st.mb[e]! : st.ma[e]!;
        if (this.participantMark[other] !== stamp) {
          this.participantMark[other] = stamp;
          queue.push(other);
        }
      }
    }
    return chain;
  }

  /** Moves every chain meeting from s1 to s2 and vice versa, if tables, slots and precedences allow. */
  private swapChain(chain: readonly number[], s1: number, s2: number): boolean {
    const { st } = this;
    const S = st.slots;
    const targets = this.targets;
    targets.length = 0;
    let into1 = 0;
    let into2 = 0;
    for (const e of chain) {
      if (st.fixedSlot[e] !== -1) return false;
      const to = st.slotOf[e] === s1 ? s2 : s1;
      if (!st.allowed[e * S + to]) return false;
      targets.push(to);
      if (to === s1) into1++;
      else into2++;
    }
    if (st.load[s1]! - into2 + into1 > st.tables || st.load[s2]! - into1 + into2 > st.tables) return false;
    const mark = st.journal.length;
    for (const e of chain) st.setSlot(e, -1);
    chain.forEach((e, i) => st.setSlot(e, targets[i]!));
    if (st.hasPrecedences) {
      for (const e of chain) {
        if (!st.precedenceOk(e, st.slotOf[e]!)) {
          st.rollback(mark);
          return false;
        }
      }
    }
    return true;
  }

  /** Frees a table in full slot s by moving one of its meetings to another slot where it fits. */
  private makeRoom(s: number): boolean {
    const { st, rng } = this;
    const n = st.load[s]!;
    for (let t = 0; t < 4 && n > 0; t++) {
      const e = st.members[s]![rng.int(n)]!;
      if (st.fixedSlot[e] !== -1) continue;
      for (const to of st.allowedSlots[e]!) {
        if (to !== s && this.relocate(e, to)) return true;
      }
    }
    return false;
  }

  /** The lowest-weight movable meeting among a few sampled from slot s, excluding `not`; -1 if none. */
  private cheapestMember(s: number, not: readonly number[]): number {
    const { st, rng } = this;
    const n = st.load[s]!;
    let best = -1;
    for (let t = 0; t < 6 && n > 0; t++) {
      const e = st.members[s]![rng.int(n)]!;
      if (st.fixedSlot[e] !== -1 || not.includes(e)) continue;
      if (best === -1 || st.weight[e]! < st.weight[best]!) best = e;
    }
    return best;
  }

  private predecessorsBefore(m: number, s: number): boolean {
    for (const p of this.st.preds[m]!) {
      const at = this.st.slotOf[p]!;
      if (at === -1 || at >= s) return false;
    }
    return true;
  }

  /** Victims plus their placed successors, transitively (they would lose a predecessor); null if any is fixed. */
  private withSuccessors(victims: number[]): number[] | null {
    const { st } = this;
    for (const v of victims) if (st.fixedSlot[v] !== -1) return null;
    if (!st.hasPrecedences) return victims;
    const all = [...victims];
    for (let i = 0; i < all.length; i++) {
      for (const q of st.succs[all[i]!]!) {
        if (st.slotOf[q] === -1 || all.includes(q)) continue;
        if (st.fixedSlot[q] !== -1) return null;
        all.push(q);
      }
    }
    return all;
  }
}
