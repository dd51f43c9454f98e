/**
 * Scheduler runs as background jobs: one at a time per event, publishing waits for them, a failed solver
 * leaves the draft untouched, and meetings cancelled while the solver runs are not written back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ScheduleResult, SchedulingInstance } from '../../src/domain/meetings/scheduling/model.js';
import type { MeetingScheduler } from '../../src/domain/meetings/scheduling/thread.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';

/** A scheduler the test controls: it waits for `release`, then places every meeting in its own slot at table 0 (or fails). */
class GatedScheduler implements MeetingScheduler {
  calls: SchedulingInstance[] = [];
  failWith: string | null = null;
  private gate: { promise: Promise<void>; open: () => void } = GatedScheduler.newGate();
  private started: Array<{ count: number; resolve: () => void }> = [];

  private static newGate() {
    let open = () => undefined as void;
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { promise, open };
  }
  release(): void {
    this.gate.open();
    this.gate = GatedScheduler.newGate();
  }
  /** Resolves once the `count`-th call has started. */
  whenStarted(count: number): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.started.push({ count, resolve }));
  }
  async schedule(instance: SchedulingInstance): Promise<ScheduleResult> {
    this.calls.push(instance);
    for (const waiter of this.started.filter((w) => w.count <= this.calls.length)) waiter.resolve();
    await this.gate.promise;
    if (this.failWith) throw new Error(this.failWith);
    const assignments = instance.meetings.map((_, meeting) => ({ meeting, slot: meeting % instance.slots, table: 0 }));
    return { assignments, unplaced: [], placed: assignments.length, placedPriority: assignments.length, breaks: 0, fairnessGap: 0, optimal: false, infeasible: false, solver: 'local-search', seconds: 0.01 };
  }
}

interface Meeting {
  id: string;
  version: number;
  draft: { slotId: string; tableId: string } | null;
}
interface Run {
  id: string;
  status: string;
  error: string | null;
  result: Record<string, unknown> | null;
}

const scheduler = new GatedScheduler();
let app: TestApp;
let organiser: Member;
let event: EventBody;
let meetings: Meeting[];
let people: Array<Member & { registrationId: string }>;

before(async () => {
  app = await createTestApp({}, { scheduler });
  organiser = await registerMember(app, { name: 'Shenzhen Innovation Centre', country: 'CN' });
  event = await createEvent(app, organiser);
  people = [];
  for (const [name, country] of [['Bonn Sensors', 'DE'], ['Da Nang Robotics', 'VN'], ['Haifa Optics', 'IL']] as const) {
    const member = await registerMember(app, { name, country });
    const res = await member.client.post<{ id: string }>(`/api/events/${event.id}/registrations`, { participantType: 'company', organisationId: member.organisationId });
    expectStatus(res, 201);
    people.push({ ...member, registrationId: res.body.id });
  }
  expectStatus(await organiser.client.put(`/api/events/${event.id}/meeting-slots`, { blocks: [{ day: '2026-12-03', start: '14:00', slotMinutes: 30, count: 3 }] }), 200);
  expectStatus(await organiser.client.put(`/api/events/${event.id}/meeting-tables`, { tables: [{ label: '1' }, { label: '2' }] }), 200);
  meetings = [];
  for (const [from, to] of [[0, 1], [1, 2]] as const) {
    const req = await people[from]!.client.post<Meeting>(`/api/events/${event.id}/meetings`, { receiverId: people[to]!.registrationId, message: 'Let us meet' });
    expectStatus(req, 201);
    const acc = await people[to]!.client.post<Meeting>(`/api/events/${event.id}/meetings/${req.body.id}/accept`);
    expectStatus(acc, 200);
    meetings.push(acc.body);
  }
});
after(() => app.shutdown());

describe('scheduler runs', () => {
  test('refuses to start before slots and tables exist', async () => {
    const bare = await createEvent(app, organiser);
    expectError(await organiser.client.post(`/api/events/${bare.id}/schedule-runs`, { mode: 'all' }), 409, 'INVALID_TRANSITION');
  });

  test('one run at a time; publishing waits; a meeting cancelled meanwhile is not written back', async () => {
    const queued = await organiser.client.post<Run>(`/api/events/${event.id}/schedule-runs`, { mode: 'all', timeLimitSeconds: 5 });
    expectStatus(queued, 202);
    assert.equal(queued.body.status, 'queued');
    await scheduler.whenStarted(1);
    const running = await organiser.client.get<Run>(`/api/events/${event.id}/schedule-runs/${queued.body.id}`);
    assert.equal(running.body.status, 'running');
    expectError(await organiser.client.post(`/api/events/${event.id}/schedule-runs`, { mode: 'unbooked' }), 409, 'SCHEDULE_RUNNING');
    expectError(await organiser.client.post(`/api/events/${event.id}/schedule/publish`), 409, 'SCHEDULE_RUNNING');
    expectError(await people[0]!.client.get(`/api/events/${event.id}/schedule-runs/${queued.body.id}`), 403, 'FORBIDDEN');

    // The second meeting is cancelled while the solver works on a problem that still contains it.
    expectStatus(await people[1]!.client.post(`/api/events/${event.id}/meetings/${meetings[1]!.id}/cancel`), 200);
    scheduler.release();
    await app.ctx.runScheduleJobs();

    const done = await organiser.client.get<Run>(`/api/events/${event.id}/schedule-runs/${queued.body.id}`);
    assert.equal(done.body.status, 'done');
    assert.equal(done.body.result?.requested, 2);
    const schedule = await organiser.client.get<{ meetings: Meeting[] }>(`/api/events/${event.id}/schedule`);
    assert.deepEqual(schedule.body.meetings.map((m) => m.id), [meetings[0]!.id], 'only accepted meetings are in the schedule');
    assert.ok(schedule.body.meetings[0]!.draft);
    const cancelled = await organiser.client.get<Meeting & { status: string }>(`/api/events/${event.id}/meetings/${meetings[1]!.id}`);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.draft, null, 'the cancelled meeting got no place');
    expectError(await organiser.client.get(`/api/events/${event.id}/schedule-runs/00000000-0000-4000-8000-000000000000`), 404, 'SCHEDULE_RUN_NOT_FOUND');
  });

  test('a failing solver marks the run failed and leaves the draft as it was', async () => {
    const before = (await organiser.client.get<{ meetings: Meeting[] }>(`/api/events/${event.id}/schedule`)).body.meetings;
    scheduler.failWith = 'solver exploded';
    const queued = await organiser.client.post<Run>(`/api/events/${event.id}/schedule-runs`, { mode: 'all' });
    expectStatus(queued, 202);
    await scheduler.whenStarted(2);
    scheduler.release();
    await app.ctx.runScheduleJobs();
    scheduler.failWith = null;
    const failed = await organiser.client.get<Run>(`/api/events/${event.id}/schedule-runs/${queued.body.id}`);
    assert.equal(failed.body.status, 'failed');
    assert.match(failed.body.error ?? '', /solver exploded/);
    const after = (await organiser.client.get<{ meetings: Meeting[] }>(`/api/events/${event.id}/schedule`)).body.meetings;
    assert.deepEqual(after.map((m) => m.draft), before.map((m) => m.draft));
  });
});
