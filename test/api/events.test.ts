import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, eventInput, registerMember, type EventBody, type Member } from '../helpers/events.js';

let app: TestApp;
let organiser: Member;
let partner: Member;
let stranger: Member;
before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Beijing S&T Commission', country: 'CN', type: 'government_agency' });
  partner = await registerMember(app, { name: 'German Innovation Centre', country: 'DE' });
  stranger = await registerMember(app, { name: 'Somebody Else', country: 'VN' });
});
after(() => app.shutdown());

describe('events', () => {
  test('an organiser creates a draft visible only to organisers, then publishes it for everyone', async () => {
    const draft = await createEvent(app, organiser, {}, false);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.myOrganiserRole, 'organiser');
    assert.deepEqual(draft.organisers.map((o) => o.role), ['organiser']);
    assert.equal(draft.meetingSettings.maxBreakDifference, 2);
    expectError(await app.client().get(`/api/events/${draft.id}`), 404, 'EVENT_NOT_FOUND');
    expectError(await stranger.client.get(`/api/events/${draft.id}`), 404, 'EVENT_NOT_FOUND');
    const list = await app.client().get<{ items: EventBody[] }>('/api/events');
    assert.ok(!list.body.items.some((e) => e.id === draft.id));
    const mine = await organiser.client.get<{ items: EventBody[] }>('/api/events?mine=true');
    assert.ok(mine.body.items.some((e) => e.id === draft.id));

    expectError(await stranger.client.post(`/api/events/${draft.id}/publish`), 404, 'EVENT_NOT_FOUND');
    const published = await organiser.client.post<EventBody>(`/api/events/${draft.id}/publish`);
    expectStatus(published, 200);
    assert.equal(published.body.status, 'published');
    const seen = await app.client().get<EventBody>(`/api/events/${draft.id}`);
    expectStatus(seen, 200);
    assert.equal(seen.body.title['zh-Hans'], '中德对接日');
    assert.equal(seen.body.abilities.edit, false);
    expectError(await organiser.client.post(`/api/events/${draft.id}/publish`), 409, 'INVALID_TRANSITION');
    expectError(await organiser.client.delete(`/api/events/${draft.id}`), 409, 'INVALID_TRANSITION');
  });

  test('rejects bad input with field errors and stores nothing', async () => {
    const before = await organiser.client.get<{ items: EventBody[] }>('/api/events?mine=true&when=all');
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { timeZone: 'Mars/Olympus' })), 400, 'INVALID_TIME_ZONE');
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { endsOn: '2026-12-01' })), 400, 'INVALID_RANGE');
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { title: { de: 'Nur deutsch' } })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post('/api/events', { ...eventInput(organiser.organisationId), kind: 'party' }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { sectors: ['no_such_sector'] })), 400, 'UNKNOWN_CONCEPT');
    // Regression: JSON bodies were type-coerced, so capacity 0 silently became null (unlimited).
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { capacity: 0 })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post('/api/events', { ...eventInput(organiser.organisationId), capacity: '50' }), 400, 'VALIDATION_FAILED');
    expectError(await stranger.client.post('/api/events', eventInput(organiser.organisationId)), 403, 'FORBIDDEN');
    expectError(await app.client().post('/api/events', eventInput(organiser.organisationId)), 401, 'UNAUTHENTICATED');
    const after = await organiser.client.get<{ items: EventBody[] }>('/api/events?mine=true&when=all');
    assert.equal(after.body.items.length, before.body.items.length);
  });

  test('edits need the current version; a stale one gets 409 with the current version', async () => {
    const event = await createEvent(app, organiser);
    const ok = await organiser.client.patch<EventBody>(`/api/events/${event.id}`, { version: event.version, title: { en: 'Open day', de: 'Tag der offenen Tür' } });
    expectStatus(ok, 200);
    assert.equal(ok.body.title.de, 'Tag der offenen Tür');
    const stale = await organiser.client.patch(`/api/events/${event.id}`, { version: event.version, venue: 'Elsewhere' });
    expectError(stale, 409, 'VERSION_CONFLICT');
    assert.deepEqual((stale.body as { error: { details: unknown } }).error.details, { currentVersion: ok.body.version });
    expectError(await stranger.client.patch(`/api/events/${event.id}`, { version: ok.body.version, venue: 'Hijacked' }), 403, 'FORBIDDEN');
  });

  test('co-organisers run the event but cannot change organisers or cancel; one organiser always remains', async () => {
    const event = await createEvent(app, organiser);
    const added = await organiser.client.put<EventBody>(`/api/events/${event.id}/organisers`, { organisationId: partner.organisationId, role: 'co_organiser' });
    expectStatus(added, 200);
    assert.equal(added.body.organisers.length, 2);
    const asPartner = await partner.client.get<EventBody>(`/api/events/${event.id}`);
    assert.equal(asPartner.body.myOrganiserRole, 'co_organiser');
    assert.equal(asPartner.body.abilities.manageMeetings, true);
    assert.equal(asPartner.body.abilities.cancel, false);
    expectStatus(await partner.client.patch(`/api/events/${event.id}`, { version: asPartner.body.version, venue: 'Hall 3' }), 200);
    expectError(await partner.client.post(`/api/events/${event.id}/cancel`), 403, 'FORBIDDEN');
    expectError(await partner.client.put(`/api/events/${event.id}/organisers`, { organisationId: partner.organisationId, role: 'organiser' }), 403, 'FORBIDDEN');
    expectError(await organiser.client.delete(`/api/events/${event.id}/organisers/${organiser.organisationId}`), 409, 'LAST_ORGANISER');
    expectError(await organiser.client.put(`/api/events/${event.id}/organisers`, { organisationId: organiser.organisationId, role: 'co_organiser' }), 409, 'LAST_ORGANISER');
    expectStatus(await stranger.client.post(`/api/events/${event.id}/registrations`, { participantType: 'company', organisationId: stranger.organisationId }), 201);
    const asRegistrant = await stranger.client.get<EventBody & { myRegistration: { status: string } | null }>(`/api/events/${event.id}`);
    assert.equal(asRegistrant.body.myRegistration?.status, 'confirmed');
    assert.equal((await partner.client.get<{ myRegistration: unknown }>(`/api/events/${event.id}`)).body.myRegistration, null);
    const listed = await stranger.client.get<{ items: Array<{ id: string; myRegistration: { status: string } | null }> }>('/api/events');
    assert.equal(listed.body.items.find((e) => e.id === event.id)?.myRegistration?.status, 'confirmed');
    const cancelled = await organiser.client.post<EventBody>(`/api/events/${event.id}/cancel`);
    expectStatus(cancelled, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    await app.ctx.flushOutbox();
    assert.ok(app.mail.sent.some((m) => m.to === stranger.email && /is cancelled/.test(m.subject)), 'registrants are told');
    expectError(await organiser.client.patch(`/api/events/${event.id}`, { version: cancelled.body.version, venue: 'x' }), 409, 'INVALID_TRANSITION');
  });

  test('a sub-forum belongs to a forum of the same organisers and is listed under it', async () => {
    const forum = await createEvent(app, organiser, { kind: 'forum', endsOn: '2026-12-05' });
    const sub = await createEvent(app, organiser, { kind: 'sub_forum', parentEventId: forum.id, title: { en: 'Biomedicine sub-forum' } });
    const children = await app.client().get<{ items: EventBody[] }>(`/api/events?parentEventId=${forum.id}`);
    assert.deepEqual(children.body.items.map((e) => e.id), [sub.id]);
    expectError(await stranger.client.post('/api/events', eventInput(stranger.organisationId, { kind: 'sub_forum', parentEventId: forum.id })), 403, 'FORBIDDEN');
    expectError(await organiser.client.post('/api/events', eventInput(organiser.organisationId, { kind: 'sub_forum', parentEventId: sub.id })), 400, 'VALIDATION_FAILED');
  });
});
