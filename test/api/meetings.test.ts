/**
 * 1:1 meetings of a matchmaking day: requests with reasons, expiry and reminders, slots and tables,
 * the scheduler (in its worker thread), hand moves, publishing, agendas and iCalendar, outcomes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';

interface Meeting {
  id: string;
  status: string;
  version: number;
  mySide: string | null;
  message: string;
  declineReason: string | null;
  requester: { id: string; displayName: string } | null;
  receiver: { id: string } | null;
  draft: { slotId: string; tableId: string; tableLabel: string } | null;
  place: { slotId: string; tableId: string; tableLabel: string; startsAt: string } | null;
  attendance: { requester: string | null; receiver: string | null };
  outcome: { cooperationType: string; estimatedValueMinor: number | null } | null;
  abilities: Record<string, boolean>;
}
interface Setup {
  slots: Array<{ id: string; startsAt: string; endsAt: string; session: string }>;
  tables: Array<{ id: string; label: string }>;
}
interface Schedule {
  participants: Array<{ id: string; unavailableSlotIds: string[]; maxMeetings: number | null }>;
  meetings: Meeting[];
  quality: { requested: number; placed: number; violations: number; fairnessGap: number };
  latestRun: { status: string; result: Record<string, unknown> | null } | null;
  unpublishedChanges: number;
}
interface Agenda {
  calendarFeedPath: string;
  items: Array<{ kind: string; id: string; startsAt: string; tableLabel: string | null; with: { displayName: string } | null }>;
}
type Participant = Member & { registrationId: string };

let app: TestApp;
let organiser: Member;
let event: EventBody;
let p1: Participant;
let p2: Participant;
let p3: Participant;
let outsider: Member;
let setup: Setup;

async function participant(name: string, country: string): Promise<Participant> {
  const member = await registerMember(app, { name, country });
  const res = await member.client.post<{ id: string; status: string }>(`/api/events/${event.id}/registrations`, { participantType: 'company', organisationId: member.organisationId });
  expectStatus(res, 201);
  assert.equal(res.body.status, 'confirmed');
  return { ...member, registrationId: res.body.id };
}

const meetingUrl = (id: string, suffix = '') => `/api/events/${event.id}/meetings/${id}${suffix}`;

async function request(from: Participant, to: Participant, message = 'Shall we talk about laser welding?'): Promise<Meeting> {
  const res = await from.client.post<Meeting>(`/api/events/${event.id}/meetings`, { receiverId: to.registrationId, message });
  expectStatus(res, 201);
  return res.body;
}

async function mailTo(email: string): Promise<Array<{ subject: string; text: string }>> {
  await app.ctx.flushOutbox();
  return app.mail.sent.filter((m) => m.to === email);
}

async function runScheduler(mode: 'all' | 'unbooked'): Promise<Schedule> {
  const queued = await organiser.client.post<{ status: string }>(`/api/events/${event.id}/schedule-runs`, { mode, timeLimitSeconds: 2 });
  expectStatus(queued, 202);
  await app.ctx.runScheduleJobs();
  const schedule = await organiser.client.get<Schedule>(`/api/events/${event.id}/schedule`);
  expectStatus(schedule, 200);
  assert.equal(schedule.body.latestRun?.status, 'done', JSON.stringify(schedule.body.latestRun));
  return schedule.body;
}

before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Suzhou Technology Exchange', country: 'CN', type: 'government_agency' });
  event = await createEvent(app, organiser, { meetingSettings: { requestsOpen: true, requestExpiryHours: 72, reminderAfterHours: 24, defaultMaxMeetings: 6, maxBreakDifference: 2, scheduleTimeLimitSeconds: 2 } });
  p1 = await participant('Aachen Laser GmbH', 'DE');
  p2 = await participant('Ningbo Battery Co.', 'CN');
  p3 = await participant('Hanoi Materials JSC', 'VN');
  outsider = await registerMember(app, { name: 'Not registered Ltd', country: 'SG' });
});
after(() => app.shutdown());

describe('meeting slots and tables', () => {
  test('organisers lay out slots from blocks in the event time zone, with a break; participants may not', async () => {
    const blocks = [{ day: '2026-12-03', start: '09:00', slotMinutes: 20, count: 4, breaks: [{ afterSlot: 2, minutes: 30 }] }];
    expectError(await p1.client.put(`/api/events/${event.id}/meeting-slots`, { blocks }), 403, 'FORBIDDEN');
    expectError(await organiser.client.put(`/api/events/${event.id}/meeting-slots`, { blocks: [{ ...blocks[0], day: '2026-12-09' }] }), 400, 'VALIDATION_FAILED');
    expectError(
      await organiser.client.put(`/api/events/${event.id}/meeting-slots`, { blocks: [...blocks, { day: '2026-12-03', start: '09:30', slotMinutes: 20, count: 1 }] }),
      400,
      'VALIDATION_FAILED',
    );
    const res = await organiser.client.put<Setup>(`/api/events/${event.id}/meeting-slots`, { blocks });
    expectStatus(res, 200);
    // 09:00 in Asia/Shanghai is 01:00 UTC; the 30-minute break falls after the second slot.
    assert.deepEqual(
      res.body.slots.map((s) => s.startsAt),
      ['2026-12-03T01:00:00.000Z', '2026-12-03T01:20:00.000Z', '2026-12-03T02:10:00.000Z', '2026-12-03T02:30:00.000Z'],
    );
    assert.deepEqual(res.body.slots.map((s) => s.session), ['am', 'am', 'am', 'am']);
    expectError(await organiser.client.put(`/api/events/${event.id}/meeting-tables`, { tables: [{ label: '1' }, { label: '1' }] }), 400, 'VALIDATION_FAILED');
    const tables = await organiser.client.put<Setup>(`/api/events/${event.id}/meeting-tables`, { tables: [{ label: 'A1', location: 'Hall 2, left' }, { label: 'A2' }] });
    expectStatus(tables, 200);
    setup = tables.body;
    assert.deepEqual(setup.tables.map((t) => t.label), ['A1', 'A2']);
    const seen = await p1.client.get<Setup & { mine: { unavailableSlotIds: string[] } }>(`/api/events/${event.id}/meeting-setup`);
    expectStatus(seen, 200);
    assert.equal(seen.body.slots.length, 4);
    expectError(await outsider.client.get(`/api/events/${event.id}/meeting-setup`), 409, 'NOT_A_PARTICIPANT');
  });
});

describe('meeting requests', () => {
  let first: Meeting;

  test('a participant asks another for a meeting; the receiver is e-mailed; duplicates and strangers are refused', async () => {
    first = await request(p1, p2);
    assert.equal(first.status, 'pending');
    assert.equal(first.mySide, 'requester');
    assert.equal(first.abilities.answer, false);
    assert.equal(first.abilities.cancel, true);
    const mails = await mailTo(p2.email);
    assert.ok(mails.some((m) => /would like to meet you/.test(m.subject) && m.text.includes('laser welding') && m.text.includes(`/events/${event.id}/meetings`)));
    expectError(await p1.client.post(`/api/events/${event.id}/meetings`, { receiverId: p2.registrationId, message: 'again' }), 409, 'MEETING_ALREADY_REQUESTED');
    expectError(await p2.client.post(`/api/events/${event.id}/meetings`, { receiverId: p1.registrationId, message: 'the other way' }), 409, 'MEETING_ALREADY_REQUESTED');
    expectError(await p1.client.post(`/api/events/${event.id}/meetings`, { receiverId: p1.registrationId, message: 'me' }), 400, 'VALIDATION_FAILED');
    expectError(await p1.client.post(`/api/events/${event.id}/meetings`, { message: 'nobody' }), 400, 'VALIDATION_FAILED');
    expectError(await outsider.client.post(`/api/events/${event.id}/meetings`, { receiverId: p2.registrationId, message: 'hi' }), 409, 'NOT_A_PARTICIPANT');
    expectError(await app.client().post(`/api/events/${event.id}/meetings`, { receiverId: p2.registrationId, message: 'hi' }), 401, 'UNAUTHENTICATED');
    expectError(await p1.client.post(`/api/events/${event.id}/meetings`, { receiverId: '00000000-0000-4000-8000-000000000000', message: 'ghost' }), 404, 'REGISTRATION_NOT_FOUND');
  });

  test('only the two sides and the organisers see a request; only the receiver answers it', async () => {
    const asReceiver = await p2.client.get<{ items: Meeting[] }>(`/api/events/${event.id}/meetings/mine`);
    const mine = asReceiver.body.items.find((m) => m.id === first.id);
    assert.equal(mine?.mySide, 'receiver');
    assert.equal(mine?.abilities.answer, true);
    expectError(await p3.client.get(meetingUrl(first.id)), 404, 'MEETING_NOT_FOUND');
    expectError(await p3.client.post(meetingUrl(first.id, '/accept')), 404, 'MEETING_NOT_FOUND');
    expectError(await outsider.client.get(`/api/events/${event.id}/meetings`), 403, 'FORBIDDEN');
    expectError(await p1.client.get(`/api/events/${event.id}/meetings`), 403, 'FORBIDDEN');
    const all = await organiser.client.get<{ items: Meeting[] }>(`/api/events/${event.id}/meetings?status=pending`);
    assert.ok(all.body.items.some((m) => m.id === first.id && m.message.includes('laser')));
    expectError(await p1.client.post(meetingUrl(first.id, '/accept')), 403, 'FORBIDDEN');
    expectError(await p2.client.post(meetingUrl(first.id, '/decline'), { reason: 'other' }), 400, 'REASON_REQUIRED');
    expectError(await p2.client.post(meetingUrl(first.id, '/decline'), { reason: 'bored' }), 400, 'VALIDATION_FAILED');
    const accepted = await p2.client.post<Meeting>(meetingUrl(first.id, '/accept'));
    expectStatus(accepted, 200);
    assert.equal(accepted.body.status, 'accepted');
    expectError(await p2.client.post(meetingUrl(first.id, '/accept')), 409, 'INVALID_TRANSITION');
    assert.ok((await mailTo(p1.email)).some((m) => /accepted your meeting request/.test(m.subject)));
  });

  test('a decline carries its reason back to the requester', async () => {
    const m = await request(p1, p3);
    const declined = await p3.client.post<Meeting>(meetingUrl(m.id, '/decline'), { reason: 'no_time', note: 'Fully booked, sorry.' });
    expectStatus(declined, 200);
    const seen = await p1.client.get<Meeting>(meetingUrl(m.id));
    assert.equal(seen.body.status, 'declined');
    assert.equal(seen.body.declineReason, 'no_time');
    assert.ok((await mailTo(p1.email)).some((x) => /declined/.test(x.subject) && /no time/.test(x.text) && x.text.includes('Fully booked')));
  });

  test('an unanswered request is reminded after a day and expires after three, telling the requester', async () => {
    const m = await request(p3, p1, 'Materials for battery trays?');
    const remindersBefore = (await mailTo(p1.email)).filter((x) => /waiting for your answer/.test(x.subject)).length;
    app.clock.advanceDays(0.5);
    assert.deepEqual(await app.ctx.sweepMeetingRequests(), { expired: 0, reminded: 0 });
    app.clock.advanceDays(0.6);
    assert.deepEqual(await app.ctx.sweepMeetingRequests(), { expired: 0, reminded: 1 });
    assert.deepEqual(await app.ctx.sweepMeetingRequests(), { expired: 0, reminded: 0 }, 'one reminder only');
    assert.equal((await mailTo(p1.email)).filter((x) => /waiting for your answer/.test(x.subject)).length, remindersBefore + 1);
    app.clock.advanceDays(2);
    const swept = await app.ctx.sweepMeetingRequests();
    assert.equal(swept.expired, 1);
    assert.equal((await p3.client.get<Meeting>(meetingUrl(m.id))).body.status, 'expired');
    assert.ok((await mailTo(p3.email)).some((x) => /expired/.test(x.subject)));
    expectError(await p1.client.post(meetingUrl(m.id, '/accept')), 409, 'INVALID_TRANSITION');
  });

  test("caps: a participant at their cap cannot take more meetings", async () => {
    const m = await request(p2, p3, 'Second meeting');
    expectStatus(await p3.client.post(meetingUrl(m.id, '/accept')), 200);
    expectError(await p3.client.put(`/api/events/${event.id}/participants/${p3.registrationId}/meeting-availability`, { maxMeetings: 1 }), 403, 'FORBIDDEN');
    expectStatus(await organiser.client.put(`/api/events/${event.id}/participants/${p3.registrationId}/meeting-availability`, { maxMeetings: 1 }), 204);
    expectError(await p1.client.post(`/api/events/${event.id}/meetings`, { receiverId: p3.registrationId, message: 'third' }), 409, 'MEETING_CAP_REACHED');
  });
});

describe('scheduling, publishing and agendas', () => {
  test('participants mark unavailable slots; the scheduler respects them and writes a valid draft', async () => {
    const slot0 = setup.slots[0]!.id;
    expectError(await p2.client.put(`/api/events/${event.id}/meeting-availability`, { maxMeetings: 9 }), 403, 'FORBIDDEN');
    expectError(await p2.client.put(`/api/events/${event.id}/meeting-availability`, { unavailableSlotIds: ['00000000-0000-4000-8000-000000000000'] }), 404, 'SLOT_NOT_FOUND');
    expectStatus(await p2.client.put(`/api/events/${event.id}/meeting-availability`, { unavailableSlotIds: [slot0] }), 200);
    expectError(await p1.client.post(`/api/events/${event.id}/schedule-runs`, { mode: 'all' }), 403, 'FORBIDDEN');
    const schedule = await runScheduler('all');
    assert.equal(schedule.quality.requested, 2);
    assert.equal(schedule.quality.placed, 2);
    assert.equal(schedule.quality.violations, 0);
    assert.equal(schedule.latestRun?.result?.placed, 2);
    for (const m of schedule.meetings) {
      assert.ok(m.draft, 'every accepted meeting has a draft place');
      assert.notEqual(m.draft.slotId, slot0, 'p2 is never in a slot they marked unavailable');
      assert.equal(m.place, null, 'nothing is published yet');
    }
    const [a, b] = schedule.meetings;
    assert.notEqual(a!.draft!.slotId, b!.draft!.slotId, 'p2 is in both meetings, so they are in different slots');
    assert.equal(schedule.unpublishedChanges, 2);
    const listed = new Map(schedule.participants.map((p) => [p.id, p]));
    assert.ok(listed.has(p1.registrationId) && listed.has(p2.registrationId) && listed.has(p3.registrationId), 'every confirmed participant is listed for caps');
    assert.deepEqual(listed.get(p2.registrationId)?.unavailableSlotIds, [slot0]);
    assert.equal(listed.get(p3.registrationId)?.maxMeetings, 1);
    const agenda = await p2.client.get<Agenda>(`/api/events/${event.id}/agenda`);
    assert.equal(agenda.body.items.filter((i) => i.kind === 'meeting').length, 0, 'drafts are not shown to participants');
  });

  test('hand moves are checked for conflicts; the organiser can pin a meeting', async () => {
    const schedule = (await organiser.client.get<Schedule>(`/api/events/${event.id}/schedule`)).body;
    const [a, b] = schedule.meetings as [Meeting, Meeting];
    const busy = await organiser.client.put<{ error: { details: { conflicts: Array<{ kind: string }> } } }>(meetingUrl(a.id, '/place'), {
      version: a.version,
      slotId: b.draft!.slotId,
      tableId: b.draft!.tableId,
    });
    expectError(busy, 409, 'SCHEDULE_CONFLICT');
    const kinds = busy.body.error.details.conflicts.map((c) => c.kind).sort();
    assert.deepEqual(kinds, ['participant_busy', 'table_taken']);
    expectError(await organiser.client.put(meetingUrl(a.id, '/place'), { version: a.version, slotId: setup.slots[0]!.id, tableId: setup.tables[0]!.id }), 409, 'SCHEDULE_CONFLICT');
    expectError(await p1.client.put(meetingUrl(a.id, '/place'), { version: a.version, slotId: null, tableId: null }), 403, 'FORBIDDEN');
    const free = setup.slots.find((s) => s.id !== a.draft!.slotId && s.id !== b.draft!.slotId && s.id !== setup.slots[0]!.id)!;
    const moved = await organiser.client.put<Meeting>(meetingUrl(a.id, '/place'), { version: a.version, slotId: free.id, tableId: setup.tables[1]!.id, fixed: true });
    expectStatus(moved, 200);
    assert.equal(moved.body.draft?.tableLabel, 'A2');
    expectError(await organiser.client.put(meetingUrl(a.id, '/place'), { version: a.version, slotId: null, tableId: null }), 409, 'VERSION_CONFLICT');
  });

  test('publishing shows the schedule to participants, e-mails them, and their agenda downloads as iCalendar', async () => {
    const before = (await mailTo(p2.email)).length;
    const published = await organiser.client.post<{ changed: number }>(`/api/events/${event.id}/schedule/publish`);
    expectStatus(published, 200);
    assert.equal(published.body.changed, 2);
    const mails = (await mailTo(p2.email)).slice(before);
    assert.equal(mails.length, 1, 'one summary mail per participant');
    assert.match(mails[0]!.text, /table A\d/);
    assert.match(mails[0]!.text, /Asia\/Shanghai/);

    const agenda = await p2.client.get<Agenda>(`/api/events/${event.id}/agenda`);
    expectStatus(agenda, 200);
    const meetings = agenda.body.items.filter((i) => i.kind === 'meeting');
    assert.equal(meetings.length, 2);
    assert.ok(meetings.every((m) => m.tableLabel && m.with));

    const ics = await p2.client.get(`/api/events/${event.id}/agenda.ics`);
    expectStatus(ics, 200);
    assert.match(String(ics.headers['content-type']), /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics.raw.body));
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(vevents.length, 2);
    for (const item of meetings) {
      const ev = vevents.find((v) => v.uid.startsWith(`meeting-${item.id}@`));
      assert.ok(ev, `a VEVENT for meeting ${item.id}`);
      // The absolute instant is right whatever zone the calendar shows it in.
      assert.equal(ev.startDate.toJSDate().toISOString(), item.startsAt);
      assert.equal(ev.endDate.toJSDate().getTime() - ev.startDate.toJSDate().getTime(), 20 * 60_000);
      assert.match(ev.summary, new RegExp(`table ${item.tableLabel}`));
      assert.match(ev.location, /A\d/);
    }
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Asia/Shanghai');

    const feed = await app.client().get(agenda.body.calendarFeedPath);
    expectStatus(feed, 200);
    assert.equal(new ICAL.Component(ICAL.parse(feed.raw.body)).getAllSubcomponents('vevent').length, 2);
    expectError(await app.client().get('/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAA.ics'), 404, 'REGISTRATION_NOT_FOUND');

    const one = await p2.client.get(`${meetingUrl(meetings[0]!.id)}/ics`);
    expectStatus(one, 200);
    assert.equal(new ICAL.Component(ICAL.parse(one.raw.body)).getAllSubcomponents('vevent').length, 1);
    const p1p2 = (await p1.client.get<{ items: Meeting[] }>(`/api/events/${event.id}/meetings/mine`)).body.items.find((m) => m.status === 'accepted')!;
    expectError(await p3.client.get(meetingUrl(p1p2.id, '/ics')), 404, 'MEETING_NOT_FOUND');
  });

  test('after the meeting both sides record attendance and one records a cooperation intention', async () => {
    const mine = (await p1.client.get<{ items: Meeting[] }>(`/api/events/${event.id}/meetings/mine`)).body.items.find((m) => m.status === 'accepted')!;
    expectError(await p1.client.put(meetingUrl(mine.id, '/outcome'), { cooperationType: 'joint_rd' }), 409, 'INVALID_TRANSITION');
    expectStatus(await p1.client.put(meetingUrl(mine.id, '/attendance'), { attendance: 'held' }), 200);
    expectError(await p1.client.put(meetingUrl(mine.id, '/outcome'), { cooperationType: 'joint_rd', estimatedValueMinor: 5_000_000 }), 400, 'VALIDATION_FAILED');
    const outcome = await p1.client.put<Meeting>(meetingUrl(mine.id, '/outcome'), { cooperationType: 'joint_rd', estimatedValueMinor: 5_000_000_00, currency: 'CNY', note: 'Pilot line in 2027' });
    expectStatus(outcome, 200);
    assert.deepEqual([outcome.body.attendance.requester, outcome.body.outcome?.cooperationType], ['held', 'joint_rd']);
    expectError(await p3.client.put(meetingUrl(mine.id, '/attendance'), { attendance: 'no_show' }), 404, 'MEETING_NOT_FOUND');
  });

  test('"unbooked" mode keeps published places and plans only new meetings', async () => {
    const before = (await organiser.client.get<Schedule>(`/api/events/${event.id}/schedule`)).body.meetings.filter((m) => m.place);
    expectStatus(await organiser.client.put(`/api/events/${event.id}/participants/${p3.registrationId}/meeting-availability`, { maxMeetings: 4 }), 204);
    const extra = await request(p1, p3, 'One more');
    expectStatus(await p3.client.post(meetingUrl(extra.id, '/accept')), 200);
    const schedule = await runScheduler('unbooked');
    assert.equal(schedule.quality.placed, 3);
    assert.equal(schedule.quality.violations, 0);
    for (const old of before) {
      const now = schedule.meetings.find((m) => m.id === old.id)!;
      assert.equal(now.draft?.slotId, old.place?.slotId, 'a published meeting keeps its slot');
      assert.equal(now.draft?.tableId, old.place?.tableId, 'and its table');
    }
    assert.ok(schedule.meetings.find((m) => m.id === extra.id)?.draft);
  });
});

describe('requests to a delegation', () => {
  test('every member is asked; the member who accepts attends; the others no longer see it', async () => {
    const d1 = await participant('Fraunhofer Delegate One', 'DE');
    const d2 = await participant('Fraunhofer Delegate Two', 'DE');
    const requester = await participant('Chengdu Biotech', 'CN');
    const created = await organiser.client.post<{ id: string }>(`/api/events/${event.id}/delegations`, {
      kind: 'country',
      name: 'German delegation',
      country: 'DE',
      leaderRegistrationId: d1.registrationId,
      memberRegistrationIds: [d1.registrationId, d2.registrationId],
    });
    expectStatus(created, 201);
    expectError(
      await d2.client.post(`/api/events/${event.id}/meetings`, { delegationId: created.body.id, message: 'my own delegation' }),
      400,
      'VALIDATION_FAILED',
    );
    const res = await requester.client.post<Meeting & { delegation: { name: string } }>(`/api/events/${event.id}/meetings`, {
      delegationId: created.body.id,
      message: 'We would like to present our vaccine platform to the German delegation.',
    });
    expectStatus(res, 201);
    assert.equal(res.body.delegation.name, 'German delegation');
    for (const member of [d1, d2]) assert.ok((await mailTo(member.email)).some((m) => /would like to meet you/.test(m.subject)));
    const asD2 = await d2.client.get<{ items: Meeting[] }>(`/api/events/${event.id}/meetings/mine`);
    const seen = asD2.body.items.find((m) => m.id === res.body.id);
    assert.equal(seen?.mySide, 'delegate');
    assert.equal(seen?.abilities.answer, true);
    const accepted = await d1.client.post<Meeting>(meetingUrl(res.body.id, '/accept'));
    expectStatus(accepted, 200);
    assert.equal(accepted.body.receiver?.id, d1.registrationId);
    assert.equal(accepted.body.mySide, 'receiver');
    expectError(await d2.client.get(meetingUrl(res.body.id)), 404, 'MEETING_NOT_FOUND');
    expectError(await d2.client.post(meetingUrl(res.body.id, '/accept')), 404, 'MEETING_NOT_FOUND');
  });
});

describe('participants who leave', () => {
  test('cancelling a registration cancels that participant’s meetings and tells the other side', async () => {
    const x = await participant('Lyon Photonics', 'FR');
    const y = await participant('Quy Nhon Seafood Tech', 'VN');
    const m = await request(x, y, 'Cold-chain sensors?');
    expectStatus(await y.client.post(meetingUrl(m.id, '/accept')), 200);
    expectStatus(await y.client.post(`/api/events/${event.id}/registrations/${y.registrationId}/cancel`), 200);
    const seen = await x.client.get<Meeting>(meetingUrl(m.id));
    assert.equal(seen.body.status, 'cancelled');
    assert.ok((await mailTo(x.email)).some((mail) => /cancelled/.test(mail.subject) && /no longer takes part/.test(mail.text)));
    expectError(await y.client.get(`/api/events/${event.id}/meetings/mine`), 409, 'NOT_A_PARTICIPANT');
  });
});
