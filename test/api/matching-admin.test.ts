/**
 * Running matching: the admin status page, re-index with progress, platform weights that change the
 * ranking, and event-scoped weights under the event's policy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createEvent } from '../helpers/events.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';
import { register } from '../helpers/registrations.js';

interface MatchesBody {
  items: Array<{ score: number; target: { listing: { id: string } | null }; breakdown: Array<{ signal: string; weight: number }> }>;
}
interface AdminBody {
  mode: string;
  status: string;
  dictionaries: { languages: Record<string, { entries: number }>; missing: string[] } | null;
  languageIdentifier: string | null;
  index: { documents: number; listings: number; live: number; storedMatches: number; termLists: number };
  jobs: { queued: number; failed: number };
  reindex: { id: string; status: string; done: number | null; total: number | null; phase: string | null } | null;
  weights: { platform: Record<string, number>; defaults: Record<string, number> };
}

const ONLY = (signal: string) => ({ text: 0, concepts: 0, semantic: 0, country: 0, trl: 0, budget: 0, cooperation: 0, [signal]: 1 });

let app: TestApp;
let admin: TestClient;
let cn: Member;
let de: Member;
let fi: Member;
let need: { id: string };
/** Says the same as the need in other words, but is filed under another sector. */
let wordy: { id: string };
/** Shares every concept with the need, in unrelated words. */
let conceptual: { id: string };

const order = (body: MatchesBody) => body.items.map((m) => m.target.listing?.id).filter((id) => id === wordy.id || id === conceptual.id);

before(async () => {
  app = await createTestApp();
  admin = await app.admin();
  cn = await registerMember(app, { country: 'CN' });
  de = await registerMember(app, { country: 'DE' });
  fi = await registerMember(app, { country: 'FI' });
  need = await createListing(app, cn, needInput({ sectors: ['laser_technology', 'new_energy_vehicles'], keywords: ['kw.laser_welding', 'kw.lithium_battery'] }), true);
  wordy = await createListing(
    app,
    de,
    offerInput({
      title: 'Laser welding process for aluminium battery trays with low weld porosity',
      summary: 'We weld aluminium alloy battery trays for new energy vehicles by laser, keeping porosity below one percent and trays flat.',
      sectors: ['advanced_materials'],
      keywords: [],
    }),
    true,
  );
  conceptual = await createListing(
    app,
    fi,
    offerInput({
      title: 'Optical coherence tomography probes',
      summary: 'Inline optical coherence tomography for inspection on production lines.',
      sectors: ['laser_technology', 'new_energy_vehicles'],
      keywords: ['kw.laser_welding', 'kw.lithium_battery'],
    }),
    true,
  );
  await app.ctx.runMatchingJobs();
  // The wordy offer's automatic tags would share the need's concepts: its author removes them.
  const tags = await de.client.get<{ automatic: string[]; author: string[] }>(`/api/listings/${wordy.id}/tags`);
  expectStatus(await de.client.put(`/api/listings/${wordy.id}/tags`, { dismissed: tags.body.automatic.filter((c) => !tags.body.author.includes(c)) }), 200);
  await app.ctx.runMatchingJobs();
});
after(() => app.shutdown());

describe('admin status', () => {
  test('shows the mode, the dictionaries, the index and the default weights', async () => {
    const res = await admin.get<AdminBody>('/api/admin/matching');
    expectStatus(res, 200);
    assert.equal(res.body.mode, 'builtin');
    assert.equal(res.body.status, 'ready');
    assert.ok(res.body.dictionaries, 'dictionaries reported');
    assert.ok(Array.isArray(res.body.dictionaries.missing));
    assert.ok(res.body.languageIdentifier);
    assert.ok(res.body.index.listings >= 3 && res.body.index.live >= 3 && res.body.index.storedMatches > 0 && res.body.index.termLists > 0, JSON.stringify(res.body.index));
    assert.equal(res.body.jobs.queued, 0);
    assert.deepEqual(res.body.weights.platform, res.body.weights.defaults);
  });

  test('401 without a session, 403 for a member', async () => {
    expectError(await app.client().get('/api/admin/matching'), 401, 'UNAUTHENTICATED');
    expectError(await cn.client.get('/api/admin/matching'), 403, 'FORBIDDEN');
    expectError(await cn.client.post('/api/admin/matching/reindex'), 403, 'FORBIDDEN');
    expectError(await cn.client.put('/api/admin/matching/weights', ONLY('text')), 403, 'FORBIDDEN');
  });
});

describe('re-index', () => {
  test('runs as one job with progress; asking twice while it waits gives the same job; matches survive', async () => {
    const before_ = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    const first = await admin.post<{ job: { id: string; status: string } }>('/api/admin/matching/reindex');
    expectStatus(first, 202);
    assert.equal(first.body.job.status, 'queued');
    const second = await admin.post<{ job: { id: string } }>('/api/admin/matching/reindex');
    expectStatus(second, 202);
    assert.equal(second.body.job.id, first.body.job.id);
    await app.ctx.runMatchingJobs();
    const status = await admin.get<AdminBody>('/api/admin/matching');
    assert.equal(status.body.reindex?.id, first.body.job.id);
    assert.equal(status.body.reindex?.status, 'done');
    assert.equal(status.body.reindex?.phase, 'matches');
    assert.ok((status.body.reindex?.total ?? 0) > 0);
    assert.equal(status.body.reindex?.done, status.body.reindex?.total);
    assert.equal(status.body.jobs.queued, 0, 'the matches it queued have run');
    const after_ = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.deepEqual(after_.body.items.map((m) => m.target.listing?.id), before_.body.items.map((m) => m.target.listing?.id));
  });
});

describe('weights', () => {
  test('change the ranking at once: words first with text only, concepts first with concepts only', async () => {
    expectStatus(await admin.put('/api/admin/matching/weights', ONLY('text')), 200);
    const byText = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.deepEqual(order(byText.body), [wordy.id, conceptual.id]);
    assert.equal(byText.body.items[0]?.breakdown.find((b) => b.signal === 'text')?.weight, 1);
    expectStatus(await admin.put('/api/admin/matching/weights', ONLY('concepts')), 200);
    const byConcepts = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.deepEqual(order(byConcepts.body), [conceptual.id, wordy.id]);
    const res = await admin.get<AdminBody>('/api/admin/matching');
    assert.equal(res.body.weights.platform.concepts, 1);
  });

  test('400 when every weight is 0 or one is missing or negative', async () => {
    expectError(await admin.put('/api/admin/matching/weights', { text: 0, concepts: 0, semantic: 0, country: 0, trl: 0, budget: 0, cooperation: 0 }), 400, 'VALIDATION_FAILED');
    expectError(await admin.put('/api/admin/matching/weights', { text: 1 }), 400, 'VALIDATION_FAILED');
    expectError(await admin.put('/api/admin/matching/weights', { ...ONLY('text'), trl: -1 }), 400, 'VALIDATION_FAILED');
  });

  test('an event’s own weights apply to matches seen with the event, among what is brought to it', async () => {
    expectStatus(await admin.put('/api/admin/matching/weights', ONLY('text')), 200);
    const organiser = await registerMember(app, { country: 'CN', name: 'Event organiser' });
    const event = await createEvent(app, organiser);
    await register(fi, event.id, { offerListingIds: [conceptual.id] });
    await register(de, event.id, { offerListingIds: [wordy.id] });
    const platform = await organiser.client.get<{ source: string; weights: Record<string, number> }>(`/api/events/${event.id}/matching-weights`);
    expectStatus(platform, 200);
    assert.equal(platform.body.source, 'platform');
    const set = await organiser.client.put<{ source: string; weights: Record<string, number> }>(`/api/events/${event.id}/matching-weights`, { weights: ONLY('concepts') });
    expectStatus(set, 200);
    assert.deepEqual([set.body.source, set.body.weights.concepts, set.body.weights.text], ['event', 1, 0]);
    const atEvent = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches?eventId=${event.id}`);
    expectStatus(atEvent, 200);
    assert.deepEqual(order(atEvent.body), [conceptual.id, wordy.id], 'event weights: concepts first');
    const elsewhere = await cn.client.get<MatchesBody>(`/api/listings/${need.id}/matches`);
    assert.deepEqual(order(elsewhere.body), [wordy.id, conceptual.id], 'platform weights unchanged');
    expectError(await cn.client.put(`/api/events/${event.id}/matching-weights`, { weights: ONLY('text') }), 403, 'FORBIDDEN');
    expectError(await app.client().put(`/api/events/${event.id}/matching-weights`, { weights: ONLY('text') }), 401, 'UNAUTHENTICATED');
    expectError(await cn.client.get(`/api/events/${event.id}/matching-weights`), 403, 'FORBIDDEN');
    expectError(await organiser.client.put('/api/events/00000000-0000-4000-8000-000000000000/matching-weights', { weights: null }), 404, 'EVENT_NOT_FOUND');
    expectError(await cn.client.get(`/api/listings/${need.id}/matches?eventId=00000000-0000-4000-8000-000000000000`), 404, 'EVENT_NOT_FOUND');
    const reset = await organiser.client.put<{ source: string }>(`/api/events/${event.id}/matching-weights`, { weights: null });
    expectStatus(reset, 200);
    assert.equal(reset.body.source, 'platform');
  });
});
