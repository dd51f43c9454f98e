/**
 * scheduleMeetings: the 1:1 meeting scheduler of a matchmaking day.
 *
 * 1. Validate, and look for cheap proofs that not every meeting fits (reported, never hidden).
 * 2. Local search alone for a short while: fixed meetings first, then a feasible incumbent.
 * 3. If no proof of infeasibility was found, clingo gets the rest of the time (seeded with the incumbent)
 *    in its worker thread while the local search keeps improving on this thread (two cores, two
 *    strategies); the better schedule wins by (placed priority, fairness kept, fewest breaks).
 * 4. When meetings remain unplaced, an LP upper bound (its own worker) says how far from possible we are.
 * 5. The referee (checker) verifies the result; a failure is a solver bug and throws.
 */
import { checkSchedule, quality } from './checker.js';
import { solveWithClingo } from './exact-clingo.js';
import { LocalSearch } from './local-search.js';
import { placementUpperBound, type PlacementBound } from './lp-bound.js';
import type { Assignment, ScheduleQuality, ScheduleResult, SchedulingInstance, SolverName } from './model.js';
import { obviousInfeasibility, validateInstance } from './preflight.js';

export type ExactSolver = typeof solveWithClingo;
type ExactOutcome = Awaited<ReturnType<ExactSolver>>;

export interface ScheduleOptions {
  timeLimitMs: number;
  seed?: number;
  /** The exact solver; clingo unless another is handed in. */
  exactSolver?: ExactSolver;
}

/** Share of the time the local search has alone to build the incumbent handed to the exact solver. */
const INCUMBENT_SHARE = 0.15;
const MIN_INCUMBENT_MS = 200;
/** Kept back from the time limit for table assignment and verification. */
const RESERVE_MS = 100;
/** Below this, starting clingo (WebAssembly load, grounding) cannot pay off. */
const MIN_EXACT_MS = 500;
/**
 * The bound gets at least this long even past the time limit: starting its worker and loading HiGHS alone
 * can take a second on a busy machine, and small LPs then finish well within it.
 */
const MIN_BOUND_MS = 5_000;

export async function scheduleMeetings(instance: SchedulingInstance, options: ScheduleOptions): Promise<ScheduleResult> {
  const started = performance.now();
  const deadline = started + options.timeLimitMs;
  validateInstance(instance);
  const reasons = obviousInfeasibility(instance);
  const totalPriority = instance.meetings.reduce((sum, r) => sum + r.priority, 0);

  const boundAbort = new AbortController();
  let bound: Promise<PlacementBound> | null = null;
  const startBound = (): void => {
    const timeLimitMs = Math.max(MIN_BOUND_MS, deadline - performance.now());
    bound ??= placementUpperBound(instance, { timeLimitMs, signal: boundAbort.signal });
  };
  if (reasons.length > 0) startBound();

  const search = new LocalSearch(instance, options.seed ?? 1);
  await search.run(Math.min(deadline - RESERVE_MS, started + Math.max(MIN_INCUMBENT_MS, options.timeLimitMs * INCUMBENT_SHARE)));
  const incumbent = search.result();

  let exact: ExactOutcome = null;
  let exactSolverError: string | undefined;
  const exactMs = deadline - RESERVE_MS - performance.now();
  if (reasons.length === 0 && !incumbent.provablyOptimal && exactMs >= MIN_EXACT_MS) {
    if (incumbent.unplaced.length > 0) startBound();
    let exactDone = false;
    let exactOptimal = false;
    const solver = options.exactSolver ?? solveWithClingo;
    const pending = solver(instance, { timeLimitMs: exactMs, initial: incumbent.assignments }).then(
      (outcome) => ({ outcome, error: undefined }),
      (error: unknown) => ({ outcome: null, error: error instanceof Error ? error.message : String(error) }),
    );
    void pending.then(({ outcome }) => {
      exactDone = true;
      exactOptimal = outcome?.optimal === true;
    });
    // The local search keeps going beside clingo, and stops early only when clingo proves an optimum.
    await search.run(deadline - RESERVE_MS, () => exactOptimal);
    // A schedule with no breaks cannot be beaten: do not wait for clingo to say so (its worker ends at its
    // own limit). Otherwise clingo is due by the same deadline.
    if (exactDone || !search.provablyOptimal) {
      const settled = await pending;
      exact = settled.outcome;
      exactSolverError = settled.error;
    }
  } else {
    await search.run(deadline - RESERVE_MS);
  }

  const local = search.result();
  const chosen = choose(instance, local.assignments, exact);
  const q = quality(instance, chosen.assignments);
  const verdict = checkSchedule(instance, chosen.assignments);
  if (!verdict.ok) {
    boundAbort.abort();
    const detail = verdict.violations.slice(0, 5).map((v) => v.message).join('; ');
    throw new Error(`scheduler bug: the ${chosen.solver} schedule breaks ${verdict.violations.length} constraint(s): ${detail}`);
  }

  const placed = new Set(chosen.assignments.map((a) => a.meeting));
  const unplaced = instance.meetings.map((_, m) => m).filter((m) => !placed.has(m));
  let upperBound: PlacementBound | undefined;
  if (unplaced.length > 0) {
    startBound();
    upperBound = await bound!;
  } else {
    boundAbort.abort();
  }
  const boundProvesLoss = upperBound !== undefined && upperBound.value < totalPriority - 1e-6;
  const allPlaced = unplaced.length === 0;
  return {
    assignments: chosen.assignments,
    unplaced,
    ...q,
    // Nobody idle between meetings is optimal by definition; otherwise only clingo can prove it.
    optimal: allPlaced && (chosen.optimal || q.breaks === 0),
    infeasible: !allPlaced && (reasons.length > 0 || exact?.infeasible === true || boundProvesLoss),
    solver: chosen.solver,
    seconds: (performance.now() - started) / 1000,
    ...(upperBound === undefined ? {} : { upperBound: upperBound.value, upperBoundMethod: upperBound.method }),
    ...(reasons.length === 0 ? {} : { infeasibilityReasons: reasons }),
    ...(exactSolverError === undefined ? {} : { exactSolverError }),
  };
}

interface Candidate {
  assignments: Assignment[];
  optimal: boolean;
  solver: SolverName;
}

/** The better of the local search's and the exact solver's schedules; a tie goes to a proven optimum. */
function choose(instance: SchedulingInstance, local: Assignment[], exact: ExactOutcome): Candidate {
  const everyMeetingFixed = instance.meetings.every((r) => r.fixedSlot !== null);
  const fromSearch: Candidate = { assignments: local, optimal: false, solver: everyMeetingFixed ? 'fixed-only' : 'local-search' };
  if (exact === null || exact.assignments.length === 0) return fromSearch;
  const fromExact: Candidate = { assignments: exact.assignments, optimal: exact.optimal, solver: 'clingo' };
  const c = compareQuality(quality(instance, exact.assignments), quality(instance, local), instance.maxBreakDifference);
  return c > 0 || (c === 0 && exact.optimal) ? fromExact : fromSearch;
}

/** > 0 when q1 is better: more placed priority, then fairness kept, then fewer breaks. */
export function compareQuality(q1: ScheduleQuality, q2: ScheduleQuality, maxBreakDifference: number): number {
  if (Math.abs(q1.placedPriority - q2.placedPriority) > 1e-9) return q1.placedPriority - q2.placedPriority;
  const fair1 = q1.fairnessGap <= maxBreakDifference ? 1 : 0;
  const fair2 = q2.fairnessGap <= maxBreakDifference ? 1 : 0;
  if (fair1 !== fair2) return fair1 - fair2;
  return q2.breaks - q1.breaks;
}
