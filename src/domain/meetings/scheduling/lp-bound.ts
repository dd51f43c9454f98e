/**
 * Upper bounds on the priority-weighted number of meetings any schedule can place, so a partial schedule
 * can be judged ("97% of what is possible") and an impossible request list recognised.
 *
 * - `lp`: the LP relaxation with x[m,s] ∈ [0,1] per allowed (meeting, slot): Σ_s x ≤ 1 per meeting,
 *   Σ_{m∋p} x[m,s] ≤ 1 per participant and slot, Σ_m x[m,s] ≤ tables per slot; maximise Σ priority·x.
 * - `aggregate-lp`: for models too big for HiGHS in WebAssembly, the same LP summed over slots: y_m ∈ [0,1]
 *   with, per participant, Σ y ≤ the slots their meetings can use (separately for all, AM-only and PM-only
 *   meetings), and the table capacity of the day and of each session. Any schedule satisfies it, so it is a
 *   valid (weaker) bound; with no forbidden slots or sessions it equals the LP.
 * - `counting`: a closed form used when the LP gives no answer in time: each placed meeting is counted at
 *   both participants, so Σ placed ≤ ½ Σ_p (p's best meetings that fit in p's usable slots), and ≤ the best
 *   meetings that fit on the tables of the day.
 *
 * HiGHS runs in a worker thread that is terminated at the time limit; precedences are relaxed away. The
 * LP value reported is certified by weak duality from HiGHS's row prices (see lp-worker.ts), so it is a
 * true upper bound even when the solver stops short of optimality.
 */
import type { SchedulingInstance } from './model.js';
import { siblingModule, spawnWorker } from './spawn-worker.js';

export type UpperBoundMethod = 'lp' | 'aggregate-lp' | 'counting';

export interface PlacementBound {
  value: number;
  method: UpperBoundMethod;
}

/** The sparse LP handed to the worker; all columns are in [0, colUpper], all rows ≤ rowUpper. */
export interface LpModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colUpper: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export type LpWorkerReply = { ok: true; bound: number } | { ok: false; error: string };

/** Above this many nonzeros the slot-indexed LP is replaced by the aggregate one (HiGHS-WASM memory and time). */
export const FULL_LP_MAX_NONZEROS = 1_500_000;
/**
 * Above this many nonzeros the interior point method gives way to PDLP: on the 20,000-request model
 * (1.3M nonzeros) IPM takes ~37 s, PDLP ~6 s, and the dual simplex far longer than either.
 */
const IPM_MAX_NONZEROS = 300_000;

export async function placementUpperBound(
  instance: SchedulingInstance,
  options: { timeLimitMs: number; signal?: AbortSignal; maxNonzeros?: number },
): Promise<PlacementBound> {
  const allowed = allowedSlots(instance);
  const counting = countingBound(instance, allowed);
  const columns = allowed.reduce((n, list) => n + list.length, 0);
  const full = columns * 4 <= (options.maxNonzeros ?? FULL_LP_MAX_NONZEROS);
  const model = full ? slotLp(instance, allowed) : aggregateLp(instance, allowed);
  const solver = model.indices.length > IPM_MAX_NONZEROS ? 'pdlp' : 'ipm';
  const certified = model.numCols === 0 ? 0 : await solveInWorker(model, solver, options.timeLimitMs, options.signal);
  if (certified === null) return { value: counting, method: 'counting' };
  // The certified bound is exact up to float rounding in its sums; with integral priorities any
  // schedule's value is an integer, so the bound can be rounded down (after allowing for that).
  const integral = instance.meetings.every((r) => Number.isInteger(r.priority));
  const value = integral ? Math.floor(certified + 1e-6) : certified * (1 + 1e-9);
  if (value >= counting) return { value: counting, method: 'counting' };
  return { value, method: full ? 'lp' : 'aggregate-lp' };
}

function solveInWorker(model: LpModel, solver: string, timeLimitMs: number, signal?: AbortSignal): Promise<number | null> {
  if (signal?.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    const buffers = [model.colCost, model.colUpper, model.rowUpper, model.starts, model.indices, model.values].map(
      (array) => array.buffer as ArrayBuffer,
    );
    // HiGHS stops a little before the parent would terminate it, so its best prices still come back.
    const request = { model, solver, timeLimitSeconds: Math.max(0.1, (timeLimitMs - 1_000) / 1000) };
    const worker = spawnWorker(siblingModule(import.meta.url, 'lp-worker'), request, buffers);
    let settled = false;
    const finish = (objective: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(objective);
    };
    const onAbort = (): void => finish(null);
    const timer = setTimeout(onAbort, timeLimitMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: unknown) => finish(boundOf(reply)));
    worker.once('error', onAbort);
    worker.once('exit', onAbort);
  });
}

function boundOf(reply: unknown): number | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { ok, bound } = reply as Record<string, unknown>;
  return ok === true && typeof bound === 'number' && Number.isFinite(bound) ? bound : null;
}

/** Slots each meeting may use (session, fixing, both participants' forbidden slots). */
export function allowedSlots(instance: SchedulingInstance): number[][] {
  const forbidden = instance.forbidden.map((list) => new Set(list));
  return instance.meetings.map((r) => {
    const list: number[] = [];
    for (let s = 0; s < instance.slots; s++) {
      const morning = s < instance.morningSlots;
      if (r.session === 'am' && !morning) continue;
      if (r.session === 'pm' && morning) continue;
      if (r.fixedSlot !== null && r.fixedSlot !== s) continue;
      if (forbidden[r.a]?.has(s) || forbidden[r.b]?.has(s)) continue;
      list.push(s);
    }
    return list;
  });
}

function slotLp(instance: SchedulingInstance, allowed: number[][]): LpModel {
  const { participants: P, slots: S, meetings } = instance;
  const M = meetings.length;
  const numRows = M + P * S + S;
  const numCols = allowed.reduce((n, list) => n + list.length, 0);
  const builder = new ColumnBuilder(numCols, numCols * 4);
  meetings.forEach((r, m) => {
    for (const s of allowed[m]!) builder.add(r.priority, [m, M + r.a * S + s, M + r.b * S + s, M + P * S + s]);
  });
  const rowUpper = new Float64Array(numRows).fill(1);
  rowUpper.fill(instance.tables, M + P * S);
  return builder.build(numRows, rowUpper);
}

function aggregateLp(instance: SchedulingInstance, allowed: number[][]): LpModel {
  const { participants: P, meetings } = instance;
  const kinds = ['any', 'am', 'pm'] as const;
  const global = P * 3;
  const numRows = global + 3;
  const usable = Array.from({ length: numRows }, () => new Set<number>());
  let numCols = 0;
  meetings.forEach((r, m) => {
    if (allowed[m]!.length === 0) return;
    numCols++;
    kinds.forEach((kind, k) => {
      if (kind !== 'any' && r.session !== kind) return;
      for (const s of allowed[m]!) {
        usable[r.a * 3 + k]!.add(s);
        usable[r.b * 3 + k]!.add(s);
      }
    });
  });
  const builder = new ColumnBuilder(numCols, numCols * 8);
  meetings.forEach((r, m) => {
    if (allowed[m]!.length === 0) return;
    const rows = [r.a * 3, r.b * 3, global];
    const k = r.session === 'am' ? 1 : r.session === 'pm' ? 2 : 0;
    if (k > 0) rows.push(r.a * 3 + k, r.b * 3 + k, global + k);
    builder.add(r.priority, rows);
  });
  const rowUpper = Float64Array.from(usable, (set) => set.size);
  rowUpper[global] = instance.tables * instance.slots;
  rowUpper[global + 1] = instance.tables * instance.morningSlots;
  rowUpper[global + 2] = instance.tables * (instance.slots - instance.morningSlots);
  return builder.build(numRows, rowUpper);
}

export function countingBound(instance: SchedulingInstance, allowed: number[][]): number {
  const { participants: P } = instance;
  const weights: number[][] = Array.from({ length: P }, () => []);
  const usable = Array.from({ length: P }, () => new Set<number>());
  const all: number[] = [];
  instance.meetings.forEach((r, m) => {
    if (allowed[m]!.length === 0) return;
    all.push(r.priority);
    for (const p of [r.a, r.b]) {
      weights[p]!.push(r.priority);
      for (const s of allowed[m]!) usable[p]!.add(s);
    }
  });
  const topSum = (list: number[], n: number): number =>
    [...list].sort((x, y) => y - x).slice(0, n).reduce((sum, w) => sum + w, 0);
  let perParticipant = 0;
  for (let p = 0; p < P; p++) perParticipant += topSum(weights[p]!, usable[p]!.size);
  return Math.min(perParticipant / 2, topSum(all, instance.tables * instance.slots));
}

/** Accumulates a CSC matrix one column at a time; every coefficient is 1. */
class ColumnBuilder {
  private readonly colCost: Float64Array;
  private readonly starts: Int32Array;
  private readonly indices: Int32Array;
  private column = 0;
  private nonzeros = 0;

  constructor(
    private readonly numCols: number,
    capacity: number,
  ) {
    this.colCost = new Float64Array(numCols);
    this.starts = new Int32Array(numCols + 1);
    this.indices = new Int32Array(capacity);
  }

  add(cost: number, rows: readonly number[]): void {
    this.colCost[this.column] = cost;
    for (const row of rows) this.indices[this.nonzeros++] = row;
    this.starts[++this.column] = this.nonzeros;
  }

  build(numRows: number, rowUpper: Float64Array): LpModel {
    const indices = this.indices.slice(0, this.nonzeros);
    return {
      numCols: this.numCols,
      numRows,
      colCost: this.colCost,
      colUpper: new Float64Array(this.numCols).fill(1),
      rowUpper,
      starts: this.starts,
      indices,
      values: new Float64Array(this.nonzeros).fill(1),
    };
  }
}
