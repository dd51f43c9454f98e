/**
 * Benchmark of the meeting scheduler (npm run bench:schedule; not part of npm test).
 *
 * 1. The 56 B2B instances of Bofill et al. (../shared/benchdata/b2b-scheduling): every result is verified
 *    by the checker; breaks are compared with the published optima (fairness d = 2) for the originals.
 * 2. Synthetic events at scale (300/2,000, 1,000/8,000, 3,000/20,000; 16 slots): placed priority against
 *    the LP upper bound.
 *
 * Flags: --data <dir> --json <file> --out-dir <dir> --only <substring> --skip-synthetic
 *        --time-limit-ms <ms> (per instance, default 10000) --synthetic-time-limit-ms <ms> (default 30000)
 *        --seed <n>
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSchedule, idlePeriods } from '../src/domain/meetings/scheduling/checker.js';
import { scheduleMeetings } from '../src/domain/meetings/scheduling/schedule.js';
import { workerThreadScheduler } from '../src/domain/meetings/scheduling/thread.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readB2bInstance, readPublishedOptima } from './lib/b2b.js';
import { syntheticEvent } from './lib/synthetic.js';
import { formatTable } from './lib/table.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(repoRoot, '../shared/benchdata/b2b-scheduling') },
    json: { type: 'string', default: resolve(repoRoot, 'bench-results/schedule.json') },
    'out-dir': { type: 'string' },
    only: { type: 'string', default: '' },
    'skip-synthetic': { type: 'boolean', default: false },
    'time-limit-ms': { type: 'string', default: '10000' },
    'synthetic-time-limit-ms': { type: 'string', default: '30000' },
    seed: { type: 'string', default: '1' },
  },
});
const timeLimitMs = Number(flags['time-limit-ms']);
const syntheticTimeLimitMs = Number(flags['synthetic-time-limit-ms']);
const seed = Number(flags.seed);
if (!(timeLimitMs > 0) || !(syntheticTimeLimitMs > 0) || !Number.isInteger(seed)) {
  throw new Error('--time-limit-ms, --synthetic-time-limit-ms and --seed take positive numbers');
}

interface InstanceRow {
  name: string;
  requested: number;
  placed: number;
  violations: number;
  breaks: number;
  idlePeriods: number;
  fairnessGap: number;
  seconds: number;
  optimal: boolean;
  infeasible: boolean;
  solver: string;
  optimum: number | null;
  matchesOptimum: boolean | null;
  upperBound: number | null;
}

interface SyntheticRow {
  participants: number;
  requests: number;
  placed: number;
  placedPriority: number;
  totalPriority: number;
  lpBound: number;
  lpMethod: string;
  percentOfBound: number;
  breaks: number;
  fairnessGap: number;
  violations: number;
  seconds: number;
  /** HTTP pings the main thread answered while the solver ran, and their latency. */
  pingsAnswered: number;
  pingP99Ms: number;
  pingMaxMs: number;
}

const instancesDir = join(flags.data, 'instances');
const optima = readPublishedOptima(join(flags.data, 'published_optima.csv'));
const names = readdirSync(instancesDir)
  .filter((file) => file.endsWith('.dzn'))
  .map((file) => file.slice(0, -'.dzn'.length))
  .filter((name) => name.includes(flags.only))
  .sort();

const instanceRows: InstanceRow[] = [];
console.log(`B2B instances: ${names.length}, ${timeLimitMs} ms each`);
for (const [index, name] of names.entries()) {
  const instance = readB2bInstance(join(instancesDir, `${name}.dzn`));
  const result = await scheduleMeetings(instance, { timeLimitMs, seed });
  const verdict = checkSchedule(instance, result.assignments);
  const base = name.endsWith('.original') ? name.slice(0, -'.original'.length) : null;
  const optimum = base === null ? null : (optima.get(base) ?? null);
  const periods = idlePeriods(instance, result.assignments);
  const allPlaced = result.placed === instance.meetings.length;
  const row: InstanceRow = {
    name,
    requested: instance.meetings.length,
    placed: result.placed,
    violations: verdict.violations.length,
    breaks: result.breaks,
    idlePeriods: periods,
    fairnessGap: result.fairnessGap,
    seconds: round(result.seconds, 2),
    optimal: result.optimal,
    infeasible: result.infeasible,
    solver: result.solver,
    optimum,
    // The published optimum counts idle periods (see checker.idlePeriods).
    matchesOptimum: optimum === null ? null : allPlaced && verdict.ok && periods === optimum,
    upperBound: result.upperBound ?? null,
  };
  instanceRows.push(row);
  if (flags['out-dir'] !== undefined) {
    mkdirSync(flags['out-dir'], { recursive: true });
    const oneBased = result.assignments.map((a) => ({ meeting: a.meeting + 1, slot: a.slot + 1, table: a.table + 1 }));
    writeFileSync(join(flags['out-dir'], `${name}.json`), `${JSON.stringify(oneBased)}\n`);
  }
  const notes = [
    result.infeasible ? 'infeasible' : '',
    result.optimal ? 'optimal' : '',
    result.exactSolverError ? `clingo error: ${result.exactSolverError}` : '',
  ].filter(Boolean);
  console.log(
    `[${index + 1}/${names.length}] ${name}: ${row.placed}/${row.requested} placed, ${row.violations} violations, ` +
      `${row.breaks} breaks, gap ${row.fairnessGap}, ${row.seconds} s, ${row.solver}${notes.length ? `, ${notes.join(', ')}` : ''}`,
  );
}

console.log();
console.log(
  formatTable(
    ['instance', 'requested', 'placed', 'violations', 'breaks', 'idle periods', 'gap', 'seconds', 'optimal', 'solver', 'published', 'match'],
    instanceRows.map((r) => [
      r.name,
      r.requested,
      r.placed,
      r.violations,
      r.breaks,
      r.idlePeriods,
      r.fairnessGap,
      r.seconds.toFixed(2),
      r.optimal ? 'yes' : r.infeasible ? 'infeasible' : 'no',
      r.solver,
      r.optimum ?? '',
      r.matchesOptimum === null ? '' : r.matchesOptimum ? 'yes' : 'no',
    ]),
  ),
);
const originals = instanceRows.filter((r) => r.optimum !== null);
console.log(
  `originals fully placed: ${originals.filter((r) => r.placed === r.requested).length}/${originals.length}; ` +
    `matching the published optimum: ${originals.filter((r) => r.matchesOptimum).length}/${originals.length}; ` +
    `results with violations: ${instanceRows.filter((r) => r.violations > 0).length}`,
);

const syntheticRows: SyntheticRow[] = [];
if (!flags['skip-synthetic']) {
  console.log(`\nSynthetic events: 16 slots, tables = requests/16 × 1.2, ${syntheticTimeLimitMs} ms each`);
  for (const [participants, requests] of [
    [300, 2_000],
    [1_000, 8_000],
    [3_000, 20_000],
  ] as const) {
    const instance = syntheticEvent({ participants, requests, slots: 16, seed: 7 });
    // The same path as the server: the whole scheduler in a worker thread, while this thread answers HTTP.
    const probe = await startResponsivenessProbe();
    const result = await workerThreadScheduler.schedule(instance, { timeLimitMs: syntheticTimeLimitMs, seed });
    const responsiveness = await probe.stop();
    const verdict = checkSchedule(instance, result.assignments);
    const totalPriority = instance.meetings.reduce((sum, r) => sum + r.priority, 0);
    const lpBound = result.upperBound ?? totalPriority;
    const row: SyntheticRow = {
      participants,
      requests,
      placed: result.placed,
      placedPriority: result.placedPriority,
      totalPriority,
      lpBound,
      lpMethod: result.upperBoundMethod ?? 'all placed',
      percentOfBound: round((100 * result.placedPriority) / lpBound, 2),
      breaks: result.breaks,
      fairnessGap: result.fairnessGap,
      violations: verdict.violations.length,
      seconds: round(result.seconds, 2),
      pingsAnswered: responsiveness.answered,
      pingP99Ms: responsiveness.p99Ms,
      pingMaxMs: responsiveness.maxMs,
    };
    syntheticRows.push(row);
    console.log(
      `${participants}/${requests}: ${row.placed} placed, ${row.percentOfBound}% of the bound, ${row.seconds} s; ` +
        `meanwhile the main thread answered ${row.pingsAnswered} HTTP pings (p99 ${row.pingP99Ms} ms, max ${row.pingMaxMs} ms)`,
    );
  }
  console.log();
  console.log(
    formatTable(
      ['participants', 'requests', 'placed', 'placed priority', 'of priority', 'LP bound', 'bound method', '% of bound', 'breaks', 'gap', 'violations', 'seconds', 'pings', 'ping p99 ms'],
      syntheticRows.map((r) => [
        r.participants,
        r.requests,
        r.placed,
        r.placedPriority,
        r.totalPriority,
        r.lpBound,
        r.lpMethod,
        r.percentOfBound.toFixed(2),
        r.breaks,
        r.fairnessGap,
        r.violations,
        r.seconds.toFixed(2),
        r.pingsAnswered,
        r.pingP99Ms,
      ]),
    ),
  );
}

mkdirSync(dirname(flags.json), { recursive: true });
writeFileSync(flags.json, `${JSON.stringify({ timeLimitMs, syntheticTimeLimitMs, seed, instances: instanceRows, synthetic: syntheticRows }, null, 2)}\n`);
console.log(`\nwrote ${flags.json}`);

/**
 * Starts a tiny HTTP server on this thread and pings it every 20 ms; stop() reports how many pings were
 * answered and how long they took (a blocked event loop would show as missing or slow answers).
 */
async function startResponsivenessProbe(): Promise<{ stop(): Promise<{ answered: number; p99Ms: number; maxMs: number }> }> {
  const server = createServer((_req, res) => res.end('pong'));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
      latencies.push(performance.now() - started);
      await new Promise((ok) => setTimeout(ok, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await new Promise((ok) => server.close(ok));
      const sorted = [...latencies].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
      return { answered: sorted.length, p99Ms: round(p99, 1), maxMs: round(sorted.at(-1) ?? 0, 1) };
    },
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
