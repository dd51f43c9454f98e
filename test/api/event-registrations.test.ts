import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import QRCode from 'qrcode';
import { parse as parseCsv } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';
import { createListing, needInput, offerInput, uniqueEmail } from '../helpers/factories.js';
import { detailPaths, errorDetails, mailTo, postRegistration, register, type RegistrationBody } from '../helpers/registrations.js';

let app: TestApp;
let organiser: Member;
before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Beijing S&T Commission', country: 'CN', type: 'government_agency' });
});
after(() => app.shutdown());

const member = (country = 'DE') => registerMember(app, { country });
const me = (m: Member, eventId: string) => m.client.get<RegistrationBody>(`/api/events/${eventId}/registrations/me`);
const cancel = (c: Member, eventId: string, registrationId: string, body: Record<string, unknown> = {}) =>
  c.client.post<RegistrationBody>(`/api/events/${eventId}/registrations/${registrationId}/cancel`, body);

describe('registering', () => {
  test('confirms a registration in an open event with a ticket, and mails the ticket code and link', async () => {
    const event = await createEvent(app, organiser);
    const alice = await member('DE');
    const reg = await register(alice, event.id, { languages: ['de', 'en'], interpreterNeeds: 'German–Chinese' });
    assert.equal(reg.status, 'confirmed');
    assert.equal(reg.country, 'DE', "the country defaults to the organisation's");
    assert.equal(reg.displayName, 'Test User');
    assert.match(reg.organisationName ?? '', /^Org /);
    assert.match(reg.ticketCode ?? '', /^[A-Za-z0-9_-]{22,}$/, 'at least 128 bits, base64url');
    assert.match(reg.calendarFeedPath ?? '', /^\/api\/calendar\/[A-Za-z0-9_-]{22,}\.ics$/);
    assert.equal(reg.email, alice.email);
    assert.deepEqual(reg.abilities, { edit: true, cancel: true, approve: false, decline: false, showTicket: true });

    const mails = await mailTo(app, alice.email);
    assert.equal(mails.length, 1);
    const mail = mails[0];
    assert.ok(mail);
    assert.equal(mail.subject, 'Innox: your registration for "Sino-German matchmaking day" is confirmed');
    assert.ok(mail.text.includes(`http://innox.test/events/${event.id}/ticket`), mail.text);
    assert.ok(mail.text.includes(reg.ticketCode ?? '-'), 'the mail carries the ticket code');

    const again = await me(alice, event.id);
    expectStatus(again, 200);
    assert.equal(again.body.ticketCode, reg.ticketCode);
  });

  test('the QR ticket is an SVG of the ticket code, for confirmed registrations only', async () => {
    const event = await createEvent(app, organiser, { capacity: 1 });
    const first = await member();
    const second = await member();
    const confirmed = await register(first, event.id);
    const waiting = await register(second, event.id);
    assert.equal(waiting.status, 'waitlisted');
    assert.equal(waiting.ticketCode, null, 'no ticket code is shown before a place is confirmed');

    const svg = await first.client.get(`/api/events/${event.id}/registrations/me/ticket.svg`);
    expectStatus(svg, 200);
    assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
    assert.equal(svg.headers['cache-control'], 'private, no-store');
    const expected = await QRCode.toString(confirmed.ticketCode ?? '', { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    assert.equal(svg.raw.body, expected);

    const refused = await second.client.get(`/api/events/${event.id}/registrations/me/ticket.svg`);
    expectError(refused, 409, 'INVALID_TRANSITION');
    assert.deepEqual(errorDetails(refused), { status: 'waitlisted', action: 'showTicket' });
    expectError(await app.client().get(`/api/events/${event.id}/registrations/me/ticket.svg`), 401, 'UNAUTHENTICATED');
    expectError(await organiser.client.get(`/api/events/${event.id}/registrations/me/ticket.svg`), 404, 'REGISTRATION_NOT_FOUND');
  });

  test('one registration per person: a second is 409 ALREADY_REGISTERED; after cancelling one may register again with a new ticket', async () => {
    const event = await createEvent(app, organiser);
    const bob = await member();
    const first = await register(bob, event.id);
    const twice = await postRegistration(bob, event.id);
    expectError(twice, 409, 'ALREADY_REGISTERED');
    assert.deepEqual(errorDetails(twice), { registrationId: first.id, status: 'confirmed' });

    const cancelled = await bob.client.request<RegistrationBody>('POST', `/api/events/${event.id}/registrations/${first.id}/cancel`);
    expectStatus(cancelled, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.ticketCode, null);
    expectError(await cancel(bob, event.id, first.id), 409, 'INVALID_TRANSITION');

    const renewed = await register(bob, event.id);
    assert.equal(renewed.id, first.id, 'the registration is reused');
    assert.equal(renewed.status, 'confirmed');
    assert.notEqual(renewed.ticketCode, first.ticketCode, 'the old ticket stays void');
    assert.notEqual(renewed.calendarFeedPath, first.calendarFeedPath);
    const subjects = (await mailTo(app, bob.email)).map((m) => m.subject);
    assert.deepEqual(subjects, [
      'Innox: your registration for "Sino-German matchmaking day" is confirmed',
      'Innox: your registration for "Sino-German matchmaking day" is cancelled',
      'Innox: your registration for "Sino-German matchmaking day" is confirmed',
    ]);
  });

  test('registration needs a login, a published event with registration open, and the deadline not passed', async () => {
    const open = await createEvent(app, organiser);
    const carol = await member();
    expectError(await app.client().post(`/api/events/${open.id}/registrations`, { participantType: 'company', country: 'DE' }), 401, 'UNAUTHENTICATED');

    const closedMode = await createEvent(app, organiser, { registrationMode: 'closed' });
    expectError(await postRegistration(carol, closedMode.id), 409, 'REGISTRATION_CLOSED');

    const deadlinePassed = await createEvent(app, organiser, { registrationClosesAt: '2026-11-20T23:59:59Z' });
    expectError(await postRegistration(carol, deadlinePassed.id), 409, 'REGISTRATION_CLOSED');

    const past = await createEvent(app, organiser, { startsOn: '2026-11-01', endsOn: '2026-11-02' });
    expectError(await postRegistration(carol, past.id), 409, 'REGISTRATION_CLOSED');

    const draft = await createEvent(app, organiser, {}, false);
    expectError(await postRegistration(carol, draft.id), 404, 'EVENT_NOT_FOUND');
    expectError(await me(carol, open.id), 404, 'REGISTRATION_NOT_FOUND');
  });
});

describe('the registration form', () => {
  let event: EventBody;
  let dora: Member;
  let own: { id: string };
  let ownDraft: { id: string };
  let foreign: { id: string };
  let foreignDraft: { id: string };
  before(async () => {
    event = await createEvent(app, organiser, {
      registrationForm: {
        participantTypes: ['company', 'investor'],
        requireOrganisation: true,
        askOffersAndSeeks: true,
        askInterpreter: false,
        questions: [
          { id: 'topic', kind: 'text', label: { en: 'Your topic' }, required: true },
          { id: 'lunch', kind: 'choice', label: { en: 'Lunch' }, options: [{ value: 'veg', label: { en: 'Vegetarian' } }, { value: 'meat', label: { en: 'Meat' } }], required: false },
          { id: 'interests', kind: 'multi_choice', label: { en: 'Interests' }, options: [{ value: 'ai', label: { en: 'AI' } }, { value: 'bio', label: { en: 'Bio' } }], required: false },
          { id: 'photo', kind: 'yes_no', label: { en: 'Photos of you may be published' }, required: true },
        ],
      },
    });
    dora = await member('FR');
    const stranger = await member('VN');
    own = await createListing(app, dora, offerInput(), true);
    ownDraft = await createListing(app, dora, offerInput({ title: 'Unfinished draft of a laser process' }));
    foreign = await createListing(app, stranger, needInput(), true);
    foreignDraft = await createListing(app, stranger, needInput({ title: '未发布的需求草稿' }));
  });

  const valid = () => ({ participantType: 'company', organisationId: dora.organisationId, answers: { topic: 'Laser welding', photo: false } });

  test('rejects each field that does not fit the form with 400 REGISTRATION_FORM_INVALID and its path, storing nothing', async () => {
    const post = (body: Record<string, unknown>) => dora.client.post(`/api/events/${event.id}/registrations`, body);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...valid(), participantType: 'media' }, ['/participantType']],
      [{ ...valid(), organisationId: undefined, country: 'FR' }, ['/organisationId']],
      [{ ...valid(), organisationId: organiser.organisationId }, ['/organisationId']],
      [{ ...valid(), interpreterNeeds: 'French' }, ['/interpreterNeeds']],
      [{ ...valid(), answers: {} }, ['/answers/photo', '/answers/topic']],
      [{ ...valid(), answers: { ...valid().answers, topic: '   ' } }, ['/answers/topic']],
      [{ ...valid(), answers: { ...valid().answers, lunch: 'fish' } }, ['/answers/lunch']],
      [{ ...valid(), answers: { ...valid().answers, interests: ['ai', 'space'] } }, ['/answers/interests']],
      [{ ...valid(), answers: { ...valid().answers, interests: 'ai' } }, ['/answers/interests']],
      [{ ...valid(), answers: { ...valid().answers, photo: 'yes' } }, ['/answers/photo']],
      [{ ...valid(), answers: { ...valid().answers, shoe_size: '42' } }, ['/answers/shoe_size']],
      [{ ...valid(), offerListingIds: [foreign.id] }, ['/offerListingIds/0']],
      [{ ...valid(), offerListingIds: [own.id, ownDraft.id] }, ['/offerListingIds/1']],
      [{ ...valid(), seekListingIds: [foreignDraft.id] }, ['/seekListingIds/0']],
    ];
    for (const [body, paths] of cases) {
      const res = await post(body);
      expectError(res, 400, 'REGISTRATION_FORM_INVALID');
      assert.deepEqual(detailPaths(res), paths, JSON.stringify(body));
    }
    expectError(await post({ ...valid(), participantType: 'alien' }), 400, 'VALIDATION_FAILED');
    expectError(await post({ ...valid(), country: 'Germany' }), 400, 'VALIDATION_FAILED');
    expectError(await post({ ...valid(), country: 'XX' }), 400, 'UNKNOWN_COUNTRY');
    expectError(await post({ ...valid(), languages: ['not a language'] }), 400, 'VALIDATION_FAILED');
    expectError(await me(dora, event.id), 404, 'REGISTRATION_NOT_FOUND');
  });

  test('accepts a registration that fits, keeping answers, listings and the organisation name', async () => {
    const res = await dora.client.post<RegistrationBody>(`/api/events/${event.id}/registrations`, {
      ...valid(),
      participantType: 'investor',
      country: 'DE',
      languages: ['fr', 'en'],
      offerListingIds: [own.id],
      seekListingIds: [foreign.id],
      answers: { topic: '  Laser welding  ', photo: true, lunch: 'veg', interests: ['bio', 'ai'] },
    });
    expectStatus(res, 201);
    assert.equal(res.body.participantType, 'investor');
    assert.equal(res.body.country, 'DE', 'an explicit country wins over the organisation country');
    assert.deepEqual(res.body.answers, { topic: 'Laser welding', photo: true, lunch: 'veg', interests: ['bio', 'ai'] });
    assert.deepEqual(res.body.offerListingIds, [own.id]);
    assert.deepEqual(res.body.seekListingIds, [foreign.id]);
  });

  test('participants edit their own answers and listings with the current version; a stale one gets 409', async () => {
    const current = (await me(dora, event.id)).body;
    const edited = await dora.client.patch<RegistrationBody>(`/api/events/${event.id}/registrations/me`, {
      version: current.version,
      languages: ['fr'],
      answers: { topic: 'Battery trays', photo: false },
      seekListingIds: [],
    });
    expectStatus(edited, 200);
    assert.deepEqual(edited.body.answers, { topic: 'Battery trays', photo: false });
    assert.deepEqual(edited.body.seekListingIds, []);
    assert.equal(edited.body.version, current.version + 1);
    const stale = await dora.client.patch(`/api/events/${event.id}/registrations/me`, { version: current.version, languages: ['en'] });
    expectError(stale, 409, 'VERSION_CONFLICT');
    assert.deepEqual(errorDetails(stale), { currentVersion: edited.body.version });
    const bad = await dora.client.patch(`/api/events/${event.id}/registrations/me`, { version: edited.body.version, answers: { topic: 'x' } });
    expectError(bad, 400, 'REGISTRATION_FORM_INVALID');
    assert.deepEqual(detailPaths(bad), ['/answers/photo']);
    expectError(await dora.client.patch(`/api/events/${event.id}/registrations/me`, { version: edited.body.version, interpreterNeeds: 'yes' }), 400, 'REGISTRATION_FORM_INVALID');
    expectError(await app.client().patch(`/api/events/${event.id}/registrations/me`, { version: 1, languages: [] }), 401, 'UNAUTHENTICATED');
  });
});

describe('places and the waiting list', () => {
  test('confirms up to the capacity, then waitlists in order; a cancellation promotes the first waiter and mails them', async () => {
    const event = await createEvent(app, organiser, { capacity: 2 });
    const [a, b, c, d] = [await member(), await member(), await member(), await member()];
    const ra = await register(a, event.id);
    await register(b, event.id);
    app.clock.advanceDays(0.01);
    const rc = await register(c, event.id);
    app.clock.advanceDays(0.01);
    const rd = await register(d, event.id);
    assert.deepEqual([ra.status, rc.status, rd.status], ['confirmed', 'waitlisted', 'waitlisted']);
    assert.equal(rc.waitlistPosition, 1);
    assert.equal(rd.waitlistPosition, 2);
    const waitMail = (await mailTo(app, c.email)).at(-1);
    assert.equal(waitMail?.subject, 'Innox: you are on the waiting list for "Sino-German matchmaking day"');
    assert.match(waitMail?.text ?? '', /number 1 on the list/);

    const cancelled = await cancel(a, event.id, ra.id);
    expectStatus(cancelled, 200);
    const promoted = (await me(c, event.id)).body;
    assert.equal(promoted.status, 'confirmed');
    assert.ok(promoted.ticketCode);
    assert.equal(promoted.waitlistPosition, null);
    assert.equal((await me(d, event.id)).body.waitlistPosition, 1, 'the next waiter moves up');
    const promotion = (await mailTo(app, c.email)).at(-1);
    assert.equal(promotion?.subject, 'Innox: a place became free, your registration for "Sino-German matchmaking day" is confirmed');
    assert.ok(promotion?.text.includes(`http://innox.test/events/${event.id}/ticket`));
    assert.ok(promotion?.text.includes(promoted.ticketCode ?? '-'));

    // Cancelling a waitlisted registration frees no place: nobody is promoted.
    const e = await member();
    const re = await register(e, event.id);
    expectStatus(await cancel(d, event.id, rd.id), 200);
    assert.equal((await me(e, event.id)).body.status, 'waitlisted');
    assert.equal((await me(e, event.id)).body.waitlistPosition, 1);
    assert.equal(re.waitlistPosition, 2);
  });

  test('raising the capacity promotes waiters first come first served; removing it promotes everyone', async () => {
    const event = await createEvent(app, organiser, { capacity: 1 });
    const people = [await member(), await member(), await member(), await member()];
    for (const p of people) {
      await register(p, event.id);
      app.clock.advanceDays(0.001);
    }
    const statuses = async () => Promise.all(people.map(async (p) => (await me(p, event.id)).body.status));
    assert.deepEqual(await statuses(), ['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);

    const raised = await organiser.client.patch<EventBody>(`/api/events/${event.id}`, { version: event.version, capacity: 2 });
    expectStatus(raised, 200);
    assert.deepEqual(await statuses(), ['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    assert.match((await mailTo(app, people[1]?.email ?? '')).at(-1)?.subject ?? '', /a place became free/);

    const unlimited = await organiser.client.patch<EventBody>(`/api/events/${event.id}`, { version: raised.body.version, capacity: null });
    expectStatus(unlimited, 200);
    assert.deepEqual(await statuses(), ['confirmed', 'confirmed', 'confirmed', 'confirmed']);
  });

  test('two registrations racing for the last place do not both get it (the event row is locked)', async () => {
    const event = await createEvent(app, organiser, { capacity: 1 });
    const racers = await Promise.all([member(), member(), member()]);
    const results = await Promise.all(racers.map((r) => postRegistration(r, event.id)));
    for (const res of results) expectStatus(res, 201);
    const statuses = results.map((r) => r.body.status).sort();
    assert.deepEqual(statuses, ['confirmed', 'waitlisted', 'waitlisted']);
    const list = await organiser.client.get<{ counts: Record<string, number> }>(`/api/events/${event.id}/registrations`);
    assert.equal(list.body.counts.confirmed, 1);
  });
});

describe('approval by the organisers', () => {
  test('registrations wait for approval; approving confirms (or waitlists when full); declining needs a reason that is mailed', async () => {
    const event = await createEvent(app, organiser, { registrationMode: 'approval', capacity: 1 });
    const [p, q, r] = [await member(), await member(), await member()];
    const rp = await register(p, event.id);
    const rq = await register(q, event.id);
    const rr = await register(r, event.id);
    assert.equal(rp.status, 'pending');
    assert.equal(rp.ticketCode, null);
    assert.equal((await mailTo(app, p.email)).at(-1)?.subject, 'Innox: your registration for "Sino-German matchmaking day" awaits approval');

    expectError(await p.client.post(`/api/events/${event.id}/registrations/${rq.id}/approve`), 403, 'FORBIDDEN');
    const approved = await organiser.client.post<RegistrationBody>(`/api/events/${event.id}/registrations/${rp.id}/approve`);
    expectStatus(approved, 200);
    assert.equal(approved.body.status, 'confirmed');
    assert.equal(approved.body.ticketCode, null, "staff never see someone else's ticket code");
    const approvalMail = (await mailTo(app, p.email)).at(-1);
    assert.equal(approvalMail?.subject, 'Innox: your registration for "Sino-German matchmaking day" was approved');
    assert.ok(approvalMail?.text.includes(`http://innox.test/events/${event.id}/ticket`));
    expectError(await organiser.client.post(`/api/events/${event.id}/registrations/${rp.id}/approve`), 409, 'INVALID_TRANSITION');

    const full = await organiser.client.post<RegistrationBody>(`/api/events/${event.id}/registrations/${rq.id}/approve`);
    assert.equal(full.body.status, 'waitlisted');
    assert.equal(full.body.waitlistPosition, 1);
    assert.match((await mailTo(app, q.email)).at(-1)?.subject ?? '', /was approved, you are on the waiting list/);

    expectError(await organiser.client.request('POST', `/api/events/${event.id}/registrations/${rr.id}/decline`), 400, 'REASON_REQUIRED');
    expectError(await organiser.client.post(`/api/events/${event.id}/registrations/${rr.id}/decline`, {}), 400, 'REASON_REQUIRED');
    expectError(await organiser.client.post(`/api/events/${event.id}/registrations/${rr.id}/decline`, { reason: '  ' }), 400, 'REASON_REQUIRED');
    const declined = await organiser.client.post<RegistrationBody>(`/api/events/${event.id}/registrations/${rr.id}/decline`, { reason: 'Only research institutes this time.' });
    expectStatus(declined, 200);
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.decisionReason, 'Only research institutes this time.');
    const declineMail = (await mailTo(app, r.email)).at(-1);
    assert.equal(declineMail?.subject, 'Innox: your registration for "Sino-German matchmaking day" was declined');
    assert.match(declineMail?.text ?? '', /Only research institutes this time\./);
    expectError(await postRegistration(r, event.id), 409, 'ALREADY_REGISTERED');
    expectError(await organiser.client.post(`/api/events/${event.id}/registrations/${rp.id}/decline`, { reason: 'x' }), 409, 'INVALID_TRANSITION');

    // The confirmed participant leaves: the approved waiter gets the place.
    expectStatus(await cancel(p, event.id, rp.id), 200);
    assert.equal((await me(q, event.id)).body.status, 'confirmed');
  });

  test('organisers cancel a registration with a reason that is mailed', async () => {
    const event = await createEvent(app, organiser);
    const s = await member();
    const rs = await register(s, event.id);
    const res = await cancel(organiser, event.id, rs.id, { reason: 'Duplicate of another registration.' });
    expectStatus(res, 200);
    assert.equal(res.body.status, 'cancelled');
    const mail = (await mailTo(app, s.email)).at(-1);
    assert.equal(mail?.subject, 'Innox: your registration for "Sino-German matchmaking day" was cancelled by the organisers');
    assert.match(mail?.text ?? '', /Duplicate of another registration\./);
  });
});

describe('the organisers’ registration list', () => {
  test('lists registrations with counts and a status filter, and exports CSV with formulas neutralised', async () => {
    const event = await createEvent(app, organiser, {
      capacity: 1,
      registrationForm: { participantTypes: ['company', 'investor'], requireOrganisation: false, askOffersAndSeeks: true, askInterpreter: true, questions: [{ id: 'note', kind: 'text', label: { en: 'Note' }, required: false }] },
    });
    const client = app.client();
    const email = uniqueEmail('formula');
    expectStatus(await client.post('/api/auth/register', { email, password: 'correct horse battery', displayName: '=HYPERLINK("http://evil")' }), 201);
    const evil = { client };
    const noCountry = await evil.client.post(`/api/events/${event.id}/registrations`, { participantType: 'company' });
    expectError(noCountry, 400, 'REGISTRATION_FORM_INVALID');
    assert.deepEqual(detailPaths(noCountry), ['/country'], 'without an organisation the country must be given');
    const first = await evil.client.post<RegistrationBody>(`/api/events/${event.id}/registrations`, { participantType: 'company', country: 'VN', answers: { note: '+SUM(A1:A9)' } });
    expectStatus(first, 201);
    assert.equal(first.body.organisationName, null);
    const second = await member();
    await register(second, event.id);

    const all = await organiser.client.get<{ items: RegistrationBody[]; counts: Record<string, number>; capacity: number; freePlaces: number }>(`/api/events/${event.id}/registrations`);
    expectStatus(all, 200);
    assert.equal(all.body.items.length, 2);
    assert.deepEqual(all.body.counts, { pending: 0, confirmed: 1, waitlisted: 1, declined: 0, cancelled: 0 });
    assert.equal(all.body.freePlaces, 0);
    assert.ok(all.body.items.every((r) => r.email && r.ticketCode === null && r.calendarFeedPath === null), 'staff see e-mails, never tickets');
    const waiting = await organiser.client.get<{ items: RegistrationBody[] }>(`/api/events/${event.id}/registrations?status=waitlisted`);
    assert.deepEqual(waiting.body.items.map((r) => r.email), [second.email]);
    assert.equal(waiting.body.items[0]?.waitlistPosition, 1);
    const byMail = await organiser.client.get<{ items: RegistrationBody[] }>(`/api/events/${event.id}/registrations?q=${encodeURIComponent(email)}`);
    assert.deepEqual(byMail.body.items.map((r) => r.id), [first.body.id]);
    expectError(await organiser.client.get(`/api/events/${event.id}/registrations?status=lost`), 400, 'VALIDATION_FAILED');

    const csv = await organiser.client.get(`/api/events/${event.id}/registrations/export?format=csv`);
    expectStatus(csv, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = parseCsv(csv.raw.body.replace(/^\uFEFF/, '')) as string[][];
    assert.equal(rows[0]?.at(-1), 'answers.note');
    const evilRow = rows.find((r) => r[4] === email);
    assert.equal(evilRow?.[3], `'=HYPERLINK("http://evil")`);
    assert.equal(evilRow?.at(-1), "'+SUM(A1:A9)");
    const xlsx = await organiser.client.get(`/api/events/${event.id}/registrations/export?format=xlsx`);
    expectStatus(xlsx, 200);
    assert.equal(xlsx.raw.rawPayload.subarray(0, 2).toString(), 'PK');
  });
});

describe('who may see and change registrations', () => {
  test("organisation A's member can neither read nor cancel organisation B's registration; strangers cannot list; anonymous gets 401", async () => {
    const event = await createEvent(app, organiser);
    const a = await member('DE');
    const b = await member('VN');
    const ra = await register(a, event.id);
    await register(b, event.id);
    expectError(await b.client.get(`/api/events/${event.id}/registrations/${ra.id}`), 404, 'REGISTRATION_NOT_FOUND');
    expectError(await cancel(b, event.id, ra.id), 404, 'REGISTRATION_NOT_FOUND');
    expectError(await b.client.post(`/api/events/${event.id}/registrations/${ra.id}/approve`), 403, 'FORBIDDEN');
    expectError(await b.client.get(`/api/events/${event.id}/registrations`), 403, 'FORBIDDEN');
    expectError(await b.client.get(`/api/events/${event.id}/registrations/export`), 403, 'FORBIDDEN');
    expectError(await app.client().get(`/api/events/${event.id}/registrations`), 401, 'UNAUTHENTICATED');
    expectError(await app.client().get(`/api/events/${event.id}/registrations/${ra.id}`), 401, 'UNAUTHENTICATED');
    expectError(await app.client().get(`/api/events/${event.id}/registrations/me`), 401, 'UNAUTHENTICATED');
    expectError(await app.client().post(`/api/events/${event.id}/registrations/${ra.id}/cancel`, {}), 401, 'UNAUTHENTICATED');
    assert.equal((await me(a, event.id)).body.status, 'confirmed', 'nothing changed');

    const own = await a.client.get<RegistrationBody>(`/api/events/${event.id}/registrations/${ra.id}`);
    expectStatus(own, 200);
    assert.equal(own.body.ticketCode, ra.ticketCode);
    const staff = await organiser.client.get<RegistrationBody>(`/api/events/${event.id}/registrations/${ra.id}`);
    expectStatus(staff, 200);
    assert.equal(staff.body.email, a.email);
    assert.equal(staff.body.ticketCode, null);
  });

  test('a participant can replace a leaked calendar feed link', async () => {
    const event = await createEvent(app, organiser);
    const a = await member();
    const ra = await register(a, event.id);
    const rotated = await a.client.post<RegistrationBody>(`/api/events/${event.id}/registrations/me/calendar-token`);
    expectStatus(rotated, 200);
    assert.notEqual(rotated.body.calendarFeedPath, ra.calendarFeedPath);
    assert.equal(rotated.body.ticketCode, ra.ticketCode);
  });
});
