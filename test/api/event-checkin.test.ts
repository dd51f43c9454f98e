import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';
import { errorDetails, register, type RegistrationBody } from '../helpers/registrations.js';

interface CheckInBody {
  alreadyCheckedIn: boolean;
  day: string;
  scannedAt: string;
  participant: { registrationId: string; displayName: string; organisationName: string | null; participantType: string; country: string; status: string; checkedInAt: string | null };
}

interface AttendanceBody {
  confirmed: number;
  checkedIn: number;
  days: Array<{ day: string; count: number; byParticipantType: Record<string, number> }>;
  byParticipantType: Record<string, number>;
  items: Array<{ participant: { registrationId: string }; days: string[] }>;
}

let app: TestApp;
let organiser: Member;
let coOrganiser: Member;
let event: EventBody;
before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Shanghai S&T Commission', country: 'CN', type: 'government_agency' });
  coOrganiser = await registerMember(app, { name: 'Door staff agency', country: 'CN' });
  // A two-day forum in Shanghai (UTC+8): the clock starts at 2026-11-21 09:00 UTC, 17:00 in Shanghai.
  event = await createEvent(app, organiser, { kind: 'forum', startsOn: '2026-11-21', endsOn: '2026-11-22', capacity: 3 });
  expectStatus(await organiser.client.put(`/api/events/${event.id}/organisers`, { organisationId: coOrganiser.organisationId, role: 'co_organiser' }), 200);
});
after(() => app.shutdown());

const scan = (by: Member, body: Record<string, unknown>) => by.client.post<CheckInBody>(`/api/events/${event.id}/check-in`, body);

describe('check-in', () => {
  let company: Member;
  let investor: Member;
  let waiting: Member;
  let rc: RegistrationBody;
  let ri: RegistrationBody;
  let rw: RegistrationBody;
  before(async () => {
    company = await registerMember(app, { name: 'Laser GmbH', country: 'DE' });
    investor = await registerMember(app, { name: 'Mekong Capital', country: 'VN' });
    const third = await registerMember(app, { country: 'FR' });
    waiting = await registerMember(app, { country: 'JP' });
    rc = await register(company, event.id);
    ri = await register(investor, event.id, { participantType: 'investor' });
    await register(third, event.id);
    rw = await register(waiting, event.id);
    assert.equal(rw.status, 'waitlisted');
  });

  test('checks a participant in once per local day of the event; a second scan that day answers alreadyCheckedIn', async () => {
    const first = await scan(organiser, { ticketCode: rc.ticketCode });
    expectStatus(first, 200);
    assert.equal(first.body.alreadyCheckedIn, false);
    assert.equal(first.body.day, '2026-11-21');
    assert.deepEqual(
      { ...first.body.participant, checkedInAt: null },
      { registrationId: rc.id, displayName: 'Test User', organisationName: 'Laser GmbH', participantType: 'company', country: 'DE', languages: ['en'], interpreterNeeds: null, status: 'confirmed', checkedInAt: null },
    );
    assert.equal(first.body.participant.checkedInAt, '2026-11-21T09:00:00.000Z');

    app.clock.advanceDays(1 / 24);
    const again = await scan(coOrganiser, { ticketCode: ` ${rc.ticketCode} ` });
    expectStatus(again, 200);
    assert.equal(again.body.alreadyCheckedIn, true);
    assert.equal(again.body.participant.checkedInAt, '2026-11-21T09:00:00.000Z', 'the first scan is kept');

    // 20:00 UTC is already 04:00 on the 22nd in Shanghai: a new day of the event.
    app.clock.advanceDays(10 / 24);
    const nextDay = await scan(organiser, { ticketCode: rc.ticketCode });
    expectStatus(nextDay, 200);
    assert.equal(nextDay.body.alreadyCheckedIn, false);
    assert.equal(nextDay.body.day, '2026-11-22');
  });

  test('staff may check a participant in by hand by registration id', async () => {
    const res = await scan(coOrganiser, { registrationId: ri.id });
    expectStatus(res, 200);
    assert.equal(res.body.participant.participantType, 'investor');
    expectError(await scan(organiser, { registrationId: '00000000-0000-4000-8000-000000000000' }), 404, 'REGISTRATION_NOT_FOUND');
  });

  test('refuses unknown codes (404 TICKET_INVALID) and registrations that are not confirmed (409 with the status)', async () => {
    expectError(await scan(organiser, { ticketCode: 'not-a-real-ticket-code-at-all' }), 404, 'TICKET_INVALID');
    expectError(await scan(organiser, {}), 400, 'VALIDATION_FAILED');
    const byHand = await scan(organiser, { registrationId: rw.id });
    expectError(byHand, 409, 'INVALID_TRANSITION');
    assert.deepEqual(errorDetails(byHand), { status: 'waitlisted', action: 'checkIn' });

    const other = await createEvent(app, organiser);
    const elsewhere = await organiser.client.post(`/api/events/${other.id}/check-in`, { ticketCode: rc.ticketCode });
    expectError(elsewhere, 404, 'TICKET_INVALID');
  });

  test('a cancelled ticket is refused with 409 and its status', async () => {
    const leaver = await registerMember(app, { country: 'KR' });
    const other = await createEvent(app, organiser);
    const reg = await register(leaver, other.id);
    expectStatus(await leaver.client.post(`/api/events/${other.id}/registrations/${reg.id}/cancel`, {}), 200);
    const res = await organiser.client.post(`/api/events/${other.id}/check-in`, { ticketCode: reg.ticketCode });
    expectError(res, 409, 'INVALID_TRANSITION');
    assert.deepEqual(errorDetails(res), { status: 'cancelled', action: 'checkIn' });
  });

  test('only event staff check in: participants get 403, anonymous 401', async () => {
    expectError(await scan(company, { ticketCode: ri.ticketCode }), 403, 'FORBIDDEN');
    expectError(await app.client().post(`/api/events/${event.id}/check-in`, { ticketCode: ri.ticketCode }), 401, 'UNAUTHENTICATED');
    expectError(await company.client.get(`/api/events/${event.id}/attendance`), 403, 'FORBIDDEN');
    expectError(await app.client().get(`/api/events/${event.id}/attendance`), 401, 'UNAUTHENTICATED');
  });

  test('attendance counts participants per day and per participant type', async () => {
    const res = await organiser.client.get<AttendanceBody>(`/api/events/${event.id}/attendance`);
    expectStatus(res, 200);
    assert.equal(res.body.confirmed, 3);
    assert.equal(res.body.checkedIn, 2);
    assert.deepEqual(res.body.days, [
      { day: '2026-11-21', count: 1, byParticipantType: { company: 1 } },
      { day: '2026-11-22', count: 2, byParticipantType: { company: 1, investor: 1 } },
    ]);
    assert.deepEqual(res.body.byParticipantType, { company: 1, investor: 1 });
    const companyRow = res.body.items.find((i) => i.participant.registrationId === rc.id);
    assert.deepEqual(companyRow?.days, ['2026-11-21', '2026-11-22']);
    const staff = await organiser.client.get<{ items: RegistrationBody[] }>(`/api/events/${event.id}/registrations?status=confirmed`);
    assert.ok(staff.body.items.find((r) => r.id === rc.id)?.checkedInAt, 'the staff list shows who came');
  });
});
