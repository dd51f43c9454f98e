/**
 * Who sees and changes a deal: its parties (members of every party organisation), the owner managing
 * parties, platform admins reading everything; organisation B never sees organisation A's deals. Filters
 * and paging of the list.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createDeal, dealInput, moveDeal, type DealBody, type DealList } from '../helpers/deals.js';
import { createListing, offerInput, registerMember, type Member } from '../helpers/factories.js';

let app: TestApp;
let a: Member;
let b: Member;
let c: Member;
let outsider: Member;
let admin: TestClient;
let deal: DealBody;

before(async () => {
  app = await createTestApp();
  a = await registerMember(app, { name: 'Shanghai Owner Ltd', country: 'CN' });
  b = await registerMember(app, { name: 'Berlin Partner GmbH', country: 'DE' });
  c = await registerMember(app, { name: 'Hanoi Third Party JSC', country: 'VN' });
  outsider = await registerMember(app, { name: 'Organisation B', country: 'SG' });
  admin = await app.admin();
  deal = await createDeal(a, [b], { title: 'Joint lab for solid-state batteries', type: 'joint_lab', value: { amountMinor: 5_000_000_00, currency: 'CNY' } });
});
after(() => app.shutdown());

describe('another organisation', () => {
  test("never sees organisation A's deals: 404 on every route, absent from lists and exports", async () => {
    const url = `/api/deals/${deal.id}`;
    expectError(await outsider.client.get(url), 404, 'DEAL_NOT_FOUND');
    expectError(await outsider.client.patch(url, { version: deal.version, title: 'Mine now' }), 404, 'DEAL_NOT_FOUND');
    expectError(await moveDeal(outsider, deal, 'meeting_held'), 404, 'DEAL_NOT_FOUND');
    expectError(await outsider.client.post(`${url}/notes`, { body: 'hello' }), 404, 'DEAL_NOT_FOUND');
    expectError(await outsider.client.post(`${url}/parties`, { organisationId: outsider.organisationId }), 404, 'DEAL_NOT_FOUND');
    expectError(await outsider.client.delete(`${url}/parties/${b.organisationId}`), 404, 'DEAL_NOT_FOUND');
    const list = await outsider.client.get<DealList>('/api/deals');
    expectStatus(list, 200);
    assert.equal(list.body.total, 0);
    assert.ok(list.body.summary.every((s) => s.count === 0));
    const filtered = await outsider.client.get<DealList>(`/api/deals?organisationId=${a.organisationId}`);
    assert.equal(filtered.body.total, 0);
    const csv = await outsider.client.get('/api/deals/export');
    expectStatus(csv, 200);
    assert.ok(!csv.raw.body.includes('solid-state'));
    expectError(await app.client().get(url), 401, 'UNAUTHENTICATED');
    expectError(await app.client().get('/api/deals'), 401, 'UNAUTHENTICATED');
  });
});

describe('parties', () => {
  test('the invited party sees the deal at once, edits and moves it, but does not manage parties', async () => {
    const seen = await b.client.get<DealBody>(`/api/deals/${deal.id}`);
    expectStatus(seen, 200);
    assert.deepEqual(seen.body.abilities, { edit: true, manageParties: false, leave: true });
    const moved = await moveDeal(b, seen.body, 'meeting_held');
    expectStatus(moved, 200);
    deal = moved.body;
    expectError(await b.client.post(`/api/deals/${deal.id}/parties`, { organisationId: c.organisationId }), 403, 'FORBIDDEN');
    expectError(await b.client.delete(`/api/deals/${deal.id}/parties/${a.organisationId}`), 403, 'FORBIDDEN');
  });

  test('the owner adds a third organisation directly; it sees the deal; twice is 409', async () => {
    expectError(await c.client.get(`/api/deals/${deal.id}`), 404, 'DEAL_NOT_FOUND');
    expectError(await a.client.post(`/api/deals/${deal.id}/parties`, { organisationId: '00000000-0000-4000-8000-000000000000' }), 404, 'ORGANISATION_NOT_FOUND');
    const added = await a.client.post<DealBody>(`/api/deals/${deal.id}/parties`, { organisationId: c.organisationId });
    expectStatus(added, 200);
    assert.deepEqual(added.body.parties.map((p) => p.role), ['owner', 'party', 'party']);
    expectError(await a.client.post(`/api/deals/${deal.id}/parties`, { organisationId: c.organisationId }), 409, 'ALREADY_PARTY');
    expectStatus(await c.client.get(`/api/deals/${deal.id}`), 200);
    const list = await c.client.get<DealList>('/api/deals');
    assert.deepEqual(list.body.items.map((d) => d.id), [deal.id]);
  });

  test('a party leaves (then cannot see it); the owner and a second party always remain (409)', async () => {
    expectStatus(await c.client.delete(`/api/deals/${deal.id}/parties/${c.organisationId}`), 204);
    expectError(await c.client.get(`/api/deals/${deal.id}`), 404, 'DEAL_NOT_FOUND');
    expectError(await a.client.delete(`/api/deals/${deal.id}/parties/${a.organisationId}`), 409, 'DEAL_PARTY_REQUIRED');
    expectError(await a.client.delete(`/api/deals/${deal.id}/parties/${b.organisationId}`), 409, 'DEAL_PARTY_REQUIRED');
    expectError(await a.client.delete(`/api/deals/${deal.id}/parties/${c.organisationId}`), 404, 'ORGANISATION_NOT_FOUND');
  });

  test('notes are shared by the parties; only the author deletes one', async () => {
    const noted = await b.client.post<DealBody>(`/api/deals/${deal.id}/notes`, { body: 'Draft term sheet sent on Monday.' });
    expectStatus(noted, 201);
    const note = noted.body.notes[0]!;
    assert.equal(note.mine, true);
    const read = await a.client.get<DealBody>(`/api/deals/${deal.id}`);
    assert.deepEqual(read.body.notes.map((n) => [n.body, n.mine]), [['Draft term sheet sent on Monday.', false]]);
    expectError(await a.client.delete(`/api/deals/${deal.id}/notes/${note.id}`), 403, 'FORBIDDEN');
    expectError(await b.client.post(`/api/deals/${deal.id}/notes`, { body: '' }), 400, 'VALIDATION_FAILED');
    expectStatus(await b.client.delete(`/api/deals/${deal.id}/notes/${note.id}`), 204);
    expectError(await b.client.delete(`/api/deals/${deal.id}/notes/${note.id}`), 404, 'DEAL_NOTE_NOT_FOUND');
  });
});

describe('linked listings', () => {
  test("a party's draft listing shows to the other parties only as a hidden listing", async () => {
    const draft = await createListing(app, a, offerInput({ title: 'Unpublished solid-state electrolyte offer' }));
    const published = await createListing(app, b, offerInput({ title: 'Published welding offer' }), true);
    expectError(await b.client.post('/api/deals', { ...dealInput(b, [a]), listingIds: [draft.id] }), 404, 'LISTING_NOT_FOUND');
    const linked = await createDeal(a, [b], { listingIds: [draft.id, published.id] });
    assert.deepEqual([linked.listings.map((l) => l.title).sort(), linked.hiddenListings], [['Published welding offer', 'Unpublished solid-state electrolyte offer'], 0]);
    const seen = await b.client.get<DealBody>(`/api/deals/${linked.id}`);
    assert.deepEqual([seen.body.listings.map((l) => l.title), seen.body.hiddenListings], [['Published welding offer'], 1]);
  });
});

describe('platform administrators', () => {
  test('see every deal for reporting but change none', async () => {
    const list = await admin.get<DealList>('/api/deals');
    expectStatus(list, 200);
    assert.ok(list.body.items.some((d) => d.id === deal.id));
    const one = await admin.get<DealBody>(`/api/deals/${deal.id}`);
    expectStatus(one, 200);
    assert.deepEqual(one.body.abilities, { edit: false, manageParties: false, leave: false });
    assert.deepEqual(one.body.nextStages, []);
    expectError(await admin.patch(`/api/deals/${deal.id}`, { version: one.body.version, title: 'Admin edit' }), 403, 'FORBIDDEN');
    expectError(await moveDeal({ ...a, client: admin }, one.body, 'completed'), 403, 'FORBIDDEN');
  });
});

describe('the list', () => {
  test('filters by stage, type, party, text, value range and date range, and pages', async () => {
    const owner = await registerMember(app, { name: 'Filter Owner', country: 'CN' });
    const other = await registerMember(app, { name: 'Filter Partner', country: 'DE' });
    await createDeal(owner, [other], { title: 'Hydrogen fuel cell licence', value: { amountMinor: 100_00, currency: 'CNY' }, expectedCloseOn: '2027-01-15' });
    await createDeal(owner, [other], { title: 'Purchase of welding robots', type: 'purchase', stage: 'cooperation_intention', value: { amountMinor: 900_00, currency: 'CNY' } });
    await createDeal(owner, [other], { title: 'Signed framework', type: 'mou_framework', stage: 'agreement_signed', expectedCloseOn: '2026-12-01' });
    const get = async (query: string) => {
      const res = await owner.client.get<DealList>(`/api/deals?${query}`);
      expectStatus(res, 200);
      return res.body;
    };
    assert.equal((await get('')).total, 3);
    assert.deepEqual((await get('stage=cooperation_intention&stage=agreement_signed&sort=title_asc')).items.map((d) => d.title), ['Purchase of welding robots', 'Signed framework']);
    assert.deepEqual((await get('type=purchase')).items.map((d) => d.title), ['Purchase of welding robots']);
    assert.deepEqual((await get('q=hydrogen')).items.map((d) => d.title), ['Hydrogen fuel cell licence']);
    assert.deepEqual((await get('q=100%25')).items, []);
    assert.deepEqual((await get('minValue=50000&maxValue=100000')).items.map((d) => d.title), ['Purchase of welding robots']);
    assert.deepEqual((await get('dateField=expected_close&from=2027-01-01&to=2027-12-31')).items.map((d) => d.title), ['Hydrogen fuel cell licence']);
    assert.deepEqual((await get('dateField=signed&from=2026-11-21&to=2026-11-21')).items.map((d) => d.title), ['Signed framework']);
    assert.deepEqual((await get('sort=value_desc')).items.map((d) => d.value?.amountMinor ?? null), [900_00, 100_00, null]);
    assert.equal((await get(`organisationId=${other.organisationId}`)).total, 3);
    const page2 = await get('sort=title_asc&pageSize=2&page=2');
    assert.deepEqual([page2.total, page2.items.map((d) => d.title)], [3, ['Signed framework']]);
    expectError(await owner.client.get('/api/deals?minValue=5&maxValue=1'), 400, 'INVALID_RANGE');
    expectError(await owner.client.get('/api/deals?stage=won'), 400, 'VALIDATION_FAILED');
  });
});
