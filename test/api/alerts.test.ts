/**
 * Saved searches and match alerts: CRUD with its error codes, owner-only access, and the digests —
 * sent once per period (daily: UTC day, weekly: ISO week), only with what is new and visible, in the
 * recipient's language, with an unsubscribe link that works without login.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { OutgoingMail } from '../../src/domain/ports.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

interface SavedSearchBody {
  id: string;
  name: string;
  frequency: 'daily' | 'weekly' | 'off';
  filters: Record<string, unknown>;
  newSince: string;
}
interface MatchAlertBody {
  organisationId: string;
  organisationName: string;
  frequency: 'daily' | 'weekly' | 'off';
}

let app: TestApp;
const minutes = (n: number) => n / (24 * 60);

before(async () => {
  app = await createTestApp();
});
after(() => app.shutdown());

/** Runs the digest sweep (failing the test on any subscription's error) and returns the digests mailed. */
async function sweep(): Promise<OutgoingMail[]> {
  const before = app.mail.sent.length;
  const result = await app.ctx.sendAlertDigests((error) => {
    throw error;
  });
  assert.equal(result.failed, 0);
  await app.ctx.flushOutbox();
  return app.mail.sent.slice(before).filter((m) => m.headers?.['List-Unsubscribe']);
}

const digestsTo = (mails: OutgoingMail[], member: Member) => mails.filter((m) => m.to === member.email);

function unsubscribeToken(mail: OutgoingMail): string {
  const header = mail.headers?.['List-Unsubscribe'] ?? '';
  const match = /^<http:\/\/innox\.test\/unsubscribe\/([A-Za-z0-9_-]+)>$/.exec(header);
  assert.ok(match?.[1], `List-Unsubscribe header: ${header}`);
  assert.ok(mail.text.includes(`http://innox.test/unsubscribe/${match[1]}`), 'the link is in the text too');
  return match[1];
}

async function saveSearch(client: TestClient, body: Record<string, unknown>): Promise<SavedSearchBody> {
  const res = await client.post<SavedSearchBody>('/api/me/saved-searches', body);
  expectStatus(res, 201);
  return res.body;
}

const laserOffer = (title: string, extra: Record<string, unknown> = {}) =>
  offerInput({ title, summary: `${title}: fibre-laser welding for aluminium battery trays.`, sectors: ['laser_technology'], ...extra });

/** Moves the shared clock to the next UTC Saturday, 09:00. */
function toNextSaturday(): void {
  const now = app.clock.now();
  const days = ((6 - now.getUTCDay() + 7) % 7) || 7;
  const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 9);
  app.clock.advanceDays((target - now.getTime()) / 86_400_000);
}

describe('saved searches', () => {
  test('are created, listed, read, renamed, re-filtered and deleted by their owner', async () => {
    const alice = await registerMember(app);
    const created = await saveSearch(alice.client, { name: '  Laser offers  ', frequency: 'daily', filters: { q: ' laser welding ', type: ['technology_offer'], sector: ['laser_technology'], country: [], trlMin: 5 } });
    assert.equal(created.name, 'Laser offers');
    assert.equal(created.frequency, 'daily');
    assert.deepEqual(created.filters, { q: 'laser welding', type: ['technology_offer'], sector: ['laser_technology'], trlMin: 5 });

    const list = await alice.client.get<{ items: SavedSearchBody[]; max: number }>('/api/me/saved-searches');
    expectStatus(list, 200);
    assert.deepEqual(list.body.items.map((s) => s.id), [created.id]);
    assert.equal(list.body.max, 50);
    expectStatus(await alice.client.get(`/api/me/saved-searches/${created.id}`), 200);

    const renamed = await alice.client.patch<SavedSearchBody>(`/api/me/saved-searches/${created.id}`, { name: 'Laser, weekly', frequency: 'weekly', filters: { type: ['technology_need'] } });
    expectStatus(renamed, 200);
    assert.equal(renamed.body.name, 'Laser, weekly');
    assert.equal(renamed.body.frequency, 'weekly');
    assert.deepEqual(renamed.body.filters, { type: ['technology_need'] });

    expectStatus(await alice.client.delete(`/api/me/saved-searches/${created.id}`), 204);
    expectError(await alice.client.get(`/api/me/saved-searches/${created.id}`), 404, 'SAVED_SEARCH_NOT_FOUND');
    assert.equal((await alice.client.get<{ items: unknown[] }>('/api/me/saved-searches')).body.items.length, 0);
  });

  test('reject bad input with its error code and need a login', async () => {
    const alice = await registerMember(app);
    const post = (body: unknown) => alice.client.post('/api/me/saved-searches', body);
    expectError(await post({ frequency: 'daily', filters: {} }), 400, 'VALIDATION_FAILED');
    expectError(await post({ name: '   ', frequency: 'daily', filters: {} }), 400, 'VALIDATION_FAILED');
    expectError(await post({ name: 'x', frequency: 'hourly', filters: {} }), 400, 'VALIDATION_FAILED');
    // Status, sort and paging are not part of a saved search's filters.
    expectError(await post({ name: 'x', frequency: 'daily', filters: { status: ['draft'] } }), 400, 'VALIDATION_FAILED');
    expectError(await post({ name: 'x', frequency: 'daily', filters: { type: 'job' } }), 400, 'VALIDATION_FAILED');
    expectError(await post({ name: 'x', frequency: 'daily', filters: { trlMin: 7, trlMax: 3 } }), 400, 'INVALID_RANGE');
    expectError(await post({ name: 'x', frequency: 'daily', filters: { sector: ['no_such_sector'] } }), 400, 'UNKNOWN_CONCEPT');
    expectError(await post({ name: 'x', frequency: 'daily', filters: { country: ['XX'] } }), 400, 'UNKNOWN_COUNTRY');
    const ok = await saveSearch(alice.client, { name: 'ok', frequency: 'off', filters: {} });
    expectError(await alice.client.patch(`/api/me/saved-searches/${ok.id}`, {}), 400, 'VALIDATION_FAILED');
    expectError(await alice.client.patch(`/api/me/saved-searches/${ok.id}`, { filters: { deadlineAfter: '2027-05-01', deadlineBefore: '2027-01-01' } }), 400, 'INVALID_RANGE');
    expectError(await alice.client.get('/api/me/saved-searches/not-a-uuid'), 400, 'VALIDATION_FAILED');

    const anonymous = app.client();
    expectError(await anonymous.get('/api/me/saved-searches'), 401, 'UNAUTHENTICATED');
    expectError(await anonymous.post('/api/me/saved-searches', { name: 'x', frequency: 'daily', filters: {} }), 401, 'UNAUTHENTICATED');
  });

  test('are limited per user with 409 SAVED_SEARCH_LIMIT', async () => {
    const alice = await registerMember(app);
    for (let i = 0; i < 50; i++) await saveSearch(alice.client, { name: `search ${i}`, frequency: 'off', filters: {} });
    expectError(await alice.client.post('/api/me/saved-searches', { name: 'one too many', frequency: 'off', filters: {} }), 409, 'SAVED_SEARCH_LIMIT');
    const first = (await alice.client.get<{ items: SavedSearchBody[] }>('/api/me/saved-searches')).body.items[0];
    assert.ok(first);
    expectStatus(await alice.client.delete(`/api/me/saved-searches/${first.id}`), 204);
    await saveSearch(alice.client, { name: 'room again', frequency: 'off', filters: {} });
  });

  test("another user can neither read, change nor delete someone's saved search (404)", async () => {
    const alice = await registerMember(app);
    const bob = await registerMember(app);
    const search = await saveSearch(alice.client, { name: 'Mine', frequency: 'daily', filters: {} });
    expectError(await bob.client.get(`/api/me/saved-searches/${search.id}`), 404, 'SAVED_SEARCH_NOT_FOUND');
    expectError(await bob.client.patch(`/api/me/saved-searches/${search.id}`, { frequency: 'off' }), 404, 'SAVED_SEARCH_NOT_FOUND');
    expectError(await bob.client.delete(`/api/me/saved-searches/${search.id}`), 404, 'SAVED_SEARCH_NOT_FOUND');
    assert.equal((await bob.client.get<{ items: unknown[] }>('/api/me/saved-searches')).body.items.length, 0);
    const admin = await app.admin();
    expectError(await admin.get(`/api/me/saved-searches/${search.id}`), 404, 'SAVED_SEARCH_NOT_FOUND');
    const mine = await alice.client.get<SavedSearchBody>(`/api/me/saved-searches/${search.id}`);
    expectStatus(mine, 200);
    assert.equal(mine.body.frequency, 'daily');
  });
});

describe('saved search digests', () => {
  test('a daily digest goes out once per day: a second sweep the same day sends nothing, the next day brings the new listings', async () => {
    const alice = await registerMember(app, { country: 'CN' });
    const bob = await registerMember(app, { name: 'Hamburg Laser GmbH', country: 'DE' });
    const search = await saveSearch(alice.client, { name: 'Laser offers', frequency: 'daily', filters: { type: ['technology_offer'], sector: ['laser_technology'] } });
    app.clock.advanceDays(minutes(5));
    const first = await createListing(app, bob, laserOffer('Remote laser welding cell'), true);
    const unrelated = await createListing(app, bob, needInput({ title: 'We need a laser welding partner', sectors: ['laser_technology'] }), true);

    const mails = digestsTo(await sweep(), alice);
    assert.equal(mails.length, 1);
    const mail = mails[0];
    assert.ok(mail);
    assert.match(mail.subject, /Innox: new listings for your search "Laser offers" \(1\)/);
    assert.ok(mail.text.includes('Remote laser welding cell'));
    assert.ok(mail.text.includes(`http://innox.test/listings/${first.id}`));
    assert.ok(mail.text.includes('Hamburg Laser GmbH'), 'a named listing names its organisation');
    assert.ok(!mail.text.includes(unrelated.id), 'a need is not an offer');
    assert.ok(mail.text.includes('http://innox.test/my/alerts'));
    unsubscribeToken(mail);

    app.clock.advanceDays(minutes(60));
    await createListing(app, bob, laserOffer('Later the same day'), true);
    assert.equal(digestsTo(await sweep(), alice).length, 0, 'one digest per day');
    const digests = await app.ctx.uow.read((s) => s.alerts.digestsOf(search.id));
    assert.deepEqual(digests.map((d) => [d.periodKey, d.items]), [[`day:${app.clock.now().toISOString().slice(0, 10)}`, 1]]);

    app.clock.advanceDays(1);
    const second = await createListing(app, bob, laserOffer('Next day offer'), true);
    const next = digestsTo(await sweep(), alice);
    assert.equal(next.length, 1);
    assert.ok(next[0]?.text.includes('Later the same day'), 'what came after the last digest');
    assert.ok(next[0]?.text.includes(second.id));
    assert.ok(!next[0]?.text.includes(first.id), 'what was mailed is not mailed again');
    assert.equal(digestsTo(await sweep(), alice).length, 0);
  });

  test('nothing new means no mail, yet the period is done', async () => {
    const carol = await registerMember(app);
    const bob = await registerMember(app);
    const search = await saveSearch(carol.client, { name: 'Quantum', frequency: 'daily', filters: { q: 'quantum chromodynamics' } });
    app.clock.advanceDays(minutes(5));
    assert.equal(digestsTo(await sweep(), carol).length, 0);
    const [done] = await app.ctx.uow.read((s) => s.alerts.digestsOf(search.id));
    assert.equal(done?.items, 0);
    assert.equal(done?.outboxId, null);

    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'Quantum chromodynamics simulation software', summary: 'Lattice quantum chromodynamics on GPUs.' }), true);
    assert.equal(digestsTo(await sweep(), carol).length, 0, 'the day was already done');
    app.clock.advanceDays(1);
    const next = digestsTo(await sweep(), carol);
    assert.equal(next.length, 1);
    assert.ok(next[0]?.text.includes('Quantum chromodynamics simulation software'));
  });

  test('a weekly digest waits for the next ISO week', async () => {
    toNextSaturday();
    const dora = await registerMember(app);
    const bob = await registerMember(app);
    await saveSearch(dora.client, { name: 'Photonics', frequency: 'weekly', filters: { q: 'photonic' } });
    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'Photonic integrated circuits', summary: 'Silicon photonic chips for sensing.' }), true);
    assert.equal(digestsTo(await sweep(), dora).length, 1, 'Saturday');

    app.clock.advanceDays(1);
    await createListing(app, bob, offerInput({ title: 'Photonic crystal fibres', summary: 'Hollow-core photonic crystal fibres.' }), true);
    assert.equal(digestsTo(await sweep(), dora).length, 0, 'Sunday is the same ISO week');

    app.clock.advanceDays(1);
    const monday = digestsTo(await sweep(), dora);
    assert.equal(monday.length, 1, 'Monday starts a new week');
    assert.ok(monday[0]?.text.includes('Photonic crystal fibres'));
    assert.ok(!monday[0]?.text.includes('Photonic integrated circuits'));
    for (let day = 0; day < 6; day++) {
      app.clock.advanceDays(1);
      assert.equal(digestsTo(await sweep(), dora).length, 0, `day ${day + 2} of the week`);
    }
  });

  test('drafts, submitted, closed and expired listings stay out; an anonymous listing never names its organisation', async () => {
    const erin = await registerMember(app);
    const secretive = await registerMember(app, { name: 'Secretive Robotics Ltd', country: 'FI' });
    await saveSearch(erin.client, { name: 'Grippers', frequency: 'daily', filters: { q: 'gripper' } });
    app.clock.advanceDays(minutes(5));
    const tomorrow = new Date(app.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    const grip = (title: string, extra: Record<string, unknown> = {}) => offerInput({ title, summary: `${title}: a soft robotic gripper.`, ...extra });
    const draft = await createListing(app, secretive, grip('Draft gripper'));
    const submitted = await createListing(app, secretive, grip('Submitted gripper'));
    expectStatus(await secretive.client.post(`/api/listings/${submitted.id}/submit`), 200);
    const closed = await createListing(app, secretive, grip('Closed gripper'), true);
    expectStatus(await secretive.client.post(`/api/listings/${closed.id}/close`), 200);
    const expiring = await createListing(app, secretive, grip('Expiring gripper', { expiresAt: tomorrow }), true);
    const anonymous = await createListing(app, secretive, grip('Anonymous gripper', { visibility: 'anonymous' }), true);
    const members = await createListing(app, secretive, grip('Members-only gripper', { visibility: 'members' }), true);

    app.clock.advanceDays(2);
    const [mail, ...rest] = digestsTo(await sweep(), erin);
    assert.equal(rest.length, 0);
    assert.ok(mail);
    for (const hidden of [draft, submitted, closed, expiring]) assert.ok(!mail.text.includes(hidden.id), `${hidden.id} is not live`);
    assert.ok(mail.text.includes(anonymous.id));
    assert.ok(mail.text.includes(members.id), 'members-only listings are for signed-up users like the recipient');
    assert.ok(mail.text.includes('organisation not named'));
    const anonymousLine = mail.text.split('\n').find((l) => l.includes('Anonymous gripper')) ?? '';
    assert.ok(!anonymousLine.includes('Secretive Robotics'), anonymousLine);
    const membersLine = mail.text.split('\n').find((l) => l.includes('Members-only gripper')) ?? '';
    assert.ok(membersLine.includes('Secretive Robotics'), membersLine);
  });

  test("is written in the recipient's language", async () => {
    const frank = await registerMember(app);
    expectStatus(await frank.client.patch('/api/auth/me', { locale: 'de' }), 200);
    const bob = await registerMember(app);
    await saveSearch(frank.client, { name: 'Wasserstoff', frequency: 'daily', filters: { q: 'electrolyser' } });
    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'PEM electrolyser stacks', summary: 'Compact PEM electrolyser stacks for green hydrogen.' }), true);
    const [mail] = digestsTo(await sweep(), frank);
    assert.ok(mail);
    assert.match(mail.subject, /neue Einträge für Ihre Suche „Wasserstoff“ \(1\)/);
    assert.ok(mail.text.includes('Technologieangebot'));
    assert.ok(mail.text.includes('Diese E-Mails abbestellen'));
  });

  test('demo accounts (no mailboxes) get no digest, yet their period is done', async () => {
    const demo = await registerMember(app);
    await app.database.db.execute(sql`UPDATE users SET demo = true WHERE id = ${demo.userId}`);
    const bob = await registerMember(app);
    const search = await saveSearch(demo.client, { name: 'Demo', frequency: 'daily', filters: { q: 'perovskite' } });
    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'Perovskite solar cells', summary: 'Perovskite tandem solar cells.' }), true);
    assert.equal(digestsTo(await sweep(), demo).length, 0);
    const [done] = await app.ctx.uow.read((s) => s.alerts.digestsOf(search.id));
    assert.equal(done?.items, 1);
    assert.equal(done?.outboxId, null);
  });

  test('two sweeps at once still send one digest per subscription', async () => {
    const gina = await registerMember(app);
    const bob = await registerMember(app);
    await saveSearch(gina.client, { name: 'Ceramics', frequency: 'daily', filters: { q: 'ceramic' } });
    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'Ceramic membranes', summary: 'Ceramic membranes for water filtration.' }), true);
    const before = app.mail.sent.length;
    await Promise.all([app.ctx.sendAlertDigests(), app.ctx.sendAlertDigests()]);
    await app.ctx.flushOutbox();
    assert.equal(app.mail.sent.slice(before).filter((m) => m.to === gina.email).length, 1);
  });

  test('the sent-log admits one row per subscription and period, whoever claims it', async () => {
    const ivan = await registerMember(app);
    const search = await saveSearch(ivan.client, { name: 'Claims', frequency: 'daily', filters: {} });
    const now = app.clock.now();
    const claim = () => ({ id: randomUUID(), userId: ivan.userId, subscriptionKind: 'saved_search' as const, subscriptionId: search.id, periodKey: 'day:2030-01-01', windowStart: now, windowEnd: now });
    assert.equal(await app.ctx.uow.run((s) => s.alerts.claimDigest(claim())), true);
    assert.equal(await app.ctx.uow.run((s) => s.alerts.claimDigest(claim())), false);
    assert.equal(await app.ctx.uow.run((s) => s.alerts.claimDigest({ ...claim(), periodKey: 'day:2030-01-02' })), true);
  });
});

describe('unsubscribing', () => {
  test('the link of a digest switches its search off without login; using it again is harmless; an unknown link is 404', async () => {
    const hugo = await registerMember(app);
    const bob = await registerMember(app);
    const search = await saveSearch(hugo.client, { name: 'Batteries', frequency: 'daily', filters: { q: 'sodium-ion' } });
    app.clock.advanceDays(minutes(5));
    await createListing(app, bob, offerInput({ title: 'Sodium-ion battery cells', summary: 'Sodium-ion cells for storage.' }), true);
    const [mail] = digestsTo(await sweep(), hugo);
    assert.ok(mail);
    const token = unsubscribeToken(mail);

    const stranger = app.client();
    const info = await stranger.get<{ kind: string; name: string; frequency: string }>(`/api/alerts/unsubscribe/${token}`);
    expectStatus(info, 200);
    assert.deepEqual(info.body, { kind: 'saved_search', name: 'Batteries', frequency: 'daily' });
    const done = await stranger.post<{ frequency: string }>(`/api/alerts/unsubscribe/${token}`);
    expectStatus(done, 200);
    assert.equal(done.body.frequency, 'off');
    const again = await stranger.post<{ frequency: string }>(`/api/alerts/unsubscribe/${token}`);
    expectStatus(again, 200);
    assert.equal(again.body.frequency, 'off');
    assert.equal((await hugo.client.get<SavedSearchBody>(`/api/me/saved-searches/${search.id}`)).body.frequency, 'off');

    expectError(await stranger.get(`/api/alerts/unsubscribe/${randomBytes(24).toString('base64url')}`), 404, 'UNSUBSCRIBE_LINK_INVALID');
    expectError(await stranger.post(`/api/alerts/unsubscribe/${randomBytes(24).toString('base64url')}`), 404, 'UNSUBSCRIBE_LINK_INVALID');
    expectError(await stranger.post('/api/alerts/unsubscribe/short'), 400, 'VALIDATION_FAILED');

    app.clock.advanceDays(1);
    await createListing(app, bob, offerInput({ title: 'More sodium-ion cells', summary: 'Sodium-ion cells, second batch.' }), true);
    assert.equal(digestsTo(await sweep(), hugo).length, 0, 'off means no more digests');

    // Switching on again starts from now: the listing published while it was off is not mailed.
    expectStatus(await hugo.client.patch(`/api/me/saved-searches/${search.id}`, { frequency: 'daily' }), 200);
    app.clock.advanceDays(1);
    assert.equal(digestsTo(await sweep(), hugo).length, 0);

    expectStatus(await hugo.client.delete(`/api/me/saved-searches/${search.id}`), 204);
    expectError(await stranger.get(`/api/alerts/unsubscribe/${token}`), 404, 'UNSUBSCRIBE_LINK_INVALID');
  });
});

describe('match alerts', () => {
  let cn: Member;
  let fi: Member;
  let outsider: Member;
  let need: { id: string };

  before(async () => {
    cn = await registerMember(app, { name: 'Changzhou Battery Trays Co.', country: 'CN' });
    fi = await registerMember(app, { name: 'Turku Photonics Oy', country: 'FI', type: 'research_institute' });
    outsider = await registerMember(app);
    need = await createListing(
      app,
      cn,
      needInput({
        title: '新能源汽车铝合金电池托盘激光焊接工艺',
        summary: '我公司需要铝合金电池托盘的激光焊接工艺，要求焊缝气孔率低于百分之一，并控制托盘热变形。',
        sectors: ['laser_technology', 'new_energy_vehicles'],
        keywords: ['kw.laser_welding'],
      }),
      true,
    );
    await app.ctx.runMatchingJobs();
  });

  test('list one entry per organisation of the user; only members subscribe', async () => {
    const list = await cn.client.get<{ items: MatchAlertBody[] }>('/api/me/match-alerts');
    expectStatus(list, 200);
    assert.deepEqual(list.body.items, [{ organisationId: cn.organisationId, organisationName: 'Changzhou Battery Trays Co.', frequency: 'off' }]);
    expectError(await outsider.client.put(`/api/me/match-alerts/${cn.organisationId}`, { frequency: 'daily' }), 403, 'FORBIDDEN');
    expectError(await cn.client.put(`/api/me/match-alerts/${cn.organisationId}`, { frequency: 'hourly' }), 400, 'VALIDATION_FAILED');
    expectError(await cn.client.put('/api/me/match-alerts/00000000-0000-4000-8000-000000000000', { frequency: 'daily' }), 404, 'ORGANISATION_NOT_FOUND');
    expectError(await app.client().put(`/api/me/match-alerts/${cn.organisationId}`, { frequency: 'daily' }), 401, 'UNAUTHENTICATED');
    expectError(await app.client().get('/api/me/match-alerts'), 401, 'UNAUTHENTICATED');
    assert.equal((await outsider.client.get<{ items: MatchAlertBody[] }>('/api/me/match-alerts')).body.items.some((a) => a.organisationId === cn.organisationId), false);
  });

  test("mail new matches of the organisation's live listings once per period, without naming an anonymous counterpart's organisation", async () => {
    const set = await cn.client.put<MatchAlertBody>(`/api/me/match-alerts/${cn.organisationId}`, { frequency: 'daily' });
    expectStatus(set, 200);
    assert.equal(set.body.frequency, 'daily');
    app.clock.advanceDays(minutes(5));
    const offer = await createListing(
      app,
      fi,
      offerInput({
        title: 'Laser welding of aluminium battery housings with beam shaping',
        summary: 'Fibre laser welding with beam shaping for aluminium battery trays; low porosity welds, little distortion.',
        sectors: ['laser_technology', 'new_energy_vehicles'],
        keywords: ['kw.laser_welding'],
        visibility: 'anonymous',
      }),
      true,
    );
    const draft = await createListing(app, fi, offerInput({ title: 'Laser welding of aluminium battery trays (draft)', summary: 'Laser welding of aluminium battery trays, not yet submitted.' }));
    await app.ctx.runMatchingJobs();

    const [mail, ...rest] = digestsTo(await sweep(), cn);
    assert.equal(rest.length, 0);
    assert.ok(mail, 'a digest of the new match');
    assert.match(mail.subject, /new matches for the listings of Changzhou Battery Trays Co\./);
    assert.ok(mail.text.includes(`http://innox.test/listings/${need.id}`), 'grouped under our listing');
    assert.ok(mail.text.includes(`http://innox.test/listings/${offer.id}`));
    assert.ok(!mail.text.includes(draft.id));
    assert.ok(!mail.text.includes('Turku Photonics'), 'the anonymous offer does not name its organisation');
    assert.ok(mail.text.includes('organisation not named'));
    assert.equal(digestsTo(await sweep(), cn).length, 0, 'once per day');

    // Nothing new the next day: no mail. Unsubscribing through the link switches the alert off.
    app.clock.advanceDays(1);
    await app.ctx.runMatchingJobs();
    assert.equal(digestsTo(await sweep(), cn).length, 0);
    const token = unsubscribeToken(mail);
    const info = await app.client().post<{ kind: string; name: string; frequency: string }>(`/api/alerts/unsubscribe/${token}`);
    expectStatus(info, 200);
    assert.deepEqual(info.body, { kind: 'match_alert', name: 'Changzhou Battery Trays Co.', frequency: 'off' });
    const list = await cn.client.get<{ items: MatchAlertBody[] }>('/api/me/match-alerts');
    assert.equal(list.body.items[0]?.frequency, 'off');
  });
});
