/**
 * Matching through the API: stored matches for a listing and for an organisation, what each viewer may
 * see of them, feedback and its precision, weights, tags, and search by text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

interface MatchBody {
  id: string | null;
  score: number;
  target: { kind: string; type: string; listing: { id: string; title: string; anonymous: boolean; organisation: { id: string; name: string } | null } | null };
  breakdown: Array<{ signal: string; value: number | null; weight: number; contribution: number | null }>;
  explanation: {
    sharedConcepts: string[];
    matchedTerms: Array<{ terms: string[]; subject: Array<{ field: string; start: number; end: number; text: string }>; candidate: Array<{ field: string; start: number; end: number; text: string }> }>;
    trl: { required: number | null; offered: number | null } | null;
    country: { soughtBySubject: string[]; candidateCountry: string | null } | null;
  };
  feedback: { verdict: string; reason: string | null } | null;
  abilities: { feedback: boolean };
}
interface MatchesBody {
  listing: { id: string; live: boolean; pending: boolean };
  items: MatchBody[];
}

let app: TestApp;
let cn: Member;
let de: Member;
let fi: Member;
let need: { id: string };
let offer: { id: string };
let anonymousOffer: { id: string };
let membersOffer: { id: string };
let draftOffer: { id: string };

const GERMAN_OFFER = offerInput({
  language: 'de',
  title: 'Laserstrahlschweißen mit Strahloszillation für Batteriewannen aus Aluminium',
  summary:
    'Unser Institut hat ein Verfahren zum Laserstrahlschweißen von Aluminium-Strangpressprofilen mit hochfrequenter Strahloszillation entwickelt. Die Porosität der Schweißnaht sinkt unter 0,5 %, der Verzug großer Batteriewannen um 40 %.',
  sectors: ['laser_technology', 'new_energy_vehicles'],
  keywords: ['kw.laser_welding', 'kw.lithium_battery'],
  details: { trl: 7, iprStatus: 'patent_granted', cooperationTypes: ['licensing', 'joint_rd'] },
});

const matchesOf = (client: TestClient, id: string, query = '') => client.get<MatchesBody>(`/api/listings/${id}/matches${query}`);
const ids = (body: MatchesBody) => body.items.map((m) => m.target.listing?.id);

before(async () => {
  app = await createTestApp();
  cn = await registerMember(app, { name: 'Changzhou Battery Trays Co.', country: 'CN' });
  de = await registerMember(app, { name: 'Fraunhofer-artiges Laserinstitut', country: 'DE' });
  fi = await registerMember(app, { name: 'Turku Photonics Oy', country: 'FI' });
  need = await createListing(
    app,
    cn,
    needInput({
      title: '新能源汽车铝合金电池托盘激光焊接工艺',
      summary: '我公司需要铝合金电池托盘的激光焊接工艺，要求焊缝气孔率低于百分之一，并控制托盘热变形。',
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding'],
      countriesSought: ['DE', 'FI'],
      details: { problem: '现有MIG焊接变形大，气孔多。', desiredSolution: '激光焊接工艺及设备。', trlMin: 6, budget: { min: 500000, max: 2000000, currency: 'CNY' }, deadline: '2027-06-30', cooperationTypes: ['joint_rd'] },
    }),
    true,
  );
  offer = await createListing(app, de, GERMAN_OFFER, true);
  anonymousOffer = await createListing(app, fi, offerInput({ title: 'Laser welding of aluminium battery housings with beam shaping', summary: 'Fibre laser welding with beam shaping for aluminium battery trays; low porosity welds.', visibility: 'anonymous' }), true);
  membersOffer = await createListing(app, fi, offerInput({ title: 'Remote laser welding cell for aluminium battery trays', summary: 'A robot cell for remote laser welding of aluminium battery trays and housings.', visibility: 'members' }), true);
  draftOffer = await createListing(app, de, offerInput({ title: 'Laser welding of aluminium battery trays (draft)', summary: 'Laser welding of aluminium battery trays, not yet submitted.' }));
  await app.ctx.runMatchingJobs();
});
after(() => app.shutdown());

describe('matches of a listing', () => {
  test('a Chinese need finds the German offer that solves it first, with the shared concept and the matched words in both texts', async () => {
    const res = await matchesOf(app.client(), need.id);
    expectStatus(res, 200);
    assert.equal(res.body.listing.live, true);
    assert.equal(res.body.items[0]?.target.listing?.id, offer.id, JSON.stringify(res.body.items.map((m) => [m.target.listing?.title, m.score])));
    const top = res.body.items[0]!;
    assert.ok(top.explanation.sharedConcepts.includes('kw.laser_welding'));
    const weld = top.explanation.matchedTerms.find((t) => t.terms.includes('weld'));
    assert.ok(weld, JSON.stringify(top.explanation.matchedTerms));
    assert.ok(weld.subject.some((s) => s.text.includes('焊')), 'highlighted in the Chinese need');
    assert.ok(weld.candidate.some((s) => /schwei/i.test(s.text)), 'highlighted in the German offer');
    const title = weld.candidate.find((s) => s.field === 'title')!;
    assert.equal(GERMAN_OFFER.title.slice(title.start, title.end), title.text, 'spans are offsets into the returned text');
    assert.deepEqual(top.explanation.trl, { required: 6, offered: 7 });
    assert.ok(top.score > 0 && top.score <= 1);
    const text = top.breakdown.find((b) => b.signal === 'text')!;
    assert.ok(text.value !== null && text.value > 0 && text.contribution !== null);
    assert.equal(top.breakdown.find((b) => b.signal === 'semantic')?.value, null, 'no embeddings configured');
  });

  test('both directions: the need is among the offer’s matches too', async () => {
    const res = await matchesOf(de.client, offer.id);
    expectStatus(res, 200);
    assert.ok(ids(res.body).includes(need.id));
  });

  test('anonymous listings stay anonymous: no organisation in matches or explanations, except for their own members', async () => {
    const res = await matchesOf(cn.client, need.id);
    const anonymous = res.body.items.find((m) => m.target.listing?.id === anonymousOffer.id);
    assert.ok(anonymous, 'the anonymous offer matches');
    assert.equal(anonymous.target.listing?.organisation, null);
    assert.equal(anonymous.target.listing?.anonymous, true);
    const json = JSON.stringify(anonymous);
    assert.ok(!json.includes(fi.organisationId) && !json.includes('Turku Photonics'), json);
    const own = await matchesOf(fi.client, need.id);
    assert.equal(own.body.items.find((m) => m.target.listing?.id === anonymousOffer.id)?.target.listing?.organisation?.id, fi.organisationId);
  });

  test('drafts never match, and members-only listings only match for logged-in members', async () => {
    const loggedOut = await matchesOf(app.client(), need.id);
    assert.ok(!ids(loggedOut.body).includes(draftOffer.id));
    assert.ok(!ids(loggedOut.body).includes(membersOffer.id), 'members-only hidden from visitors');
    const member = await matchesOf(cn.client, need.id);
    assert.ok(!ids(member.body).includes(draftOffer.id));
    assert.ok(ids(member.body).includes(membersOffer.id), 'members-only shown to a logged-in member');
  });

  test('org A cannot read the matches of org B’s draft (404), nor anyone those of a missing listing', async () => {
    expectError(await matchesOf(cn.client, draftOffer.id), 404, 'LISTING_NOT_FOUND');
    expectError(await matchesOf(cn.client, '00000000-0000-4000-8000-000000000000'), 404, 'LISTING_NOT_FOUND');
    expectStatus(await matchesOf(de.client, draftOffer.id), 200);
  });

  test('filters: type, country and minimum score; 400 for a bad filter', async () => {
    const de_ = await matchesOf(cn.client, need.id, '?country=DE');
    assert.deepEqual([...new Set(de_.body.items.map((m) => m.target.listing?.id))], [offer.id]);
    const none = await matchesOf(cn.client, need.id, '?type=job');
    assert.equal(none.body.items.length, 0);
    const strict = await matchesOf(cn.client, need.id, '?minScore=0.99');
    assert.ok(strict.body.items.every((m) => m.score >= 0.99));
    expectError(await matchesOf(cn.client, need.id, '?minScore=2'), 400, 'VALIDATION_FAILED');
    expectError(await matchesOf(cn.client, need.id, '?type=spaceship'), 400, 'VALIDATION_FAILED');
  });
});

describe('recommendations for an organisation', () => {
  test('members get the best matches across their live listings, each once, never their own', async () => {
    const second = await createListing(app, cn, needInput({ title: '电池托盘铝合金激光焊接设备采购', summary: '寻找铝合金电池托盘激光焊接设备与工艺合作伙伴。', keywords: ['kw.laser_welding'], countriesSought: ['DE'] }), true);
    await app.ctx.runMatchingJobs();
    const res = await cn.client.get<{ items: Array<MatchBody & { via: Array<{ id: string }> }> }>(`/api/organisations/${cn.organisationId}/recommendations`);
    expectStatus(res, 200);
    const found = res.body.items.filter((r) => r.target.listing?.id === offer.id);
    assert.equal(found.length, 1, 'deduplicated');
    assert.deepEqual(found[0]!.via.map((v) => v.id).sort(), [need.id, second.id].sort());
    assert.ok(res.body.items.every((r) => r.target.listing?.organisation?.id !== cn.organisationId));
    assert.ok(!res.body.items.some((r) => r.target.listing?.id === draftOffer.id));
  });

  test('401 without a session, 403 for another organisation, 404 for an unknown one', async () => {
    expectError(await app.client().get(`/api/organisations/${cn.organisationId}/recommendations`), 401, 'UNAUTHENTICATED');
    expectError(await de.client.get(`/api/organisations/${cn.organisationId}/recommendations`), 403, 'FORBIDDEN');
    expectError(await cn.client.get('/api/organisations/00000000-0000-4000-8000-000000000000/recommendations'), 404, 'ORGANISATION_NOT_FOUND');
  });
});

describe('feedback', () => {
  test('is stored per user, can be changed, and counts in the precision the admin sees', async () => {
    const match = (await matchesOf(cn.client, need.id)).body.items.find((m) => m.target.listing?.id === offer.id)!;
    assert.equal(match.abilities.feedback, true);
    const first = await cn.client.post<{ verdict: string }>(`/api/matches/${match.id}/feedback`, { verdict: 'relevant' });
    expectStatus(first, 200);
    const other = (await matchesOf(cn.client, need.id)).body.items.find((m) => m.target.listing?.id === anonymousOffer.id)!;
    const second = await cn.client.post<{ verdict: string; reason: string }>(`/api/matches/${other.id}/feedback`, { verdict: 'not_relevant', reason: 'wrong_stage', comment: 'TRL too low for us' });
    expectStatus(second, 200);
    assert.equal(second.body.reason, 'wrong_stage');
    const again = (await matchesOf(cn.client, need.id)).body.items.find((m) => m.id === match.id)!;
    assert.equal(again.feedback?.verdict, 'relevant', 'shown to its author');
    const admin = await app.admin();
    const status = await admin.get<{ feedback: { relevant: number; notRelevant: number; precision: number; byType: Array<{ type: string; precision: number }> } }>('/api/admin/matching');
    expectStatus(status, 200);
    assert.equal(status.body.feedback.relevant, 1);
    assert.equal(status.body.feedback.notRelevant, 1);
    assert.equal(status.body.feedback.precision, 0.5);
    assert.deepEqual(status.body.feedback.byType, [{ type: 'technology_need', relevant: 1, notRelevant: 1, precision: 0.5 }]);
    // Changing one's mind replaces the verdict rather than adding one.
    expectStatus(await cn.client.post(`/api/matches/${other.id}/feedback`, { verdict: 'relevant' }), 200);
    const changed = await admin.get<{ feedback: { relevant: number; notRelevant: number; precision: number } }>('/api/admin/matching');
    assert.deepEqual([changed.body.feedback.relevant, changed.body.feedback.notRelevant, changed.body.feedback.precision], [2, 0, 1]);
  });

  test('401 without a session, 403 for another organisation, 404 for an unknown match, 400 per field', async () => {
    const match = (await matchesOf(cn.client, need.id)).body.items[0]!;
    expectError(await app.client().post(`/api/matches/${match.id}/feedback`, { verdict: 'relevant' }), 401, 'UNAUTHENTICATED');
    expectError(await fi.client.post(`/api/matches/${match.id}/feedback`, { verdict: 'relevant' }), 403, 'FORBIDDEN');
    expectError(await cn.client.post('/api/matches/00000000-0000-4000-8000-000000000000/feedback', { verdict: 'relevant' }), 404, 'MATCH_NOT_FOUND');
    expectError(await cn.client.post(`/api/matches/${match.id}/feedback`, { verdict: 'maybe' }), 400, 'VALIDATION_FAILED');
    expectError(await cn.client.post(`/api/matches/${match.id}/feedback`, { verdict: 'not_relevant', reason: 'boring' }), 400, 'VALIDATION_FAILED');
    expectError(await cn.client.post(`/api/matches/${match.id}/feedback`, { verdict: 'relevant', reason: 'wrong_field' }), 400, 'VALIDATION_FAILED');
  });
});

describe('tags', () => {
  test('listings are tagged from their text; the author removes a tag and matching follows', async () => {
    const tagged = await createListing(app, fi, offerInput({ title: 'Sodium-ion battery cells for stationary energy storage', summary: 'Prismatic sodium-ion cells with long cycle life.', sectors: ['new_energy_vehicles'], keywords: [] }), true);
    await app.ctx.runMatchingJobs();
    const tags = await app.client().get<{ author: string[]; automatic: string[]; effective: string[]; abilities: { edit: boolean } }>(`/api/listings/${tagged.id}/tags`);
    expectStatus(tags, 200);
    assert.deepEqual(tags.body.author, ['new_energy_vehicles']);
    assert.ok(tags.body.automatic.includes('kw.energy_storage'), JSON.stringify(tags.body));
    assert.ok(tags.body.effective.includes('kw.energy_storage'));
    assert.equal(tags.body.abilities.edit, false);
    const put = await fi.client.put<{ dismissed: string[]; effective: string[]; abilities: { edit: boolean } }>(`/api/listings/${tagged.id}/tags`, { dismissed: ['kw.energy_storage'] });
    expectStatus(put, 200);
    assert.deepEqual(put.body.dismissed, ['kw.energy_storage']);
    assert.ok(!put.body.effective.includes('kw.energy_storage'));
    assert.equal(put.body.abilities.edit, true);
    await app.ctx.runMatchingJobs();
    const again = await fi.client.get<{ dismissed: string[]; automatic: string[]; effective: string[] }>(`/api/listings/${tagged.id}/tags`);
    assert.deepEqual(again.body.dismissed, ['kw.energy_storage']);
    assert.ok(again.body.automatic.includes('kw.energy_storage'), 'still found in the text');
    assert.ok(!again.body.effective.includes('kw.energy_storage'), 'but not used after the refresh either');
  });

  test('401, 403 for another organisation, 400 for an unknown concept', async () => {
    expectError(await app.client().put(`/api/listings/${offer.id}/tags`, { dismissed: [] }), 401, 'UNAUTHENTICATED');
    expectError(await cn.client.put(`/api/listings/${offer.id}/tags`, { dismissed: [] }), 403, 'FORBIDDEN');
    expectError(await de.client.put(`/api/listings/${offer.id}/tags`, { dismissed: ['alchemy'] }), 400, 'UNKNOWN_CONCEPT');
  });
});

describe('search by text', () => {
  test('finds listings for a description in another language, only what the viewer may see', async () => {
    const res = await app.client().get<{ language: string; items: MatchBody[] }>(`/api/matching/search?q=${encodeURIComponent('铝合金电池托盘激光焊接')}&type=technology_offer`);
    expectStatus(res, 200);
    assert.equal(res.body.language, 'zh-Hans');
    const found = res.body.items.map((m) => m.target.listing?.id);
    assert.ok(found.includes(offer.id));
    assert.ok(!found.includes(draftOffer.id) && !found.includes(membersOffer.id));
    assert.equal(res.body.items[0]?.id, null, 'live results are not stored matches');
  });

  test('400 without a text', async () => {
    expectError(await app.client().get('/api/matching/search?type=technology_offer'), 400, 'VALIDATION_FAILED');
  });
});

describe('status', () => {
  test('/api/health says the matching mode', async () => {
    const res = await app.client().get<{ matching: { mode: string; status: string } }>('/api/health');
    expectStatus(res, 200);
    assert.deepEqual(res.body.matching, { mode: 'builtin', status: 'ready' });
  });
});

describe('lifecycle', () => {
  test('closed and expired listings leave the matches', async () => {
    const closing = await createListing(app, fi, offerInput({ title: 'Hybrid laser arc welding of aluminium battery trays', summary: 'Laser welding of aluminium battery trays with an arc.' }), true);
    const expiring = await createListing(app, fi, offerInput({ title: 'Laser welding monitoring for aluminium battery trays', summary: 'Inline camera monitoring of laser welding of aluminium trays.', expiresAt: '2026-11-23' }), true);
    await app.ctx.runMatchingJobs();
    const before_ = ids((await matchesOf(cn.client, need.id)).body);
    assert.ok(before_.includes(closing.id) && before_.includes(expiring.id), 'both match while live');
    expectStatus(await fi.client.post(`/api/listings/${closing.id}/close`), 200);
    app.clock.advanceDays(3);
    // Past its expiry date a listing is hidden at once, before the expiry job has run.
    assert.ok(!ids((await matchesOf(cn.client, need.id)).body).includes(expiring.id));
    const { expireListings } = await import('../../src/domain/listings/commands.js');
    await app.ctx.uow.run((s) => expireListings(s, app.clock));
    await app.ctx.runMatchingJobs();
    const after_ = (await matchesOf(cn.client, need.id)).body;
    assert.ok(!ids(after_).includes(closing.id) && !ids(after_).includes(expiring.id), JSON.stringify(ids(after_)));
    assert.ok(ids(after_).includes(offer.id));
    const closedOwn = await matchesOf(fi.client, closing.id);
    assert.equal(closedOwn.body.listing.live, false);
    assert.equal(closedOwn.body.items.length, 0);
  });
});
