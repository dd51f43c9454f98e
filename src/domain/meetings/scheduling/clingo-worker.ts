/**
 * Worker thread that runs one clingo solve and posts every model and lower bound to the parent as soon
 * as clingo prints it, so the parent can keep the best schedule and terminate this thread at its
 * deadline (clingo's own time limit does not interrupt a WebAssembly solve reliably).
 *
 * It runs the WebAssembly build that clingo-wasm ships directly instead of through clingo-wasm's client:
 * the client solves in a worker of its own and reports a model only when the next one is printed (see
 * clingo-output.ts), and this thread is already the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaspOutputReader, type ClaspResult } from './clingo-output.js';

export interface ClingoWorkerInput {
  program: string;
  /** clingo command-line options. */
  options: string[];
}

export type ClingoOutcome = ClaspResult;

export type ClingoWorkerMessage =
  | { type: 'model'; atoms: string[]; costs: number[] }
  /** A proved lower bound on the costs. */
  | { type: 'lower'; bound: number[] }
  | { type: 'done'; outcome: ClingoOutcome }
  | { type: 'error'; message: string };

/** The part of the emscripten module that is used: `run(program, arguments)` returns clingo's exit code. */
interface ClingoModule {
  ccall(name: 'run', returnType: 'number', argTypes: ['string', 'string'], args: [string, string]): number;
}
type ClingoModuleFactory = (params: { print(line: string): void; printErr(line: string): void }) => Promise<ClingoModule>;

/** clasp's exit codes for a failed run: out of memory, internal error, syntax or command-line error. */
const FAILED_STATUSES = new Set([33, 65, 128]);

function isWorkerInput(value: unknown): value is ClingoWorkerInput {
  if (typeof value !== 'object' || value === null) return false;
  const { program, options } = value as Record<string, unknown>;
  return typeof program === 'string' && Array.isArray(options) && options.every((o) => typeof o === 'string');
}

/** The single-threaded build, which clingo-wasm ships next to its Node entry point. */
async function loadClingo(): Promise<ClingoModuleFactory> {
  const url = new URL('./clingo.js', import.meta.resolve('clingo-wasm'));
  const loaded: unknown = await import(url.href);
  const factory = typeof loaded === 'object' && loaded !== null ? (loaded as { default?: unknown }).default : undefined;
  if (typeof factory !== 'function') throw new Error(`no clingo module factory in ${url.href}`);
  return factory as ClingoModuleFactory;
}

async function solve(post: (message: ClingoWorkerMessage) => void, input: unknown): Promise<void> {
  if (!isWorkerInput(input)) throw new Error('the clingo worker needs { program: string, options: string[] }');
  const reader = new ClaspOutputReader({
    onModel: (atoms, costs) => post({ type: 'model', atoms, costs }),
    onLower: (bound) => post({ type: 'lower', bound }),
  });
  const errors: string[] = [];
  const createClingo = await loadClingo();
  const clingo = await createClingo({ print: (line) => reader.feed(line), printErr: (line) => errors.push(line) });
  // The trailing 0 asks for models until the optimum is proved (each improving one is printed).
  const status = clingo.ccall('run', 'number', ['string', 'string'], [input.program, `--outf=2 ${input.options.join(' ')} 0`]);
  const outcome = reader.result;
  if (FAILED_STATUSES.has(status) || outcome === null) {
    throw new Error(`clingo exited with status ${status}: ${errors.join('\n').trim() || 'no result'}`);
  }
  post({ type: 'done', outcome });
}

if (parentPort) {
  const port = parentPort;
  const post = (message: ClingoWorkerMessage): void => port.postMessage(message);
  solve(post, workerData).catch((error: unknown) => {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
}
