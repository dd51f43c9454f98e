/**
 * Worker thread solving the placement LP with HiGHS (WebAssembly). It lives in its own thread because a
 * HiGHS solve is synchronous and cannot be interrupted from JavaScript; the parent terminates it at the
 * time limit.
 *
 * The answer is not HiGHS's objective but a bound certified by weak duality: for the LP
 * max c·x, Ax ≤ b, 0 ≤ x ≤ 1 and any row prices y ≥ 0, every feasible x has
 * c·x ≤ b·y + Σ_j max(0, c_j − (Aᵀy)_j). So the fast solvers (interior point without crossover, PDLP),
 * whose solutions are only nearly optimal, still yield a bound that is valid however early they stop.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Highs } from 'highs';
import type { LpModel, LpWorkerReply } from './lp-bound.js';

// highs' types are read as CommonJS, so TypeScript mistypes its ESM default export (the loader itself).
// The CommonJS build carries the loader on `default`; load that and state its type once here.
const { default: loadHighs } = createRequire(import.meta.url)('highs') as { default: () => Promise<Highs> };

const { model, timeLimitSeconds, solver } = workerData as { model: LpModel; timeLimitSeconds: number; solver: string };

/** The weak-duality bound for row prices y (negative prices are clipped to 0, which keeps it valid). */
function certifiedBound(prices: Float64Array, sign: 1 | -1): number {
  let bound = 0;
  for (let i = 0; i < model.numRows; i++) bound += model.rowUpper[i]! * Math.max(0, sign * prices[i]!);
  for (let j = 0; j < model.numCols; j++) {
    let priced = 0;
    for (let k = model.starts[j]!; k < model.starts[j + 1]!; k++) priced += model.values[k]! * Math.max(0, sign * prices[model.indices[k]!]!);
    bound += model.colUpper[j]! * Math.max(0, model.colCost[j]! - priced);
  }
  return bound;
}

async function solve(): Promise<LpWorkerReply> {
  const highs = await loadHighs();
  const lp = highs.createModel({
    numCols: model.numCols,
    numRows: model.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.colCost,
    colLower: new Float64Array(model.numCols),
    colUpper: model.colUpper,
    rowLower: new Float64Array(model.numRows).fill(-highs.infinity),
    rowUpper: model.rowUpper,
    matrix: {
      format: 'csc',
      numRows: model.numRows,
      numCols: model.numCols,
      starts: model.starts,
      indices: model.indices,
      values: model.values,
    },
  });
  try {
    lp.options.set({ output_flag: false, time_limit: timeLimitSeconds, solver, run_crossover: 'off' });
    lp.run();
    // HiGHS's sign convention for duals of a maximisation is not worth relying on: both readings give
    // valid bounds, and the right one is the tight one.
    const { rowDual } = lp.getSolution();
    return { ok: true, bound: Math.min(certifiedBound(rowDual, 1), certifiedBound(rowDual, -1)) };
  } finally {
    lp.dispose();
  }
}

solve().then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) } satisfies LpWorkerReply),
);
