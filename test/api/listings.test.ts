import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

interface ListingBody {
  id: string;
  status: string;
  version: number;
  language: string;
  trl: number | null;
  deadline: string | null;
  expiresAt: string | null;
  organisation: { id: string } | null;
  moderation: { action: string; reason: string | null } | null;
  abilities: Record<string, boolean>;
}

let app: TestApp;
let a: Member;
let b: Member;
before(async () => {
  app = await createTestApp();
  a = await registerMember(app, { name: 'Org A' });
  b = await registerMember(app, { name: 'Org B', country: 'DE' });
});
after(() => app.shutdown());

describe('creating listings', () => {
  test('creates a draft with derived columns, detected language and abilities', async () => {
    const res = await a.client.post<ListingBody>('/api/listings', { organisationId: a.organisationId, ...needInput({ language: undefined }) });
    expectStatus(res, 201);
    assert.equal(res.body.status, 'draft');
    assert.equal(res.body.language, 'zh-Hans', 'language detected from the text');
    assert.equal(res.body.deadline, '2027-06-30');
    assert.equal(res.body.version, 1);
    assert.deepEqual(
      Object.entries(res.body.abilities).filter(([, v]) => v).map(([k]) => k).sort(),
      ['delete', 'edit', 'submit'],
    );
  });

  test('401 without a session', async () => {
    expectError(await app.client().post('/api/listings', { organisationId: a.organisationId, ...offerInput() }), 401, 'UNAUTHENTICATED');
  });

  test('403 when publishing for an organisation one is not a member of', async () => {
    expectError(await b.client.post('/api/listings', { organisationId: a.organisationId, ...offerInput() }), 403, 'FORBIDDEN');
  });

  test('400 per field: TRL out of range names /details/trl', async () => {
    const res = await a.client.post<{ error: { details: Array<{ path: string }> } }>('/api/listings', {
      organisationId: a.organisationId,
      ...offerInput({ details: { trl: 12, iprStatus: 'patent_granted', cooperationTypes: ['licensing'] } } as never),
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    assert.ok(res.body.error.details.some((d) => d.path === '/details/trl'), JSON.stringify(res.body));
  });

  test('400 for a missing required detail of the chosen type only', async () => {
    const res = await a.client.post<{ error: { details: Array<{ path: string; message: string }> } }>('/api/listings', {
      organisationId: a.organisationId,
      ...needInput({ details: { desiredSolution: 'x' } } as never),
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    assert.ok(res.body.error.details.some((d) => d.path.includes('problem') || d.message.includes('problem')), JSON.stringify(res.body));
  });

  test('400 UNKNOWN_CONCEPT for a sector code not in the taxonomy, 400 UNKNOWN_COUNTRY for a bad country', async () => {
    expectError(await a.client.post('/api/listings', { organisationId: a.organisationId, ...offerInput({ sectors: ['alchemy'] }) }), 400, 'UNKNOWN_CONCEPT');
    expectError(await a.client.post('/api/listings', { organisationId: a.organisationId, ...offerInput({ countriesSought: ['ZZ'] }) }), 400, 'UNKNOWN_COUNTRY');
  });

  test('400 INVALID_RANGE when a budget minimum exceeds its maximum', async () => {
    const res = await a.client.post('/api/listings', {
      organisationId: a.organisationId,
      ...needInput({ details: { problem: 'p', desiredSolution: 's', budget: { min: 10, max: 5, currency: 'EUR' } } } as never),
    });
    expectError(res, 400, 'INVALID_RANGE');
  });

  test('every type can be created with its own details', async () => {
    const inputs = [
      { type: 'project', details: { stage: 'pilot', fundingSought: { amount: 2000000, currency: 'USD' }, teamSize: 12, useOfFunds: 'Scale-up' } },
      { type: 'job', details: { position: 'Postdoc', discipline: 'Synthetic biology', city: 'Shanghai', country: 'CN', workMode: 'onsite', contractType: 'postdoc', salary: { min: 300000, max: 400000, currency: 'CNY', period: 'year' }, deadline: '2027-03-01' } },
      { type: 'talent', details: { expertise: 'Enzyme engineering', degrees: [{ level: 'phd', field: 'Biochemistry' }], languages: ['en', 'zh'], seeking: ['job'], willingToRelocate: true } },
      { type: 'partner_request', details: { partnerKind: 'rd_partner', role: 'Clinical validation partner', cooperationTypes: ['joint_rd'] } },
      { type: 'funding_call', details: { programme: 'Bilateral industrial innovation', eligibility: 'Companies in both countries', budget: { amount: 5000000, currency: 'EUR' }, deadline: '2027-04-30' } },
    ];
    for (const input of inputs) {
      const res = await a.client.post<ListingBody>('/api/listings', { organisationId: a.organisationId, title: `A ${input.type}`, summary: 'Summary text', sectors: ['biomedicine'], ...input });
      expectStatus(res, 201);
    }
  });
});

describe('lifecycle and moderation', () => {
  test('draft → submitted → published by an admin, with a default expiry and a mail to the author', async () => {
    const { id } = await createListing(app, a, offerInput());
    const submitted = await a.client.post<ListingBody>(`/api/listings/${id}/submit`);
    expectStatus(submitted, 200);
    assert.equal(submitted.body.status, 'submitted');
    const admin = await app.admin();
    const queue = await admin.get<{ items: Array<{ id: string }> }>('/api/admin/moderation');
    assert.ok(queue.body.items.some((l) => l.id === id));
    const approved = await admin.post<ListingBody>(`/api/admin/listings/${id}/moderate`, { action: 'approve' });
    expectStatus(approved, 200);
    assert.equal(approved.body.status, 'published');
    assert.equal(approved.body.expiresAt, '2027-05-20', '180 days after approval');
    await app.ctx.flushOutbox();
    assert.ok(app.mail.sent.some((m) => m.to === a.email && m.subject.includes('approved')));
  });

  test('moderation needs a platform admin (403) and a reason to reject (400 REASON_REQUIRED)', async () => {
    const { id } = await createListing(app, a, offerInput());
    expectStatus(await a.client.post(`/api/listings/${id}/submit`), 200);
    expectError(await a.client.post(`/api/admin/listings/${id}/moderate`, { action: 'approve' }), 403, 'FORBIDDEN');
    expectError(await app.client().post(`/api/admin/listings/${id}/moderate`, { action: 'approve' }), 401, 'UNAUTHENTICATED');
    const admin = await app.admin();
    expectError(await admin.post(`/api/admin/listings/${id}/moderate`, { action: 'reject' }), 400, 'REASON_REQUIRED');
    const rejected = await admin.post<ListingBody>(`/api/admin/listings/${id}/moderate`, { action: 'reject', reason: 'Duplicate of an existing offer' });
    expectStatus(rejected, 200);
    assert.equal(rejected.body.status, 'rejected');
    const own = await a.client.get<ListingBody>(`/api/listings/${id}`);
    assert.deepEqual(own.body.moderation && [own.body.moderation.action, own.body.moderation.reason], ['reject', 'Duplicate of an existing offer']);
  });

  test('request changes sends the listing back to draft with the note; it can be resubmitted', async () => {
    const { id } = await createListing(app, a, offerInput());
    expectStatus(await a.client.post(`/api/listings/${id}/submit`), 200);
    const admin = await app.admin();
    const res = await admin.post<ListingBody>(`/api/admin/listings/${id}/moderate`, { action: 'request_changes', reason: 'Add the patent number' });
    assert.equal(res.body.status, 'draft');
    expectStatus(await a.client.post(`/api/listings/${id}/submit`), 200);
  });

  test('moderating a listing that is not submitted gives 409 INVALID_TRANSITION', async () => {
    const { id } = await createListing(app, a, offerInput());
    const admin = await app.admin();
    expectError(await admin.post(`/api/admin/listings/${id}/moderate`, { action: 'approve' }), 409, 'INVALID_TRANSITION');
  });

  test('a published listing can be closed but not submitted again (409)', async () => {
    const { id } = await createListing(app, a, offerInput(), true);
    expectError(await a.client.post(`/api/listings/${id}/submit`), 409, 'INVALID_TRANSITION');
    const closed = await a.client.post<ListingBody>(`/api/listings/${id}/close`);
    assert.equal(closed.body.status, 'closed');
    expectError(await app.client().get(`/api/listings/${id}`), 404, 'LISTING_NOT_FOUND');
  });

  test('withdraw takes a submitted listing back to draft; delete removes a draft', async () => {
    const { id } = await createListing(app, a, offerInput());
    expectStatus(await a.client.post(`/api/listings/${id}/submit`), 200);
    const withdrawn = await a.client.post<ListingBody>(`/api/listings/${id}/withdraw`);
    assert.equal(withdrawn.body.status, 'draft');
    expectError(await b.client.delete(`/api/listings/${id}`), 404, 'LISTING_NOT_FOUND');
    expectStatus(await a.client.delete(`/api/listings/${id}`), 204);
    expectError(await a.client.get(`/api/listings/${id}`), 404, 'LISTING_NOT_FOUND');
  });
});

describe('organisation boundaries', () => {
  test("org B cannot read org A's draft (404) nor edit it (404), and cannot edit A's published listing (403)", async () => {
    const draft = await createListing(app, a, offerInput());
    expectError(await b.client.get(`/api/listings/${draft.id}`), 404, 'LISTING_NOT_FOUND');
    expectError(await app.client().get(`/api/listings/${draft.id}`), 404, 'LISTING_NOT_FOUND');
    expectError(await b.client.patch(`/api/listings/${draft.id}`, { version: 1, title: 'Hijacked' }), 404, 'LISTING_NOT_FOUND');
    const published = await createListing(app, a, offerInput(), true);
    expectError(await b.client.patch(`/api/listings/${published.id}`, { version: published.version, title: 'Hijacked' }), 403, 'FORBIDDEN');
    expectError(await b.client.post(`/api/listings/${published.id}/close`), 403, 'FORBIDDEN');
    const still = await a.client.get<{ title: string; status: string }>(`/api/listings/${published.id}`);
    assert.equal(still.body.title, offerInput().title);
    assert.equal(still.body.status, 'published');
  });

  test("org B cannot list org A's listings or members (403); anonymous callers get 401", async () => {
    expectError(await b.client.get(`/api/organisations/${a.organisationId}/listings`), 403, 'FORBIDDEN');
    expectError(await b.client.get(`/api/organisations/${a.organisationId}/members`), 403, 'FORBIDDEN');
    expectError(await app.client().get(`/api/organisations/${a.organisationId}/listings`), 401, 'UNAUTHENTICATED');
    expectStatus(await a.client.get(`/api/organisations/${a.organisationId}/listings`), 200);
  });
});

describe('editing', () => {
  test('an edit with a stale version gets 409 VERSION_CONFLICT with the current version', async () => {
    const { id } = await createListing(app, a, offerInput());
    const first = await a.client.patch<ListingBody>(`/api/listings/${id}`, { version: 1, title: 'Laser welding, revised' });
    expectStatus(first, 200);
    assert.equal(first.body.version, 2);
    const stale = await a.client.patch<{ error: { details: { currentVersion: number } } }>(`/api/listings/${id}`, { version: 1, title: 'Lost update' });
    expectError(stale, 409, 'VERSION_CONFLICT');
    assert.equal(stale.body.error.details.currentVersion, 2);
  });

  test('details are validated against the listing type on edit', async () => {
    const { id } = await createListing(app, a, offerInput());
    expectError(await a.client.patch(`/api/listings/${id}`, { version: 1, details: { trl: 0, iprStatus: 'none', cooperationTypes: ['licensing'] } }), 400, 'VALIDATION_FAILED');
    const ok = await a.client.patch<ListingBody>(`/api/listings/${id}`, { version: 1, details: { trl: 8, iprStatus: 'none', cooperationTypes: ['licensing'] } });
    expectStatus(ok, 200);
    assert.equal(ok.body.trl, 8);
  });

  test("editing a published listing of an unverified organisation sends it back to moderation", async () => {
    const { id, version } = await createListing(app, a, offerInput(), true);
    const res = await a.client.patch<ListingBody>(`/api/listings/${id}`, { version, summary: 'Now with 2 kW lasers.' });
    expectStatus(res, 200);
    assert.equal(res.body.status, 'submitted');
  });
});

describe('expiry', () => {
  test('a listing past its expiry date disappears from search, is marked expired, and can be renewed', async () => {
    const expiring = await createListing(app, b, offerInput({ title: 'Ultrafast laser micromachining service', expiresAt: '2026-12-31' }), true);
    const found = async () => (await app.client().get<{ items: Array<{ id: string }> }>('/api/listings?q=micromachining')).body.items.some((l) => l.id === expiring.id);
    assert.equal(await found(), true);
    app.clock.advanceDays(45); // 2027-01-05
    assert.equal(await found(), false, 'hidden as soon as the date passes');
    const { expireListings } = await import('../../src/domain/listings/commands.js');
    const expired = await app.ctx.uow.run((s) => expireListings(s, app.clock));
    assert.ok(expired.includes(expiring.id));
    // 45 days also outlive the 14-day session.
    assert.equal((await b.client.get<{ user: null }>('/api/auth/me')).body.user, null, 'session expired');
    await b.client.login(b.email, 'correct horse battery');
    const own = await b.client.get<ListingBody>(`/api/listings/${expiring.id}`);
    assert.equal(own.body.status, 'expired');
    assert.equal(own.body.abilities.renew, true);
    const renewed = await b.client.post<ListingBody>(`/api/listings/${expiring.id}/renew`, { expiresAt: '2027-06-30' });
    expectStatus(renewed, 200);
    assert.equal(renewed.body.status, 'published');
    assert.equal(await found(), true);
    expectError(await b.client.post(`/api/listings/${expiring.id}/renew`, { expiresAt: '2020-01-01' }), 400, 'VALIDATION_FAILED');
  });
});
