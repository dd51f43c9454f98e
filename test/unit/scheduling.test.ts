/**
 * The 1:1 meeting scheduler: the referee (checker) catches every kind of violation; the local search
 * always returns schedules the referee accepts, on random small events with every kind of constraint and
 * on real brokerage-event instances; the orchestrator reports infeasibility and keeps the better of the
 * local search's and the exact solver's schedules. No timing assertions.
 */
import { sharedDir } from '../helpers/shared.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { checkSchedule, idlePeriods, quality, type ViolationKind } from '../../src/domain/meetings/scheduling/checker.js';
import { localSearch } from '../../src/domain/meetings/scheduling/local-search.js';
import { placementUpperBound } from '../../src/domain/meetings/scheduling/lp-bound.js';
import type { Assignment, MeetingRequest, SchedulingInstance } from '../../src/domain/meetings/scheduling/model.js';
import { obviousInfeasibility } from '../../src/domain/meetings/scheduling/preflight.js';
import { Random } from '../../src/domain/meetings/scheduling/random.js';
import { scheduleMeetings, type ExactSolver } from '../../src/domain/meetings/scheduling/schedule.js';
import { readB2bInstance } from '../../bench/lib/b2b.js';
import { parseDzn } from '../../bench/lib/dzn.js';

const B2B_DIR = `${sharedDir()}/benchdata/b2b-scheduling/instances/`;

const meeting = (a: number, b: number, extra: Partial<MeetingRequest> = {}): MeetingRequest => ({
  a,
  b,
  session: 'any',
  fixedSlot: null,
  priority: 1,
  predecessors: [],
  ...extra,
});

const event = (meetings: MeetingRequest[], extra: Partial<SchedulingInstance> = {}): SchedulingInstance => ({
  participants: 4,
  slots: 4,
  morningSlots: 2,
  tables: 2,
  meetings,
  forbidden: [[], [], [], []],
  maxBreakDifference: 2,
  ...extra,
});

const kinds = (instance: SchedulingInstance, assignments: Assignment[]): ViolationKind[] =>
  checkSchedule(instance, assignments).violations.map((v) => v.kind);

describe('checkSchedule', () => {
  const two = event([meeting(0, 1), meeting(2, 3), meeting(0, 2)]);

  it('accepts a valid partial schedule', () => {
    assert.deepEqual(checkSchedule(two, [{ meeting: 0, slot: 0, table: 0 }, { meeting: 1, slot: 0, table: 1 }]), { ok: true, violations: [] });
  });

  it('rejects unknown meetings and meetings placed twice', () => {
    assert.deepEqual(kinds(two, [{ meeting: 3, slot: 0, table: 0 }]), ['unknown-meeting']);
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 0, table: 0 }, { meeting: 0, slot: 1, table: 0 }]), ['duplicate-meeting']);
  });

  it('rejects slots and tables out of range', () => {
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 4, table: 0 }]), ['slot-out-of-range']);
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 1.5, table: 0 }]), ['slot-out-of-range']);
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 0, table: 2 }]), ['table-out-of-range']);
  });

  it('rejects a participant in two meetings at once', () => {
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 1, table: 0 }, { meeting: 2, slot: 1, table: 1 }]), ['participant-double-booked']);
  });

  it('rejects more meetings than tables in a slot, and two meetings at one table', () => {
    const crowded = event([meeting(0, 1), meeting(2, 3)], { tables: 1 });
    assert.deepEqual(kinds(crowded, [{ meeting: 0, slot: 0, table: 0 }, { meeting: 1, slot: 0, table: 0 }]), [
      'too-many-meetings-in-slot',
      'table-double-booked',
    ]);
    assert.deepEqual(kinds(two, [{ meeting: 0, slot: 0, table: 1 }, { meeting: 1, slot: 0, table: 1 }]), ['table-double-booked']);
  });

  it('rejects forbidden slots, the wrong session and a moved fixed meeting', () => {
    const constrained = event([meeting(0, 1, { session: 'pm' }), meeting(2, 3, { fixedSlot: 3 })], { forbidden: [[], [1], [], []] });
    assert.deepEqual(kinds(constrained, [{ meeting: 0, slot: 1, table: 0 }]), ['forbidden-slot', 'wrong-session']);
    assert.deepEqual(kinds(constrained, [{ meeting: 1, slot: 2, table: 0 }]), ['fixed-slot-moved']);
    assert.deepEqual(kinds(constrained, [{ meeting: 0, slot: 2, table: 0 }, { meeting: 1, slot: 3, table: 0 }]), []);
  });

  it('rejects a meeting placed before, with, or without its predecessor', () => {
    const ordered = event([meeting(0, 1), meeting(0, 2, { predecessors: [0] })]);
    assert.deepEqual(kinds(ordered, [{ meeting: 0, slot: 2, table: 0 }, { meeting: 1, slot: 1, table: 0 }]), ['precedence']);
    assert.deepEqual(kinds(ordered, [{ meeting: 1, slot: 1, table: 0 }]), ['precedence']);
    assert.deepEqual(kinds(ordered, [{ meeting: 0, slot: 0, table: 0 }, { meeting: 1, slot: 1, table: 0 }]), []);
  });

  it('measures placed priority, breaks, fairness gap and idle periods', () => {
    const day = event([meeting(0, 1, { priority: 3 }), meeting(0, 2), meeting(0, 3), meeting(1, 2)], { slots: 6 });
    const schedule = [
      { meeting: 0, slot: 0, table: 0 },
      { meeting: 1, slot: 2, table: 0 },
      { meeting: 2, slot: 5, table: 0 },
      { meeting: 3, slot: 3, table: 0 },
    ];
    // Participant 0 meets in 0, 2, 5: three idle slots in two idle periods; participant 1 in 0 and 3.
    assert.deepEqual(quality(day, schedule), { placed: 4, placedPriority: 6, breaks: 5, fairnessGap: 3 });
    assert.equal(idlePeriods(day, schedule), 3);
  });
});

/** A random small event with forbidden slots, AM/PM meetings, fixed meetings and precedences. */
function randomEvent(seed: number): SchedulingInstance {
  const rng = new Random(seed);
  const participants = 8 + rng.int(5);
  const slots = 6;
  const meetings: MeetingRequest[] = [];
  while (meetings.length < 22) {
    const a = rng.int(participants);
    const b = rng.int(participants);
    if (a === b) continue;
    const roll = rng.next();
    const predecessors = meetings.length > 0 && rng.next() < 0.15 ? [rng.int(meetings.length)] : [];
    meetings.push(
      meeting(a, b, {
        session: roll < 0.1 ? 'am' : roll < 0.2 ? 'pm' : 'any',
        fixedSlot: rng.next() < 0.1 ? rng.int(slots) : null,
        priority: 1 + rng.int(3),
        predecessors,
      }),
    );
  }
  const forbidden = Array.from({ length: participants }, () => (rng.next() < 0.3 ? [rng.int(slots)] : []));
  return { participants, slots, morningSlots: 3, tables: 3 + rng.int(2), meetings, forbidden, maxBreakDifference: 2 };
}

describe('localSearch', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`returns a schedule the checker accepts on random event ${seed}`, async () => {
      const instance = randomEvent(seed);
      const result = await localSearch(instance, { timeLimitMs: 60_000, seed, iterationLimit: 20_000 });
      assert.deepEqual(checkSchedule(instance, result.assignments).violations, []);
      assert.equal(result.assignments.length + result.unplaced.length, instance.meetings.length);
      assert.deepEqual(result.quality, quality(instance, result.assignments));
    });
  }

  it('repeats itself for the same seed', async () => {
    const instance = randomEvent(7);
    const options = { timeLimitMs: 60_000, seed: 42, iterationLimit: 5_000 };
    assert.deepEqual((await localSearch(instance, options)).assignments, (await localSearch(instance, options)).assignments);
  });

  it('places fixed meetings first, even before a higher-priority meeting competing for the only table', async () => {
    const instance = event([meeting(2, 3, { priority: 5 }), meeting(0, 1, { fixedSlot: 0 })], { slots: 1, morningSlots: 0, tables: 1 });
    const result = await localSearch(instance, { timeLimitMs: 60_000, iterationLimit: 1_000 });
    assert.deepEqual(result.assignments, [{ meeting: 1, slot: 0, table: 0 }]);
    assert.deepEqual(result.unplaced, [0]);
  });

  it('places all 125 meetings of tic-12.original', async () => {
    const instance = readB2bInstance(`${B2B_DIR}tic-12.original.dzn`);
    const result = await localSearch(instance, { timeLimitMs: 5_000, seed: 1 });
    assert.deepEqual(checkSchedule(instance, result.assignments).violations, []);
    assert.equal(result.quality.placed, 125);
  });

  it('respects forbidden slots on tic-12.forb0007', async () => {
    const instance = readB2bInstance(`${B2B_DIR}tic-12.forb0007.dzn`);
    const result = await localSearch(instance, { timeLimitMs: 1_000, seed: 1 });
    assert.deepEqual(checkSchedule(instance, result.assignments).violations, []);
    assert.ok(result.quality.placed >= 120);
  });
});

describe('preflight and bound', () => {
  it('names the participant with more meetings than slots, colliding fixed meetings and precedence cycles', () => {
    const overbooked = event([meeting(0, 1), meeting(0, 2), meeting(0, 3)], { slots: 2, morningSlots: 0 });
    assert.match(obviousInfeasibility(overbooked).join('\n'), /participant 0 has 3 meetings but only 2 slots/);
    const collision = event([meeting(0, 1, { fixedSlot: 1 }), meeting(0, 2, { fixedSlot: 1 })]);
    assert.match(obviousInfeasibility(collision).join('\n'), /participant 0 has fixed meetings 0 and 1 both in slot 1/);
    const cycle = event([meeting(0, 1, { predecessors: [1] }), meeting(2, 3, { predecessors: [0] })]);
    assert.match(obviousInfeasibility(cycle).join('\n'), /2 meetings are on or behind a precedence cycle/);
    assert.deepEqual(obviousInfeasibility(event([meeting(0, 1), meeting(0, 2)])), []);
  });

  it('bounds placement by the LP, which sees that a late arrival cannot take two meetings', async () => {
    // Participant 0 can only attend slot 0, so at most one of its two meetings happens: 2 of 3.
    const instance = event([meeting(0, 1), meeting(1, 2), meeting(0, 2)], {
      participants: 3,
      slots: 2,
      morningSlots: 0,
      tables: 5,
      forbidden: [[1], [], []],
    });
    assert.deepEqual(await placementUpperBound(instance, { timeLimitMs: 20_000 }), { value: 2, method: 'lp' });
    assert.deepEqual(await placementUpperBound(instance, { timeLimitMs: 20_000, maxNonzeros: 0 }), { value: 2, method: 'aggregate-lp' });
  });
});

describe('scheduleMeetings', () => {
  it('reports a participant with more meetings than slots as infeasible and still schedules the rest', async () => {
    const instance = event([meeting(0, 1), meeting(0, 2), meeting(0, 3), meeting(1, 2)], { slots: 2, morningSlots: 0 });
    const result = await scheduleMeetings(instance, { timeLimitMs: 1_000, seed: 1 });
    assert.equal(result.infeasible, true);
    assert.equal(result.optimal, false);
    assert.match(result.infeasibilityReasons?.join('\n') ?? '', /participant 0 has 3 meetings but only 2 slots/);
    assert.deepEqual(checkSchedule(instance, result.assignments).violations, []);
    assert.equal(result.placed, 3);
    assert.deepEqual(result.unplaced.length, 1);
    assert.equal(result.upperBound, 3);
  });

  // Participant 0 cannot attend slot 1 but must meet in slots 0 and 2, so one break is unavoidable and
  // the local search cannot prove optimality on its own: the exact solver gets its turn.
  const unavoidableBreak = event([meeting(0, 1), meeting(0, 2)], {
    slots: 3,
    morningSlots: 0,
    tables: 1,
    forbidden: [[1], [], [], []],
  });
  const optimum: Assignment[] = [
    { meeting: 0, slot: 0, table: 0 },
    { meeting: 1, slot: 2, table: 0 },
  ];

  it('prefers an exact schedule proved optimal when it is as good as the local search', async () => {
    const instance = unavoidableBreak;
    const exact: ExactSolver = async () => ({ assignments: optimum, optimal: true, infeasible: false });
    const result = await scheduleMeetings(instance, { timeLimitMs: 2_000, exactSolver: exact });
    assert.equal(result.solver, 'clingo');
    assert.equal(result.optimal, true);
    assert.equal(result.breaks, 1);
  });

  it('keeps the local search schedule when the exact solver fails, and says so', async () => {
    const exact: ExactSolver = async () => {
      throw new Error('clingo exploded');
    };
    const result = await scheduleMeetings(unavoidableBreak, { timeLimitMs: 1_500, exactSolver: exact });
    assert.equal(result.solver, 'local-search');
    assert.equal(result.exactSolverError, 'clingo exploded');
    assert.deepEqual(checkSchedule(unavoidableBreak, result.assignments).violations, []);
  });

  it('throws when the chosen schedule breaks a constraint (a solver bug), rather than returning it', async () => {
    const instance = unavoidableBreak;
    const broken: Assignment[] = [
      { meeting: 0, slot: 0, table: 0 },
      { meeting: 1, slot: 1, table: 0 },
    ];
    const exact: ExactSolver = async () => ({ assignments: broken, optimal: true, infeasible: false });
    await assert.rejects(scheduleMeetings(instance, { timeLimitMs: 1_500, exactSolver: exact }), /scheduler bug: the clingo schedule/);
  });

  it('schedules with the real clingo solver and passes the checker', async () => {
    const instance = unavoidableBreak;
    const result = await scheduleMeetings(instance, { timeLimitMs: 4_000, seed: 1 });
    assert.equal(result.exactSolverError, undefined);
    assert.deepEqual(checkSchedule(instance, result.assignments).violations, []);
    assert.equal(result.placed, 2);
    assert.equal(result.breaks, 1);
  });
});

describe('dzn parser (bench)', () => {
  it('reads ints, ranges, sets, arrays of sets and 2-D arrays, and rejects anything else', () => {
    const doc = parseDzn('n = 3; % comment\nr = 1..3;\ns = [{1, 2}, {}];\nm = [|1, 2, 3, \n|4, 5, 6, \n|];\na = [0,4];');
    assert.deepEqual(doc.get('n'), { kind: 'int', value: 3 });
    assert.deepEqual(doc.get('r'), { kind: 'set', values: [1, 2, 3] });
    assert.deepEqual(doc.get('m'), { kind: 'matrix', rows: [[1, 2, 3], [4, 5, 6]] });
    assert.equal(doc.get('s')?.kind, 'array');
    assert.throws(() => parseDzn('x = "text";'), SyntaxError);
  });
});
