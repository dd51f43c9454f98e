/**
 * Exact solver for the 1:1 meeting scheduling problem when every meeting must be placed: an ASP
 * model (asp/meetings.lp) solved by clingo (WebAssembly) in a worker thread that is terminated at
 * the deadline. Returns the best schedule found, whether clingo proved it optimal, or a proof that
 * no complete schedule exists.
 */
import { assignmentsFromAtoms, buildClingoProgram } from './clingo-program.js';
import type { ClingoOutcome, ClingoWorkerInput, ClingoWorkerMessage } from './clingo-worker.js';
import type { Assignment, SchedulingInstance } from './model.js';
import { siblingModule, spawnWorker } from './spawn-worker.js';

export interface ClingoSolveOptions {
  timeLimitMs: number;
  /** An incumbent schedule; its slots become the solver's preferred first choices. */
  initial?: Assignment[];
}

export interface ClingoSolveResult {
  assignments: Assignment[];
  optimal: boolean;
  infeasible: boolean;
}

/**
 * Two phases, measured on the eight real instances. Core-guided optimisation (usc) starts by assuming
 * nobody has a break, which is exactly the question there (the published optima are mostly 0): it
 * proves those in about a second where branch-and-bound needs minutes, and it reports lower bounds
 * on the way. It reports no schedule until it has proved one optimal, though, and it is slow to show
 * that a tightly constrained instance has no complete schedule at all. So it gets half of the time,
 * and branch-and-bound with clasp's `trendy` configuration (the best at improving schedules there)
 * gets the rest, starting from the incumbent, with the proved lower bound to recognise an optimum.
 */
const PROOF_SHARE = 0.5;
const PROOF_OPTIONS = ['--opt-strategy=usc'];
/** `--heuristic=Domain` makes clingo honour the `#heuristic` hints built from the incumbent. */
const SEARCH_OPTIONS = ['--opt-strategy=bb', '--configuration=trendy', '--heuristic=Domain'];

interface ClingoModel {
  atoms: string[];
  costs: number[];
}

interface ClingoRun {
  best: ClingoModel | null;
  /** The best lower bound clingo proved on the costs, if it reported one. */
  lower: number[] | null;
  /** null when the deadline ended the run; OPTIMUM FOUND also when a schedule without breaks came up. */
  outcome: ClingoOutcome | null;
}

/** Lexicographic comparison of clingo cost vectors (one level here, but the format allows more). */
function isLower(costs: readonly number[], than: readonly number[]): boolean {
  for (let level = 0; level < Math.max(costs.length, than.length); level++) {
    const difference = (costs[level] ?? 0) - (than[level] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

function runClingo(input: ClingoWorkerInput, timeLimitMs: number): Promise<ClingoRun> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker(siblingModule(import.meta.url, 'clingo-worker'), input);
    let best: ClingoModel | null = null;
    let lower: number[] | null = null;
    let settled = false;
    const finish = (outcome: ClingoOutcome | null, error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      // Settle only once the thread is gone (terminating interrupts clingo mid-solve), so no thread
      // outlives the call.
      void worker.terminate().finally(() => (error ? reject(error) : resolve({ best, lower, outcome })));
    };
    const deadline = setTimeout(() => finish(null), Math.max(0, timeLimitMs));
    worker.on('message', (message: ClingoWorkerMessage) => {
      if (message.type === 'model') {
        if (!best || isLower(message.costs, best.costs)) best = { atoms: message.atoms, costs: message.costs };
        // No schedule has fewer than 0 breaks. Stopping here also matters when no participant can have
        // a break at all: the objective is then empty, and clingo would enumerate every schedule.
        if (message.costs.every((cost) => cost === 0)) finish('OPTIMUM FOUND');
      } else if (message.type === 'lower') {
        if (!lower || isLower(lower, message.bound)) lower = message.bound;
      } else if (message.type === 'done') {
        finish(message.outcome);
      } else {
        finish(null, new Error(`clingo failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => finish(null, error));
    worker.on('exit', () => finish(null));
  });
}

const INFEASIBLE: ClingoSolveResult = { assignments: [], optimal: false, infeasible: true };

export async function solveWithClingo(
  instance: SchedulingInstance,
  options: ClingoSolveOptions,
): Promise<ClingoSolveResult | null> {
  const startedAt = Date.now();
  const { text, domains } = buildClingoProgram(instance);
  if (domains.some((slots) => slots.length === 0)) return INFEASIBLE;
  if (instance.meetings.length === 0) return { assignments: [], optimal: true, infeasible: false };

  const proof = await runClingo({ program: text, options: PROOF_OPTIONS }, options.timeLimitMs * PROOF_SHARE);
  if (proof.best && proof.outcome === 'OPTIMUM FOUND') {
    return { assignments: assignmentsFromAtoms(proof.best.atoms), optimal: true, infeasible: false };
  }
  if (proof.outcome === 'UNSATISFIABLE') return INFEASIBLE;

  const remainingMs = options.timeLimitMs - (Date.now() - startedAt);
  const hints = proof.best ? assignmentsFromAtoms(proof.best.atoms) : (options.initial ?? []);
  const search: ClingoRun =
    remainingMs > 0
      ? await runClingo({ program: buildClingoProgram(instance, hints).text, options: SEARCH_OPTIONS }, remainingMs)
      : { best: null, lower: null, outcome: null };
  const best = search.best && (!proof.best || isLower(search.best.costs, proof.best.costs)) ? search.best : proof.best;
  if (!best) return search.outcome === 'UNSATISFIABLE' ? INFEASIBLE : null;
  const optimal =
    (best === search.best && search.outcome === 'OPTIMUM FOUND') ||
    (proof.lower !== null && !isLower(proof.lower, best.costs));
  return { assignments: assignmentsFromAtoms(best.atoms), optimal, infeasible: false };
}
