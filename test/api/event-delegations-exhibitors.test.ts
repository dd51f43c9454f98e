import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createEvent, registerMember, type EventBody, type Member } from '../helpers/events.js';
import { createListing, needInput, offerInput } from '../helpers/factories.js';
import { detailPaths, errorDetails, register, type RegistrationBody } from '../helpers/registrations.js';

interface DelegationBody {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  organisationId: string | null;
  leaderRegistrationId: string | null;
  memberRegistrationIds: string[];
  members: Array<{ registrationId: string; displayName: string; country: string }>;
}

interface ListingSummary {
  id: string;
  type: string;
  title: string;
}

interface ParticipantBody {
  registrationId: string;
  displayName: string;
  organisationName: string | null;
  country: string;
  participantType: string;
  languages: string[];
  delegationIds: string[];
  offers: ListingSummary[];
  seeks: ListingSummary[];
}

interface ExhibitorBody {
  id: string;
  organisation: { id: string; name: string; country: string };
  boothNumber: string;
  hall: string | null;
  areaSqm: number | null;
  listings: ListingSummary[];
}

interface MarketplaceBody {
  items: Array<{ listing: { id: string; title: string; type: string; organisation: { name: string } | null; anonymous: boolean }; sources: string[] }>;
  total: number;
  nextCursor: string | null;
}

let app: TestApp;
let organiser: Member;
let event: EventBody;
/** Confirmed participants: two Germans, one Vietnamese investor; plus one on the waiting list. */
let de1: Member;
let de2: Member;
let vn: Member;
let waiting: Member;
let outsider: Member;
let r1: RegistrationBody;
let r2: RegistrationBody;
let r3: RegistrationBody;
let rw: RegistrationBody;
let laser: { id: string };
let secretOffer: { id: string };
let need: { id: string };
let waitersOffer: { id: string };
/** Shown at an exhibitor's stand, but anonymous. */
let anonymousShow: { id: string };
before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Hanoi Department of Science', country: 'VN', type: 'government_agency' });
  de1 = await registerMember(app, { name: 'Laser Werk Dresden', country: 'DE' });
  de2 = await registerMember(app, { name: 'Fraunhofer Test Institute', country: 'DE' });
  vn = await registerMember(app, { name: 'Mekong Ventures', country: 'VN' });
  waiting = await registerMember(app, { name: 'Late Comer Ltd', country: 'FR' });
  outsider = await registerMember(app, { name: 'Not Registered Inc', country: 'US' });
  laser = await createListing(app, de1, offerInput(), true);
  secretOffer = await createListing(app, de1, offerInput({ title: 'Confidential plasma coating process for turbine blades', visibility: 'anonymous' }), true);
  need = await createListing(app, vn, needInput(), true);
  waitersOffer = await createListing(app, waiting, offerInput({ title: 'Biodegradable packaging film from cassava starch' }), true);
  event = await createEvent(app, organiser, { kind: 'exhibition', capacity: 3 });
  r1 = await register(de1, event.id, { offerListingIds: [laser.id, secretOffer.id], seekListingIds: [need.id], languages: ['de', 'en'] });
  r2 = await register(de2, event.id, { participantType: 'research_institute' });
  r3 = await register(vn, event.id, { participantType: 'investor', offerListingIds: [need.id], seekListingIds: [laser.id] });
  rw = await register(waiting, event.id, { offerListingIds: [waitersOffer.id] });
  assert.equal(rw.status, 'waitlisted');
});
after(() => app.shutdown());

const delegations = (c: Member) => c.client.get<{ items: DelegationBody[] }>(`/api/events/${event.id}/delegations`);
const participants = (c: Member, query = '') => c.client.get<{ items: ParticipantBody[]; total: number }>(`/api/events/${event.id}/participants${query}`);

describe('delegations', () => {
  let german: DelegationBody;

  test('staff create a country delegation of confirmed participants; the leader comes first and is always a member', async () => {
    const res = await organiser.client.post<DelegationBody>(`/api/events/${event.id}/delegations`, {
      kind: 'country',
      name: 'German delegation',
      country: 'DE',
      leaderRegistrationId: r2.id,
      memberRegistrationIds: [r1.id],
    });
    expectStatus(res, 201);
    german = res.body;
    assert.equal(german.leaderRegistrationId, r2.id);
    assert.deepEqual(german.memberRegistrationIds, [r2.id, r1.id]);
    assert.deepEqual(german.members.map((m) => m.registrationId).sort(), [r1.id, r2.id].sort());
  });

  test('a participant belongs to at most one delegation of the event (409 ALREADY_IN_DELEGATION)', async () => {
    const res = await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'organisation', name: 'Fraunhofer', organisationId: de2.organisationId, memberRegistrationIds: [r2.id, r3.id] });
    expectError(res, 409, 'ALREADY_IN_DELEGATION');
    assert.deepEqual(errorDetails(res), [{ registrationId: r2.id, delegationId: german.id, delegationName: 'German delegation' }]);
  });

  test('rejects members who are not confirmed participants and incomplete delegations with 400 and the field', async () => {
    const bad = await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'country', name: 'Mixed', country: 'FR', memberRegistrationIds: [r3.id, rw.id] });
    expectError(bad, 400, 'VALIDATION_FAILED');
    assert.deepEqual(detailPaths(bad), ['/memberRegistrationIds/1']);
    const noCountry = await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'country', name: 'Nowhere' });
    expectError(noCountry, 400, 'VALIDATION_FAILED');
    assert.deepEqual(detailPaths(noCountry), ['/country']);
    expectError(await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'country', name: 'Atlantis', country: 'QQ' }), 400, 'UNKNOWN_COUNTRY');
    const noOrg = await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'organisation', name: 'Nobody' });
    expectError(noOrg, 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(`/api/events/${event.id}/delegations`, { kind: 'alliance', name: 'X' }), 400, 'VALIDATION_FAILED');
  });

  test('confirmed participants and staff read delegations; others get 403, anonymous 401; only staff manage them', async () => {
    const asParticipant = await delegations(vn);
    expectStatus(asParticipant, 200);
    assert.deepEqual(asParticipant.body.items.map((d) => d.name), ['German delegation']);
    expectStatus(await delegations(organiser), 200);
    const one = await vn.client.get<DelegationBody>(`/api/events/${event.id}/delegations/${german.id}`);
    expectStatus(one, 200);
    assert.equal(one.body.country, 'DE');
    const refused = await delegations(waiting);
    expectError(refused, 403, 'FORBIDDEN');
    assert.deepEqual(errorDetails(refused), { reason: 'not_a_participant' });
    expectError(await delegations(outsider), 403, 'FORBIDDEN');
    expectError(await app.client().get(`/api/events/${event.id}/delegations`), 401, 'UNAUTHENTICATED');
    expectError(await vn.client.post(`/api/events/${event.id}/delegations`, { kind: 'country', name: 'Vietnam', country: 'VN' }), 403, 'FORBIDDEN');
    expectError(await vn.client.patch(`/api/events/${event.id}/delegations/${german.id}`, { name: 'Hijacked' }), 403, 'FORBIDDEN');
    expectError(await vn.client.delete(`/api/events/${event.id}/delegations/${german.id}`), 403, 'FORBIDDEN');
  });

  test('the participants directory shows delegation membership', async () => {
    const res = await participants(vn);
    const byId = new Map(res.body.items.map((p) => [p.registrationId, p]));
    assert.deepEqual(byId.get(r1.id)?.delegationIds, [german.id]);
    assert.deepEqual(byId.get(r3.id)?.delegationIds, []);
  });

  test('editing replaces the members; a cancelled member leaves the delegation; deleting it keeps the registrations', async () => {
    const edited = await organiser.client.patch<DelegationBody>(`/api/events/${event.id}/delegations/${german.id}`, { name: 'Germany', memberRegistrationIds: [r1.id] });
    expectStatus(edited, 200);
    assert.equal(edited.body.name, 'Germany');
    assert.deepEqual(edited.body.memberRegistrationIds, [r2.id, r1.id], 'the leader stays a member');
    const noLeader = await organiser.client.patch<DelegationBody>(`/api/events/${event.id}/delegations/${german.id}`, { leaderRegistrationId: null, memberRegistrationIds: [r1.id] });
    assert.deepEqual(noLeader.body.memberRegistrationIds, [r1.id]);
    expectStatus(await organiser.client.patch(`/api/events/${event.id}/delegations/${german.id}`, { leaderRegistrationId: r1.id }), 200);

    expectStatus(await de1.client.post(`/api/events/${event.id}/registrations/${r1.id}/cancel`, {}), 200);
    const after = await organiser.client.get<DelegationBody>(`/api/events/${event.id}/delegations/${german.id}`);
    assert.deepEqual(after.body.memberRegistrationIds, []);
    assert.equal(after.body.leaderRegistrationId, null);
    // The freed place went to the waiting list; put things back for the tests below.
    assert.equal((await waiting.client.get<RegistrationBody>(`/api/events/${event.id}/registrations/me`)).body.status, 'confirmed');

    expectStatus(await organiser.client.delete(`/api/events/${event.id}/delegations/${german.id}`), 204);
    expectError(await organiser.client.get(`/api/events/${event.id}/delegations/${german.id}`), 404, 'DELEGATION_NOT_FOUND');
    expectError(await organiser.client.delete(`/api/events/${event.id}/delegations/${german.id}`), 404, 'DELEGATION_NOT_FOUND');
    expectError(await organiser.client.patch(`/api/events/${event.id}/delegations/${german.id}`, { name: 'Ghost' }), 404, 'DELEGATION_NOT_FOUND');
    assert.equal((await de2.client.get<RegistrationBody>(`/api/events/${event.id}/registrations/me`)).body.status, 'confirmed');

    // de1 registers again: the event is full again, so they wait until the organisers add a place.
    const back = await register(de1, event.id, { offerListingIds: [laser.id, secretOffer.id], seekListingIds: [need.id], languages: ['de', 'en'] });
    assert.equal(back.status, 'waitlisted');
    expectStatus(await organiser.client.patch(`/api/events/${event.id}`, { version: (await organiser.client.get<EventBody>(`/api/events/${event.id}`)).body.version, capacity: 4 }), 200);
    assert.equal((await de1.client.get<RegistrationBody>(`/api/events/${event.id}/registrations/me`)).body.status, 'confirmed');
  });
});

describe('the participants directory', () => {
  test('lists confirmed participants without e-mails; anonymous offers never appear under their owner', async () => {
    const res = await participants(vn);
    expectStatus(res, 200);
    assert.equal(res.body.total, 4);
    const german = res.body.items.find((p) => p.registrationId === r1.id);
    assert.ok(german);
    assert.equal(german.organisationName, 'Laser Werk Dresden');
    assert.deepEqual(german.languages, ['de', 'en']);
    assert.deepEqual(german.offers.map((l) => l.id), [laser.id], 'the anonymous offer is left out');
    assert.deepEqual(german.seeks, [{ id: need.id, type: 'technology_need', title: '新能源汽车电池托盘激光焊接技术需求' }]);
    assert.ok(!JSON.stringify(res.body).includes('@example.test'), 'no e-mail address is shown');
    assert.ok(!JSON.stringify(res.body).includes(secretOffer.id));
    const own = await participants(de1);
    assert.deepEqual(own.body.items.find((p) => p.registrationId === r1.id)?.offers.map((l) => l.id).sort(), [laser.id, secretOffer.id].sort(), 'its own organisation sees it');
  });

  test('filters by participant type, country and name or organisation', async () => {
    assert.deepEqual((await participants(vn, '?participantType=investor')).body.items.map((p) => p.registrationId), [r3.id]);
    assert.deepEqual((await participants(vn, '?country=DE&country=VN')).body.items.map((p) => p.country).sort(), ['DE', 'DE', 'VN']);
    assert.deepEqual((await participants(vn, '?q=fraunhofer')).body.items.map((p) => p.registrationId), [r2.id]);
    assert.deepEqual((await participants(vn, '?q=late%20ltd')).body.items.map((p) => p.organisationName), ['Late Comer Ltd']);
    assert.equal((await participants(vn, '?q=%25')).body.total, 0, 'LIKE wildcards are taken literally');
    expectError(await participants(vn, '?participantType=alien'), 400, 'VALIDATION_FAILED');
  });

  test('is for confirmed participants and staff: others 403 FORBIDDEN (not_a_participant), anonymous 401', async () => {
    expectStatus(await participants(organiser), 200);
    const refused = await participants(outsider);
    expectError(refused, 403, 'FORBIDDEN');
    assert.deepEqual(errorDetails(refused), { reason: 'not_a_participant' });
    expectError(await app.client().get(`/api/events/${event.id}/participants`), 401, 'UNAUTHENTICATED');
  });
});

describe('exhibitors', () => {
  let booth: ExhibitorBody;
  let draftListing: { id: string };
  before(async () => {
    draftListing = await createListing(app, de1, offerInput({ title: 'A draft that is not published' }));
    anonymousShow = await createListing(app, de2, offerInput({ title: 'Anonymous sensor fusion platform for smart farming', visibility: 'anonymous' }), true);
  });

  test('staff give an organisation a booth with its published listings; the public list shows names, listings, count and area', async () => {
    const res = await organiser.client.post<ExhibitorBody>(`/api/events/${event.id}/exhibitors`, {
      organisationId: de1.organisationId,
      boothNumber: ' A12 ',
      hall: 'Hall 1',
      areaSqm: 18.5,
      listingIds: [laser.id],
    });
    expectStatus(res, 201);
    booth = res.body;
    assert.equal(booth.boothNumber, 'A12');
    assert.deepEqual(booth.organisation, { id: de1.organisationId, name: 'Laser Werk Dresden', country: 'DE' });
    expectStatus(await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: de2.organisationId, boothNumber: 'B1', hall: 'Hall 1', areaSqm: 9, listingIds: [anonymousShow.id] }), 201);
    expectStatus(await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: vn.organisationId, boothNumber: 'C7' }), 201);

    const list = await app.client().get<{ items: ExhibitorBody[]; count: number; totalAreaSqm: number }>(`/api/events/${event.id}/exhibitors`);
    expectStatus(list, 200);
    assert.equal(list.body.count, 3);
    assert.equal(list.body.totalAreaSqm, 27.5);
    assert.deepEqual(list.body.items.map((e) => e.boothNumber), ['C7', 'A12', 'B1'], 'by hall (none first), then booth');
    assert.deepEqual(list.body.items.find((e) => e.id === booth.id)?.listings, [{ id: laser.id, type: 'technology_offer', title: 'Laser welding of aluminium battery trays' }]);
    assert.deepEqual(list.body.items.find((e) => e.boothNumber === 'B1')?.listings, [], 'an anonymous listing would name its owner at the stand');
    const one = await app.client().get<ExhibitorBody>(`/api/events/${event.id}/exhibitors/${booth.id}`);
    expectStatus(one, 200);
    assert.equal(one.body.hall, 'Hall 1');
  });

  test('a booth number is unique within the event (409 BOOTH_TAKEN), also when moving a stand', async () => {
    const taken = await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: vn.organisationId, boothNumber: 'A12' });
    expectError(taken, 409, 'BOOTH_TAKEN');
    assert.deepEqual(errorDetails(taken), { boothNumber: 'A12', exhibitorId: booth.id });
    const list = await organiser.client.get<{ items: ExhibitorBody[] }>(`/api/events/${event.id}/exhibitors`);
    const c7 = list.body.items.find((e) => e.boothNumber === 'C7');
    expectError(await organiser.client.patch(`/api/events/${event.id}/exhibitors/${c7?.id}`, { boothNumber: 'A12' }), 409, 'BOOTH_TAKEN');
    const moved = await organiser.client.patch<ExhibitorBody>(`/api/events/${event.id}/exhibitors/${c7?.id}`, { boothNumber: 'C8', hall: 'Hall 2', areaSqm: 12 });
    expectStatus(moved, 200);
    assert.equal(moved.body.boothNumber, 'C8');
    expectStatus(await organiser.client.patch(`/api/events/${event.id}/exhibitors/${booth.id}`, { boothNumber: 'A12', areaSqm: 20 }), 200);
    const other = await createEvent(app, organiser);
    expectStatus(await organiser.client.post(`/api/events/${other.id}/exhibitors`, { organisationId: vn.organisationId, boothNumber: 'A12' }), 201);
  });

  test("showcased listings must be published listings of the exhibitor's organisation (400 with the field)", async () => {
    const foreign = await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: vn.organisationId, boothNumber: 'D1', listingIds: [laser.id] });
    expectError(foreign, 400, 'VALIDATION_FAILED');
    assert.deepEqual(detailPaths(foreign), ['/listingIds/0']);
    const draft = await organiser.client.patch(`/api/events/${event.id}/exhibitors/${booth.id}`, { listingIds: [laser.id, draftListing.id] });
    expectError(draft, 400, 'VALIDATION_FAILED');
    assert.deepEqual(detailPaths(draft), ['/listingIds/1']);
    expectError(await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: '00000000-0000-4000-8000-000000000000', boothNumber: 'D2' }), 404, 'ORGANISATION_NOT_FOUND');
    expectError(await organiser.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: vn.organisationId, boothNumber: 'D3', areaSqm: -4 }), 400, 'VALIDATION_FAILED');
  });

  test('only staff manage exhibitors; drafts stay hidden from the public', async () => {
    expectError(await de1.client.post(`/api/events/${event.id}/exhibitors`, { organisationId: de1.organisationId, boothNumber: 'Z9' }), 403, 'FORBIDDEN');
    expectError(await de1.client.patch(`/api/events/${event.id}/exhibitors/${booth.id}`, { boothNumber: 'Z9' }), 403, 'FORBIDDEN');
    expectError(await app.client().delete(`/api/events/${event.id}/exhibitors/${booth.id}`), 401, 'UNAUTHENTICATED');
    const draft = await createEvent(app, organiser, {}, false);
    expectError(await app.client().get(`/api/events/${draft.id}/exhibitors`), 404, 'EVENT_NOT_FOUND');
    expectStatus(await organiser.client.get(`/api/events/${draft.id}/exhibitors`), 200);
    const gone = await organiser.client.post<ExhibitorBody>(`/api/events/${event.id}/exhibitors`, { organisationId: outsider.organisationId, boothNumber: 'X1' });
    expectStatus(await organiser.client.delete(`/api/events/${event.id}/exhibitors/${gone.body.id}`), 204);
    expectError(await app.client().get(`/api/events/${event.id}/exhibitors/${gone.body.id}`), 404, 'EXHIBITOR_NOT_FOUND');
  });
});

describe('the event marketplace', () => {
  let exhibited: { id: string };
  let unrelated: { id: string };
  before(async () => {
    exhibited = await createListing(app, vn, offerInput({ title: 'Rice husk silica for green tyres' }), true);
    unrelated = await createListing(app, outsider, offerInput({ title: 'Laser cleaning of ship hulls' }), true);
    const list = await organiser.client.get<{ items: ExhibitorBody[] }>(`/api/events/${event.id}/exhibitors`);
    const vnBooth = list.body.items.find((e) => e.organisation.id === vn.organisationId);
    expectStatus(await organiser.client.patch(`/api/events/${event.id}/exhibitors/${vnBooth?.id}`, { listingIds: [exhibited.id] }), 200);
  });

  const market = (query = '', client = app.client()) => client.get<MarketplaceBody>(`/api/events/${event.id}/marketplace${query}`);

  test("shows the published listings confirmed participants offer or seek and exhibitors show, with how they are linked", async () => {
    const res = await market();
    expectStatus(res, 200);
    const ids = res.body.items.map((i) => i.listing.id);
    assert.deepEqual(ids.slice().sort(), [laser.id, secretOffer.id, need.id, waitersOffer.id, exhibited.id, anonymousShow.id].sort());
    assert.ok(!ids.includes(unrelated.id));
    assert.equal(res.body.total, 6);
    const sources = new Map(res.body.items.map((i) => [i.listing.id, i.sources.slice().sort()]));
    assert.deepEqual(sources.get(laser.id), ['exhibitor', 'offer', 'seek']);
    assert.deepEqual(sources.get(need.id), ['offer', 'seek']);
    assert.deepEqual(sources.get(exhibited.id), ['exhibitor']);
    for (const id of [secretOffer.id, anonymousShow.id]) {
      const secret = res.body.items.find((i) => i.listing.id === id);
      assert.equal(secret?.listing.anonymous, true);
      assert.equal(secret?.listing.organisation, null, 'an anonymous listing does not name its organisation');
    }
  });

  test('filters by type and searches the text like the listing search, with paging', async () => {
    const needs = await market('?type=technology_need');
    assert.deepEqual(needs.body.items.map((i) => i.listing.id), [need.id]);
    const laserHits = await market('?q=laser');
    assert.ok(laserHits.body.items.some((i) => i.listing.id === laser.id));
    assert.ok(!laserHits.body.items.some((i) => i.listing.id === unrelated.id), 'a listing outside the event is not found');
    const page1 = await market('?limit=2&sort=date');
    assert.equal(page1.body.items.length, 2);
    assert.ok(page1.body.nextCursor);
    const page2 = await market(`?limit=4&sort=date&cursor=${page1.body.nextCursor}`);
    assert.equal(page2.body.items.length, 4);
    assert.equal(page2.body.nextCursor, null);
    assert.ok(!page2.body.items.some((i) => page1.body.items.some((j) => j.listing.id === i.listing.id)));
    expectError(await market('?type=spaceship'), 400, 'VALIDATION_FAILED');
  });

  test("a cancelled participant's listings leave the marketplace", async () => {
    expectStatus(await waiting.client.post(`/api/events/${event.id}/registrations/${rw.id}/cancel`, {}), 200);
    const res = await market();
    assert.ok(!res.body.items.some((i) => i.listing.id === waitersOffer.id));
    const draft = await createEvent(app, organiser, {}, false);
    expectError(await app.client().get(`/api/events/${draft.id}/marketplace`), 404, 'EVENT_NOT_FOUND');
  });
});
