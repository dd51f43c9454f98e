import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';
import { register, type RegistrationBody } from '../helpers/registrations.js';

interface RoomBody {
  id: string;
  name: string;
  capacity: number | null;
  position: number;
}

interface SessionBody {
  id: string;
  kind: string;
  title: Record<string, string>;
  track: string | null;
  roomId: string | null;
  day: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  people: Array<{ role: string; name: string; organisation?: string }>;
  capacity: number | null;
  effectiveCapacity: number | null;
  attendeeCount: number;
  placesLeft: number | null;
  attending: boolean;
  streamed: boolean;
  onlineViewers: number | null;
  version: number;
  conflicts: Array<{ sessionId: string; start: string; end: string }>;
}

interface ProgrammeBody {
  event: EventBody;
  days: string[];
  rooms: RoomBody[];
  sessions: SessionBody[];
  abilities: { manageProgramme: boolean; signUp: boolean };
}

let app: TestApp;
let organiser: Member;
let partner: Member;
let stranger: Member;
before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Yangtze River Delta Innovation Centre', country: 'CN', type: 'government_agency' });
  partner = await registerMember(app, { name: 'Fraunhofer Representative Office', country: 'DE' });
  stranger = await registerMember(app, { name: 'Somebody Else', country: 'VN' });
});
after(() => app.shutdown());

/** A two-day open day in Shanghai (UTC+8), 2026-12-03 and -04. */
const openDay = { kind: 'open_day', startsOn: '2026-12-03', endsOn: '2026-12-04', timeZone: 'Asia/Shanghai' } as const;

async function addRoom(member: Member, eventId: string, name: string, capacity?: number): Promise<RoomBody> {
  const res = await member.client.post<RoomBody>(`/api/events/${eventId}/rooms`, { name, ...(capacity ? { capacity } : {}) });
  expectStatus(res, 201);
  return res.body;
}

function sessionInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'keynote',
    title: { en: 'Open innovation practice of partners', 'zh-Hans': '合作伙伴开放创新实践' },
    day: '2026-12-03',
    start: '09:30',
    end: '10:15',
    ...overrides,
  };
}

async function addSession(member: Member, eventId: string, overrides: Record<string, unknown> = {}): Promise<SessionBody> {
  const res = await member.client.post<SessionBody>(`/api/events/${eventId}/sessions`, sessionInput(overrides));
  expectStatus(res, 201);
  return res.body;
}

/** A member of a new organisation registered for the event (confirmed on an open event with places). */
async function participant(eventId: string): Promise<Member & { registration: RegistrationBody }> {
  const member = await registerMember(app, { name: `Participant ${randomBytes(2).toString('hex')}`, country: 'DE' });
  return { ...member, registration: await register(member, eventId, { participantType: 'research_institute', languages: ['de', 'en'] }) };
}

async function programmeOf(member: Member | null, eventId: string, query = ''): Promise<ProgrammeBody> {
  const res = await (member?.client ?? app.client()).get<ProgrammeBody>(`/api/events/${eventId}/programme${query}`);
  expectStatus(res, 200);
  return res.body;
}

describe('rooms', () => {
  test('organisers add, rename and order rooms; a room name is unique in the event', async () => {
    const event = await createEvent(app, organiser, openDay);
    const hallA = await addRoom(organiser, event.id, 'Hall A', 300);
    const hallB = await addRoom(organiser, event.id, '会议室 B');
    assert.deepEqual([hallA.position, hallB.position], [0, 1]);
    assert.equal(hallB.capacity, null);
    expectError(await organiser.client.post(`/api/events/${event.id}/rooms`, { name: ' hall a ' }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(`/api/events/${event.id}/rooms`, { name: '' }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(`/api/events/${event.id}/rooms`, { name: 'Hall C', capacity: -5 }), 400, 'VALIDATION_FAILED');

    const moved = await organiser.client.patch<RoomBody>(`/api/events/${event.id}/rooms/${hallB.id}`, { position: 0, capacity: 40 });
    expectStatus(moved, 200);
    assert.equal(moved.body.capacity, 40);
    expectStatus(await organiser.client.patch(`/api/events/${event.id}/rooms/${hallA.id}`, { position: 1 }), 200);
    const list = await app.client().get<{ items: RoomBody[] }>(`/api/events/${event.id}/rooms`);
    expectStatus(list, 200);
    assert.deepEqual(list.body.items.map((r) => r.name), ['会议室 B', 'Hall A']);
    expectError(await organiser.client.patch(`/api/events/${event.id}/rooms/${hallB.id}`, { name: 'HALL A' }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.patch(`/api/events/${event.id}/rooms/${randomUUID()}`, { name: 'Nowhere' }), 404, 'ROOM_NOT_FOUND');
  });

  test('only organisers and co-organisers manage rooms: 401, 403, 404 for an invisible draft', async () => {
    const event = await createEvent(app, organiser, openDay);
    expectError(await app.client().post(`/api/events/${event.id}/rooms`, { name: 'Hall A' }), 401, 'UNAUTHENTICATED');
    expectError(await stranger.client.post(`/api/events/${event.id}/rooms`, { name: 'Hall A' }), 403, 'FORBIDDEN');
    expectStatus(await organiser.client.put(`/api/events/${event.id}/organisers`, { organisationId: partner.organisationId, role: 'co_organiser' }), 200);
    await addRoom(partner, event.id, 'Partner lounge');
    const draft = await createEvent(app, organiser, openDay, false);
    expectError(await stranger.client.post(`/api/events/${draft.id}/rooms`, { name: 'Hall A' }), 404, 'EVENT_NOT_FOUND');
    expectError(await stranger.client.get(`/api/events/${draft.id}/rooms`), 404, 'EVENT_NOT_FOUND');
  });

  test('deleting a room keeps its sessions in the programme without a room', async () => {
    const event = await createEvent(app, organiser, openDay);
    const room = await addRoom(organiser, event.id, 'Hall A');
    const session = await addSession(organiser, event.id, { roomId: room.id });
    expectError(await stranger.client.delete(`/api/events/${event.id}/rooms/${room.id}`), 403, 'FORBIDDEN');
    expectStatus(await organiser.client.delete(`/api/events/${event.id}/rooms/${room.id}`), 204);
    expectError(await organiser.client.delete(`/api/events/${event.id}/rooms/${room.id}`), 404, 'ROOM_NOT_FOUND');
    const programme = await programmeOf(null, event.id);
    assert.deepEqual(programme.rooms, []);
    assert.deepEqual(programme.sessions.map((s) => [s.id, s.roomId]), [[session.id, null]]);
  });
});

describe('sessions', () => {
  test('local day and times are read in the event time zone and answered both ways', async () => {
    const event = await createEvent(app, organiser, openDay);
    const room = await addRoom(organiser, event.id, 'Hall A');
    const session = await addSession(organiser, event.id, {
      kind: 'panel',
      roomId: room.id,
      track: 'biomedicine',
      day: '2026-12-04',
      start: '14:00',
      end: '15:30',
      people: [
        { role: 'moderator', name: '王晓明', organisation: '长三角国家技术创新中心' },
        { role: 'panellist', name: ' Dr. Jonas Weber ', organisation: 'Bayer AG' },
      ],
      capacity: 120,
      streamed: true,
    });
    assert.equal(session.startsAt, '2026-12-04T06:00:00.000Z');
    assert.equal(session.endsAt, '2026-12-04T07:30:00.000Z');
    assert.deepEqual([session.day, session.start, session.end], ['2026-12-04', '14:00', '15:30']);
    assert.equal(session.track, 'biomedicine');
    assert.deepEqual(session.people[1], { role: 'panellist', name: 'Dr. Jonas Weber', organisation: 'Bayer AG' });
    assert.deepEqual([session.capacity, session.attendeeCount, session.placesLeft, session.streamed, session.version], [120, 0, 120, true, 1]);
    assert.deepEqual(session.conflicts, []);
    const audit = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, event.id), eq(auditLog.action, 'event.session_created')));
    assert.deepEqual(audit.map((a) => a.details), [{ sessionId: session.id }]);
  });

  test('local times across a daylight-saving change map to the right instants (Europe/Berlin, 25 Oct 2026)', async () => {
    const event = await createEvent(app, organiser, { kind: 'roadshow', startsOn: '2026-10-24', endsOn: '2026-10-25', timeZone: 'Europe/Berlin' });
    const summer = await addSession(organiser, event.id, { day: '2026-10-24', start: '09:00', end: '10:00' });
    const winter = await addSession(organiser, event.id, { day: '2026-10-25', start: '09:00', end: '10:00' });
    assert.equal(summer.startsAt, '2026-10-24T07:00:00.000Z');
    assert.equal(winter.startsAt, '2026-10-25T08:00:00.000Z');
    assert.deepEqual([winter.day, winter.start], ['2026-10-25', '09:00']);
  });

  test('rejects sessions outside the event days, ending before they start, in a foreign room or without a default-language title', async () => {
    const event = await createEvent(app, organiser, openDay);
    const other = await createEvent(app, organiser, openDay);
    const foreignRoom = await addRoom(organiser, other.id, 'Hall Z');
    const url = `/api/events/${event.id}/sessions`;
    expectError(await organiser.client.post(url, sessionInput({ day: '2026-12-05' })), 400, 'SESSION_OUTSIDE_EVENT');
    expectError(await organiser.client.post(url, sessionInput({ day: '2026-12-02' })), 400, 'SESSION_OUTSIDE_EVENT');
    expectError(await organiser.client.post(url, sessionInput({ start: '10:00', end: '10:00' })), 400, 'INVALID_RANGE');
    expectError(await organiser.client.post(url, sessionInput({ start: '11:00', end: '10:00' })), 400, 'INVALID_RANGE');
    expectError(await organiser.client.post(url, sessionInput({ roomId: foreignRoom.id })), 404, 'ROOM_NOT_FOUND');
    expectError(await organiser.client.post(url, sessionInput({ title: { de: 'Nur deutsch' } })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(url, sessionInput({ start: '9:30' })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(url, sessionInput({ start: '24:00' })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(url, sessionInput({ kind: 'party' })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(url, sessionInput({ startsAt: '2026-12-03T01:30:00Z' })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(url, sessionInput({ people: [{ role: 'speaker', name: 'A', delegationId: randomUUID() }] })), 404, 'DELEGATION_NOT_FOUND');
    expectError(await organiser.client.post(url, sessionInput({ people: [{ role: 'host', name: 'A' }] })), 400, 'VALIDATION_FAILED');
    expectError(await stranger.client.post(url, sessionInput()), 403, 'FORBIDDEN');
    expectError(await app.client().post(url, sessionInput()), 401, 'UNAUTHENTICATED');
    assert.deepEqual((await programmeOf(null, event.id)).sessions, []);
  });

  test('warns about a room double-booking without refusing it; back-to-back sessions do not conflict', async () => {
    const event = await createEvent(app, organiser, openDay);
    const hallA = await addRoom(organiser, event.id, 'Hall A');
    const hallB = await addRoom(organiser, event.id, 'Hall B');
    const keynote = await addSession(organiser, event.id, { roomId: hallA.id, start: '09:00', end: '10:00' });
    const next = await addSession(organiser, event.id, { roomId: hallA.id, start: '10:00', end: '10:30' });
    assert.deepEqual(next.conflicts, []);
    const elsewhere = await addSession(organiser, event.id, { roomId: hallB.id, start: '09:30', end: '10:30' });
    assert.deepEqual(elsewhere.conflicts, []);
    const clash = await addSession(organiser, event.id, { kind: 'signing_ceremony', roomId: hallA.id, start: '09:45', end: '10:15' });
    assert.deepEqual(
      clash.conflicts.map((c) => [c.sessionId, c.start, c.end]),
      [
        [keynote.id, '09:00', '10:00'],
        [next.id, '10:00', '10:30'],
      ],
    );
    const programme = await programmeOf(organiser, event.id);
    assert.deepEqual(programme.sessions.find((s) => s.id === keynote.id)?.conflicts.map((c) => c.sessionId), [clash.id]);

    const moved = await organiser.client.patch<SessionBody>(`/api/events/${event.id}/sessions/${clash.id}`, { version: clash.version, roomId: hallB.id, start: '11:00', end: '11:30' });
    expectStatus(moved, 200);
    assert.deepEqual(moved.body.conflicts, []);
  });

  test('edits need the current version; a stale one gets 409 with the current version', async () => {
    const event = await createEvent(app, organiser, openDay);
    const session = await addSession(organiser, event.id);
    const url = `/api/events/${event.id}/sessions/${session.id}`;
    const ok = await organiser.client.patch<SessionBody>(url, { version: session.version, start: '09:00', title: { en: 'Keynote: global innovation partners', de: 'Keynote' } });
    expectStatus(ok, 200);
    assert.deepEqual([ok.body.day, ok.body.start, ok.body.end, ok.body.version], ['2026-12-03', '09:00', '10:15', 2]);
    assert.equal(ok.body.title.de, 'Keynote');
    const stale = await organiser.client.patch(url, { version: session.version, kind: 'dialogue' });
    expectError(stale, 409, 'VERSION_CONFLICT');
    assert.deepEqual((stale.body as { error: { details: unknown } }).error.details, { currentVersion: 2 });
    expectError(await organiser.client.patch(url, { version: 2, end: '08:30' }), 400, 'INVALID_RANGE');
    expectError(await organiser.client.patch(url, { version: 2, day: '2027-01-01' }), 400, 'SESSION_OUTSIDE_EVENT');
    expectError(await organiser.client.patch(url, { version: 2 }), 400, 'VALIDATION_FAILED');
    expectError(await stranger.client.patch(url, { version: 2, kind: 'dialogue' }), 403, 'FORBIDDEN');
    expectError(await organiser.client.patch(`/api/events/${event.id}/sessions/${randomUUID()}`, { version: 1, kind: 'dialogue' }), 404, 'EVENT_SESSION_NOT_FOUND');

    expectError(await stranger.client.delete(url), 403, 'FORBIDDEN');
    expectStatus(await organiser.client.delete(url), 204);
    expectError(await organiser.client.delete(url), 404, 'EVENT_SESSION_NOT_FOUND');
    expectError(await app.client().get(url), 404, 'EVENT_SESSION_NOT_FOUND');
  });

  test('a cancelled event keeps its programme readable but closed to edits', async () => {
    const event = await createEvent(app, organiser, openDay);
    const session = await addSession(organiser, event.id);
    expectStatus(await organiser.client.post(`/api/events/${event.id}/cancel`), 200);
    expectError(await organiser.client.post(`/api/events/${event.id}/sessions`, sessionInput()), 409, 'INVALID_TRANSITION');
    expectError(await organiser.client.post(`/api/events/${event.id}/rooms`, { name: 'Hall A' }), 409, 'INVALID_TRANSITION');
    const programme = await programmeOf(null, event.id);
    assert.deepEqual(programme.sessions.map((s) => s.id), [session.id]);
    assert.equal(programme.abilities.manageProgramme, false);
  });
});

describe('the programme', () => {
  test('shows the event, its days, rooms and sessions in time order to anyone who can see the event; ?day narrows', async () => {
    const draft = await createEvent(app, organiser, openDay, false);
    const room = await addRoom(organiser, draft.id, 'Hall A');
    const late = await addSession(organiser, draft.id, { day: '2026-12-04', start: '09:00', end: '10:00', roomId: room.id });
    const early = await addSession(organiser, draft.id, { kind: 'country_presentation', start: '09:00', end: '09:20', track: 'Canada' });
    expectError(await app.client().get(`/api/events/${draft.id}/programme`), 404, 'EVENT_NOT_FOUND');
    const own = await programmeOf(organiser, draft.id);
    assert.equal(own.abilities.manageProgramme, true);

    expectStatus(await organiser.client.post(`/api/events/${draft.id}/publish`), 200);
    const seen = await programmeOf(null, draft.id);
    assert.equal(seen.event.id, draft.id);
    assert.deepEqual(seen.days, ['2026-12-03', '2026-12-04']);
    assert.deepEqual(seen.rooms.map((r) => r.name), ['Hall A']);
    assert.deepEqual(seen.sessions.map((s) => s.id), [early.id, late.id]);
    assert.deepEqual(seen.abilities, { manageProgramme: false, signUp: false });
    assert.equal(seen.event.abilities.edit, false);
    const dayTwo = await programmeOf(null, draft.id, '?day=2026-12-04');
    assert.deepEqual(dayTwo.sessions.map((s) => s.id), [late.id]);
    expectError(await app.client().get(`/api/events/${draft.id}/programme?day=4.12.2026`), 400, 'VALIDATION_FAILED');
    expectError(await app.client().get(`/api/events/${randomUUID()}/programme`), 404, 'EVENT_NOT_FOUND');
    const one = await app.client().get<SessionBody>(`/api/events/${draft.id}/sessions/${early.id}`);
    expectStatus(one, 200);
    assert.equal(one.body.track, 'Canada');
  });
});

describe('session sign-up', () => {
  test('a confirmed participant signs up (twice is once) and withdraws; others get 401 or NOT_A_PARTICIPANT', async () => {
    const event = await createEvent(app, organiser, { ...openDay, registrationMode: 'approval' });
    const session = await addSession(organiser, event.id, { kind: 'workshop', capacity: 30 });
    const url = `/api/events/${event.id}/sessions/${session.id}/attendance`;
    expectError(await app.client().post(url), 401, 'UNAUTHENTICATED');
    expectError(await stranger.client.post(url), 409, 'NOT_A_PARTICIPANT');
    const anna = await participant(event.id);
    assert.equal(anna.registration.status, 'pending');
    expectError(await anna.client.post(url), 409, 'NOT_A_PARTICIPANT');
    assert.equal((await programmeOf(anna, event.id)).abilities.signUp, false);
    expectStatus(await organiser.client.post(`/api/events/${event.id}/registrations/${anna.registration.id}/approve`, {}), 200);
    assert.equal((await programmeOf(anna, event.id)).abilities.signUp, true);
    const signed = await anna.client.post<SessionBody>(url);
    expectStatus(signed, 200);
    assert.deepEqual([signed.body.attending, signed.body.attendeeCount, signed.body.placesLeft], [true, 1, 29]);
    const again = await anna.client.post<SessionBody>(url);
    expectStatus(again, 200);
    assert.equal(again.body.attendeeCount, 1);
    const programme = await programmeOf(anna, event.id);
    assert.equal(programme.sessions[0]?.attending, true);
    assert.equal((await programmeOf(null, event.id)).sessions[0]?.attending, false);

    const withdrawn = await anna.client.delete<SessionBody>(url);
    expectStatus(withdrawn, 200);
    assert.deepEqual([withdrawn.body.attending, withdrawn.body.attendeeCount], [false, 0]);
    expectStatus(await anna.client.delete(url), 200);
    expectError(await stranger.client.delete(url), 409, 'NOT_A_PARTICIPANT');
    expectError(await anna.client.post(`/api/events/${event.id}/sessions/${randomUUID()}/attendance`), 404, 'EVENT_SESSION_NOT_FOUND');
  });

  test('refuses a sign-up beyond capacity with 409 SESSION_FULL; a withdrawal or cancelled registration frees the place', async () => {
    const event = await createEvent(app, organiser, openDay);
    const session = await addSession(organiser, event.id, { kind: 'visit', capacity: 1 });
    const url = `/api/events/${event.id}/sessions/${session.id}/attendance`;
    const first = await participant(event.id);
    const second = await participant(event.id);
    expectStatus(await first.client.post(url), 200);
    const full = await second.client.post(url);
    expectError(full, 409, 'SESSION_FULL');
    assert.deepEqual((full.body as { error: { details: unknown } }).error.details, { capacity: 1 });
    expectStatus(await first.client.delete(url), 200);
    expectStatus(await second.client.post(url), 200);

    // A registration cancelled later no longer holds its seat.
    expectStatus(await second.client.post(`/api/events/${event.id}/registrations/${second.registration.id}/cancel`, {}), 200);
    const freed = await first.client.post<SessionBody>(url);
    expectStatus(freed, 200);
    assert.equal(freed.body.attendeeCount, 1);
  });

  test('a session without its own capacity is limited by its room', async () => {
    const event = await createEvent(app, organiser, openDay);
    const room = await addRoom(organiser, event.id, 'Small meeting room', 1);
    const session = await addSession(organiser, event.id, { kind: 'workshop', roomId: room.id });
    assert.deepEqual([session.capacity, session.effectiveCapacity], [null, 1]);
    const url = `/api/events/${event.id}/sessions/${session.id}/attendance`;
    expectStatus(await (await participant(event.id)).client.post(url), 200);
    expectError(await (await participant(event.id)).client.post(url), 409, 'SESSION_FULL');
    const unlimited = await addSession(organiser, event.id, { kind: 'networking' });
    assert.equal(unlimited.effectiveCapacity, null);
    expectStatus(await (await participant(event.id)).client.post(`/api/events/${event.id}/sessions/${unlimited.id}/attendance`), 200);
  });

  test('no sign-ups for a cancelled event', async () => {
    const event = await createEvent(app, organiser, openDay);
    const session = await addSession(organiser, event.id);
    const anna = await participant(event.id);
    expectStatus(await organiser.client.post(`/api/events/${event.id}/cancel`), 200);
    expectError(await anna.client.post(`/api/events/${event.id}/sessions/${session.id}/attendance`), 409, 'INVALID_TRANSITION');
    assert.equal((await programmeOf(anna, event.id)).abilities.signUp, false);
  });
});

describe('online viewers', () => {
  test('organisers record the viewer figure of a streamed session without changing its version', async () => {
    const event = await createEvent(app, organiser, openDay);
    const streamed = await addSession(organiser, event.id, { streamed: true });
    const onSite = await addSession(organiser, event.id, { start: '11:00', end: '12:00' });
    const url = `/api/events/${event.id}/sessions/${streamed.id}/online-viewers`;
    expectError(await app.client().put(url, { count: 60000 }), 401, 'UNAUTHENTICATED');
    expectError(await stranger.client.put(url, { count: 60000 }), 403, 'FORBIDDEN');
    expectError(await organiser.client.put(url, { count: -1 }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.put(`/api/events/${event.id}/sessions/${onSite.id}/online-viewers`, { count: 5 }), 409, 'INVALID_TRANSITION');
    expectError(await organiser.client.put(`/api/events/${event.id}/sessions/${randomUUID()}/online-viewers`, { count: 5 }), 404, 'EVENT_SESSION_NOT_FOUND');
    const recorded = await organiser.client.put<SessionBody>(url, { count: 60000 });
    expectStatus(recorded, 200);
    assert.deepEqual([recorded.body.onlineViewers, recorded.body.version], [60000, streamed.version]);
    const edited = await organiser.client.patch<SessionBody>(`/api/events/${event.id}/sessions/${streamed.id}`, { version: streamed.version, capacity: 500 });
    expectStatus(edited, 200);
    assert.deepEqual([edited.body.streamed, edited.body.onlineViewers], [true, 60000], 'a patch leaves fields it does not name alone');
  });
});
