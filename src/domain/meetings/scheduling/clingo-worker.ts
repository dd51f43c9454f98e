/**
 * Worker thread that runs one clingo solve and streams every model it finds to the parent, so the
 * parent can keep the best one and terminate this thread at its deadline (clingo-wasm's own time
 * limits do not interrupt a running solve reliably). clingo-wasm itself solves in a nested worker,
 * which ends together with this one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import clingo from 'clingo-wasm';

export interface ClingoWorkerInput {
  program: string;
  /** clingo command-line options. */
  options: string[];
}

export type ClingoOutcome = 'OPTIMUM FOUND' | 'SATISFIABLE' | 'UNSATISFIABLE' | 'UNKNOWN';

export type ClingoWorkerMessage =
  | { type: 'model'; atoms: string[]; costs: number[] }
  /** A proved lower bound on the costs (core-guided optimisation reports these as it goes). */
  | { type: 'lower'; bound: number[] }
  | { type: 'done'; outcome: ClingoOutcome }
  | { type: 'error'; message: string };

function isWorkerInput(value: unknown): value is ClingoWorkerInput {
  if (typeof value !== 'object' || value === null) return false;
  const { program, options } = value as Record<string, unknown>;
  return typeof program === 'string' && Array.isArray(options) && options.every((o) => typeof o === 'string');
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

async function solve(port: NonNullable<typeof parentPort>, input: unknown): Promise<void> {
  const post = (message: ClingoWorkerMessage): void => port.postMessage(message);
  if (!isWorkerInput(input)) {
    post({ type: 'error', message: 'clingo worker needs { program: string, options: string[] }' });
    return;
  }
  // 0 = keep searching until the optimum is proved, reporting each improving model on the way.
  const result = await clingo.run(input.program, 0, input.options, (witness) => {
    // clingo-wasm types every witness as a model, but bound reports arrive through it too.
    const report: Record<string, unknown> = { ...witness };
    if (Array.isArray(report.Value)) post({ type: 'model', atoms: witness.Value, costs: witness.Costs ?? [] });
    else if (isNumberList(report.Lower)) post({ type: 'lower', bound: report.Lower });
  });
  if (result.Result === 'ERROR') post({ type: 'error', message: result.Error });
  else post({ type: 'done', outcome: result.Result });
}

if (parentPort) {
  const port = parentPort;
  solve(port, workerData).catch((error: unknown) => {
    port.postMessage({ type: 'error', message: String(error) } satisfies ClingoWorkerMessage);
  });
}
