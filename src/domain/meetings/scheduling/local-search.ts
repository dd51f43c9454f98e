/**
 * Anytime local search for the meeting schedule. The state is feasible after every move (hard constraints
 * are checked before a move is applied), so stopping at any moment yields a usable schedule.
 *
 * Objective, lexicographic: (1) placed priority, with fixed meetings placed first and never evicted;
 * (2) no fairness excess (break gap beyond maxBreakDifference); (3) fewest breaks. The search first
 * concentrates on placing meetings (direct insertion, Kempe-chain insertion, lossless ejection chains,
 * then eviction with a tabu list, accepting equal-weight exchanges to wander across plateaus; moving a
 * predecessor earlier or a successor later when precedences leave no room), mixed with greedy tidying of
 * breaks; once placing stalls it turns to breaks with simulated annealing over relocations, Kempe-chain
 * swaps (paired when slots are full) and whole-slot swaps, still trying to place leftovers. Slot domains
 * are narrowed up front around fixed meetings and precedence windows (search-state.ts).
 *
 * Deterministic for a seed: the temperature follows the iteration count, not the clock, so the time limit
 * only decides where the trajectory is cut (`iterationLimit` makes a run fully reproducible).
 */
import { quality } from './checker.js';
import type { Assignment, ScheduleQuality, SchedulingInstance } from './model.js';
import { Moves } from './moves.js';
import { validateInstance } from './preflight.js';
import { Random } from './random.js';
import { SearchState } from './search-state.js';
import { assignTables } from './tables.js';

export interface LocalSearchOptions {
  timeLimitMs: number;
  seed?: number;
  shouldStop?: () => boolean;
  /** Stop after this many moves: with a seed, the run is then identical on any machine. */
  iterationLimit?: number;
}

export interface LocalSearchResult {
  assignments: Assignment[];
  unplaced: number[];
  quality: ScheduleQuality;
  iterations: number;
  /** Every meeting placed and nobody has a break: no schedule can be better. */
  provablyOptimal: boolean;
}

/** Annealing cost of one break of fairness excess, against 1 per break: heavy, yet leaves the walk room. */
const GAP_WEIGHT = 8;
const START_TEMPERATURE = 2;
const END_TEMPERATURE = 0.03;
/**
 * While placing, equal-weight exchanges are how the search crosses plateaus, so they are accepted warmly;
 * a finite temperature still stops them from scattering everyone's meetings (breaks) for nothing.
 */
const PLATEAU_TEMPERATURE = 1.5;
/** Break moves made while placing only tidy up: nearly greedy. */
const TIDY_TEMPERATURE = 0.2;
/** Share of moves spent on placing leftovers once the search has turned to breaks. */
const REPAIR_SHARE = 0.2;
/**
 * Share while placing. Break moves cost a fraction of a placement attempt, so mixing them in keeps the
 * timetables tidy on big events, where placing never quite stops paying off, at little cost in time.
 */
const PLACING_REPAIR_SHARE = 0.5;
const SLICE_MS = 40;
const EPS = 1e-9;

interface Key {
  placed: number;
  excess: number;
  breaks: number;
}

/** > 0 when k1 is better. */
function compareKeys(k1: Key, k2: Key): number {
  if (k1.placed - k2.placed > EPS) return 1;
  if (k2.placed - k1.placed > EPS) return -1;
  if (k1.excess !== k2.excess) return k2.excess - k1.excess;
  return k2.breaks - k1.breaks;
}

export class LocalSearch {
  private readonly st: SearchState;
  private readonly rng: Random;
  private readonly moves: Moves;
  private readonly tabu: Int32Array;
  /** Meetings no move can ever place (no allowed slot, or on a precedence cycle). */
  private readonly hopeless: Uint8Array;
  private readonly stallLimit: number;
  private readonly cycleLength: number;
  private iteration = 0;
  private polishIteration = 0;
  private lastGainIteration = 0;
  private phase: 'place' | 'polish' = 'place';
  private readonly bestSlotOf: Int32Array;
  private bestKey: Key;
  /** The current state is at least as good as bestKey but not yet copied into bestSlotOf. */
  private bestDirty = true;

  constructor(
    private readonly instance: SchedulingInstance,
    seed = 1,
  ) {
    validateInstance(instance);
    this.st = new SearchState(instance);
    this.rng = new Random(seed);
    this.moves = new Moves(this.st, this.rng);
    this.tabu = new Int32Array(this.st.meetings * this.st.slots);
    this.hopeless = new Uint8Array(this.st.meetings);
    this.stallLimit = 10_000 + 10 * this.st.meetings;
    this.cycleLength = 20_000 + 40 * this.st.meetings;
    this.construct();
    this.bestSlotOf = this.st.slotOf.slice();
    this.bestKey = this.key();
  }

  get iterations(): number {
    return this.iteration;
  }

  get provablyOptimal(): boolean {
    return this.st.unplacedCount === 0 && this.st.totalBreaks === 0;
  }

  /** Searches until the deadline (performance.now() ms), yielding to the event loop between slices. */
  async run(deadlineMs: number, shouldStop?: () => boolean, iterationLimit = Infinity): Promise<void> {
    const stopped = (): boolean =>
      performance.now() >= deadlineMs || this.iteration >= iterationLimit || this.provablyOptimal || (shouldStop?.() ?? false);
    while (!stopped()) {
      this.runUntil(Math.min(deadlineMs, performance.now() + SLICE_MS), iterationLimit);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** The best schedule found so far. */
  result(): LocalSearchResult {
    if (this.bestDirty) {
      this.bestSlotOf.set(this.st.slotOf);
      this.bestDirty = false;
    }
    const assignments = assignTables(this.instance, this.bestSlotOf);
    const unplaced: number[] = [];
    this.bestSlotOf.forEach((s, m) => {
      if (s === -1) unplaced.push(m);
    });
    const q = quality(this.instance, assignments);
    return {
      assignments,
      unplaced,
      quality: q,
      iterations: this.iteration,
      provablyOptimal: unplaced.length === 0 && q.breaks === 0,
    };
  }

  private runUntil(untilMs: number, iterationLimit: number): void {
    while (this.iteration < iterationLimit && !this.provablyOptimal) {
      for (let i = 0; i < 64; i++) this.step();
      if (performance.now() >= untilMs) return;
    }
  }

  /**
   * Fixed meetings first, then the rest greedily in precedence depth order, highest priority and most
   * constrained first. Precedence is lenient while building (a fixed meeting may precede the placement of
   * its predecessor) and enforced at the end.
   */
  private construct(): void {
    const { st, instance } = this;
    const depth = precedenceDepths(instance);
    const degree = new Int32Array(st.participants);
    for (const { a, b } of instance.meetings) {
      degree[a]!++;
      degree[b]!++;
    }
    const tieBreak = Float64Array.from({ length: st.meetings }, () => this.rng.next());
    const order: number[] = [];
    for (let m = 0; m < st.meetings; m++) {
      if (depth[m]! < 0 || st.allowedSlots[m]!.length === 0) this.hopeless[m] = 1;
      else if (st.fixedSlot[m] === -1) order.push(m);
    }
    order.sort(
      (x, y) =>
        depth[x]! - depth[y]! ||
        st.weight[y]! - st.weight[x]! ||
        st.allowedSlots[x]!.length - st.allowedSlots[y]!.length ||
        degree[st.ma[y]!]! + degree[st.mb[y]!]! - degree[st.ma[x]!]! - degree[st.mb[x]!]! ||
        tieBreak[x]! - tieBreak[y]!,
    );
    st.lenientPrecedence = true;
    for (let m = 0; m < st.meetings; m++) {
      const s = st.fixedSlot[m]!;
      if (s !== -1 && !this.hopeless[m] && st.canTake(m, s)) st.setSlot(m, s);
    }
    for (const m of order) this.moves.insertDirect(m, st.succs[m]!.length > 0);
    st.enforcePrecedence();
  }

  private step(): void {
    const { st } = this;
    this.iteration++;
    if (this.phase === 'place' && (st.unplacedCount === 0 || this.iteration - this.lastGainIteration > this.stallLimit)) {
      this.phase = 'polish';
    }
    if (this.phase === 'polish' && ++this.polishIteration % this.cycleLength === 0) this.restartFromBest();
    st.journal.length = 0;
    const weightBefore = st.placedWeight;
    const costBefore = this.cost();
    const repairing = st.unplacedCount > 0 && this.rng.next() < (this.phase === 'place' ? PLACING_REPAIR_SHARE : REPAIR_SHARE);
    const moved = repairing ? this.repairMove() : this.breakMove();
    if (!moved) return;
    const gained = st.placedWeight - weightBefore;
    if (gained < -EPS) {
      st.rollback(0);
      return;
    }
    if (gained > EPS) {
      this.lastGainIteration = this.iteration;
      this.phase = 'place';
    } else if (!this.accepts(this.cost() - costBefore, this.phase === 'place' ? (repairing ? PLATEAU_TEMPERATURE : TIDY_TEMPERATURE) : undefined)) {
      st.rollback(0);
      return;
    }
    this.track();
  }

  private repairMove(): boolean {
    const { st, moves } = this;
    const m = this.blockingPredecessor(st.unplaced[this.rng.int(st.unplacedCount)]!);
    if (m === -1 || this.hopeless[m]) return false;
    if (st.hasPrecedences && !moves.hasPrecedenceWindow(m) && this.rng.next() < 0.5) return moves.openPrecedenceWindow(m);
    if (moves.insertDirect(m) || moves.insertByChain(m, 6) || moves.insertByEjectionChain(m, 3)) return true;
    const victims = moves.insertByEjection(m, this.iteration, this.tabu, 5 + this.rng.int(10));
    if (victims === null) return false;
    // The ejection chain: evicted meetings get one cheap chance to land elsewhere straight away.
    for (const v of victims) {
      if (st.slotOf[v] === -1 && !moves.insertDirect(v)) moves.insertByChain(v, 2);
    }
    return true;
  }

  private breakMove(): boolean {
    const { st, rng, moves } = this;
    const r = rng.next();
    if (r < 0.5) {
      const p = this.participantWithBreaks();
      if (p !== -1) return this.closeGap(p);
    }
    if (r < 0.8) {
      for (let t = 0; t < 4; t++) {
        const m = rng.int(st.meetings);
        if (st.slotOf[m] === -1 || st.fixedSlot[m] !== -1) continue;
        const slots = st.allowedSlots[m]!;
        return moves.relocate(m, slots[rng.int(slots.length)]!);
      }
      return false;
    }
    const s1 = rng.int(st.slots);
    const s2 = (s1 + 1 + rng.int(st.slots - 1)) % st.slots;
    if (st.slots < 2) return false;
    // Whole-slot swaps touch a whole slot's meetings, so they are rationed on big events.
    if (r > 1 - Math.min(0.02, 20 / st.meetings)) return moves.swapWholeSlots(s1, s2);
    for (let t = 0; t < 4; t++) {
      const p = rng.int(st.participants);
      if (st.busy[p * st.slots + s1] !== -1) return moves.swapAround(p, s1, s2);
    }
    return false;
  }

  /** A random participant with breaks, preferring the worst-off while fairness is exceeded. */
  private participantWithBreaks(): number {
    const { st, rng } = this;
    const excess = this.excess();
    const worst = excess > 0 ? highestNonZero(st.breakHistogram) : 1;
    for (let t = 0; t < 16; t++) {
      const p = rng.int(st.participants);
      if (st.breaks[p]! >= worst && st.breaks[p]! > 0) return p;
    }
    return -1;
  }

  /** Moves one of p's outermost meetings into one of p's idle slots, directly or along a Kempe chain. */
  private closeGap(p: number): boolean {
    const { st, rng, moves } = this;
    const S = st.slots;
    const row = p * S;
    let first = 0;
    while (st.busy[row + first] === -1) first++;
    let last = S - 1;
    while (st.busy[row + last] === -1) last--;
    const idle: number[] = [];
    for (let s = first + 1; s < last; s++) if (st.busy[row + s] === -1) idle.push(s);
    const from = rng.next() < 0.5 ? first : last;
    const to = idle[rng.int(idle.length)]!;
    return moves.relocate(st.busy[row + from]!, to) || moves.swapAround(p, from, to);
  }

  /** Follows unplaced predecessors: a meeting can only be placed after all of them are. */
  private blockingPredecessor(m: number): number {
    const { st } = this;
    let current = m;
    for (let hops = 0; hops <= st.meetings; hops++) {
      const pred = st.preds[current]!.find((p) => st.slotOf[p] === -1);
      if (pred === undefined) return current;
      current = pred;
    }
    return -1;
  }

  private accepts(delta: number, fixedTemperature?: number): boolean {
    if (delta <= 0) return true;
    const t = (this.polishIteration % this.cycleLength) / this.cycleLength;
    const temperature = fixedTemperature ?? START_TEMPERATURE * (END_TEMPERATURE / START_TEMPERATURE) ** t;
    return this.rng.next() < Math.exp(-delta / temperature);
  }

  private excess(): number {
    return Math.max(0, this.st.fairnessGap() - this.instance.maxBreakDifference);
  }

  private cost(): number {
    return this.st.totalBreaks + GAP_WEIGHT * this.excess();
  }

  private key(): Key {
    return { placed: this.st.placedWeight, excess: this.excess(), breaks: this.st.totalBreaks };
  }

  /**
   * Keeps the best schedule without copying it after every improvement: only when the walk is about to
   * leave a best state is that state (current minus this move's journal) copied.
   */
  private track(): void {
    const key = this.key();
    const c = compareKeys(key, this.bestKey);
    if (c > 0) {
      this.bestKey = key;
      this.bestDirty = true;
    } else if (c < 0 && this.bestDirty) {
      const { journal } = this.st;
      this.bestSlotOf.set(this.st.slotOf);
      for (let i = journal.length - 2; i >= 0; i -= 2) this.bestSlotOf[journal[i]!] = journal[i + 1]!;
      this.bestDirty = false;
    }
  }

  private restartFromBest(): void {
    if (compareKeys(this.key(), this.bestKey) < 0) this.st.restore(this.bestSlotOf);
  }
}

/** Runs the local search for a time budget and returns the best schedule found. */
export async function localSearch(instance: SchedulingInstance, options: LocalSearchOptions): Promise<LocalSearchResult> {
  const search = new LocalSearch(instance, options.seed ?? 1);
  await search.run(performance.now() + options.timeLimitMs, options.shouldStop, options.iterationLimit);
  return search.result();
}

function highestNonZero(histogram: Int32Array): number {
  let b = histogram.length - 1;
  while (b > 0 && histogram[b] === 0) b--;
  return b;
}

/** Longest predecessor chain above each meeting; -1 for meetings on or behind a precedence cycle. */
function precedenceDepths(instance: SchedulingInstance): Int32Array {
  const M = instance.meetings.length;
  const depth = new Int32Array(M).fill(-1);
  const pending = Int32Array.from(instance.meetings, (r) => r.predecessors.length);
  const succs: number[][] = Array.from({ length: M }, () => []);
  instance.meetings.forEach((r, m) => r.predecessors.forEach((p) => succs[p]!.push(m)));
  const queue: number[] = [];
  for (let m = 0; m < M; m++) {
    if (pending[m] === 0) {
      depth[m] = 0;
      queue.push(m);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i]!;
    for (const q of succs[m]!) {
      depth[q] = Math.max(depth[q]!, depth[m]! + 1);
      if (--pending[q]! === 0) queue.push(q);
    }
  }
  for (let m = 0; m < M; m++) if (pending[m]! > 0) depth[m] = -1;
  return depth;
}
