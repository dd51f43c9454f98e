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
    const result = await scheduleMeetings(instance, { timeLimitMs: syntheticTimeLimitMs, seed });
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
    };
    syntheticRows.push(row);
    console.log(`${participants}/${requests}: ${row.placed} placed, ${row.percentOfBound}% of the bound, ${row.seconds} s`);
  }
  console.log();
  console.log(
    formatTable(
      ['participants', 'requests', 'placed', 'placed priority', 'of priority', 'LP bound', 'bound method', '% of bound', 'breaks', 'gap', 'violations', 'seconds'],
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
      ]),
    ),
  );
}

mkdirSync(dirname(flags.json), { recursive: true });
writeFileSync(flags.json, `${JSON.stringify({ timeLimitMs, syntheticTimeLimitMs, seed, instances: instanceRows, synthetic: syntheticRows }, null, 2)}\n`);
console.log(`\nwrote ${flags.json}`);

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
