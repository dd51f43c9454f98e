/**
 * Reports: who sees which scope, the dashboards' figures, the per-event report (organisers and admins
 * only), and deal values summed across currencies at the recorded rates.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { convertMinor } from '../../src/domain/deals/money.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createDeal } from '../helpers/deals.js';
import { createEvent } from '../helpers/events.js';
import { registerMember, type Member } from '../helpers/factories.js';

let app: TestApp;
let admin: TestClient;
let host: Member;
let german: Member;
let vietnamese: Member;
let outsider: Member;
let eventId: string;

before(async () => {
  app = await createTestApp();
  admin = await app.admin();
  host = await registerMember(app, { name: 'Shanghai Technology Exchange', country: 'CN', type: 'tech_transfer_centre' });
  german = await registerMember(app, { name: 'Fraunhofer Partner GmbH', country: 'DE', type: 'research_institute' });
  vietnamese = await registerMember(app, { name: 'Công ty Nông nghiệp Xanh', country: 'VN', type: 'enterprise' });
  outsider = await registerMember(app, { name: 'Other Org', country: 'CN' });
  eventId = (await createEvent(app, host, { kind: 'forum', title: { en: 'Technology import and export fair', 'zh-Hans': '技术进出口交易会' } })).id;
  for (const m of [host, german, vietnamese]) {
    expectStatus(await m.client.post(`/api/events/${eventId}/registrations`, { participantType: 'company', organisationId: m.organisationId }), 201);
  }
  expectStatus(await host.client.post(`/api/events/${eventId}/exhibitors`, { organisationId: german.organisationId, boothNumber: 'A1', areaSqm: 54 }), 201);
  expectStatus(await host.client.post(`/api/events/${eventId}/exhibitors`, { organisationId: vietnamese.organisationId, boothNumber: 'A2', areaSqm: 18.5 }), 201);
});
after(() => app.shutdown());

describe('dashboard permissions', () => {
  test('without a session every report endpoint answers 401 UNAUTHENTICATED', async () => {
    for (const path of ['listings', 'matching', 'meetings', 'deals', 'programmes', 'events']) {
      expectError(await app.client().get(`/api/reports/${path}`), 401, 'UNAUTHENTICATED');
    }
    expectError(await app.client().get('/api/reports/annual?year=2026'), 401, 'UNAUTHENTICATED');
  });

  test('a member may not read the platform scope nor another organisation’s scope (403 FORBIDDEN)', async () => {
    expectError(await german.client.get('/api/reports/events?scope=platform'), 403, 'FORBIDDEN');
    expectError(await german.client.get(`/api/reports/events?scope=${host.organisationId}`), 403, 'FORBIDDEN');
    expectError(await german.client.get(`/api/reports/annual?year=2026&scope=${host.organisationId}`), 403, 'FORBIDDEN');
  });

  test('a member sees their own organisation’s scope by default; an admin sees the platform', async () => {
    const own = await host.client.get<{ range: { scope: string }; events: Array<{ id: string }> }>('/api/reports/events?from=2026-01-01&to=2026-12-31');
    expectStatus(own, 200);
    assert.equal(own.body.range.scope, host.organisationId);
    assert.deepEqual(own.body.events.map((e) => e.id), [eventId]);
    const theirs = await german.client.get<{ events: unknown[] }>('/api/reports/events?from=2026-01-01&to=2026-12-31');
    assert.deepEqual(theirs.body.events, [], 'the German organisation organised nothing');
    const platform = await admin.get<{ range: { scope: string } }>('/api/reports/events?from=2026-01-01&to=2026-12-31');
    expectStatus(platform, 200);
    assert.equal(platform.body.range.scope, 'platform');
  });

  test('a period that ends before it starts is 400 INVALID_RANGE; a malformed scope is 400', async () => {
    expectError(await admin.get('/api/reports/listings?from=2026-05-01&to=2026-04-01'), 400, 'INVALID_RANGE');
    expectError(await admin.get('/api/reports/listings?scope=everyone'), 400, 'VALIDATION_FAILED');
  });
});

describe('events dashboard and per-event report', () => {
  test('participants by country and the foreign share use the participant organisation’s country against the host country', async () => {
    const res = await host.client.get<{ events: Array<{ id: string; participants: number; foreignParticipants: number; foreignShare: number; countries: number; exhibitors: number; areaSqm: number }>; byCountry: Array<{ country: string; count: number }> }>(
      '/api/reports/events?from=2026-01-01&to=2026-12-31',
    );
    const e = res.body.events[0]!;
    const [direct] = await queryRows<{ total: number; foreign: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS total, (count(*) FILTER (WHERE o.country <> 'CN'))::int AS foreign FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = ${eventId} AND r.status = 'confirmed'`,
    );
    assert.deepEqual([e.participants, e.foreignParticipants, e.countries, e.exhibitors, e.areaSqm], [direct!.total, direct!.foreign, 3, 2, 72.5]);
    assert.equal(e.foreignShare, 2 / 3);
    assert.deepEqual(res.body.byCountry.map((c) => c.country).sort(), ['CN', 'DE', 'VN']);
  });

  test('the per-event report is for the event’s organisers and platform admins: 401 anonymous, 403 for a participant, 404 for an unknown event', async () => {
    expectError(await app.client().get(`/api/events/${eventId}/report`), 401, 'UNAUTHENTICATED');
    expectError(await german.client.get(`/api/events/${eventId}/report`), 403, 'FORBIDDEN');
    expectError(await outsider.client.get(`/api/events/${eventId}/report`), 403, 'FORBIDDEN');
    expectError(await host.client.get('/api/events/00000000-0000-4000-8000-000000000000/report'), 404, 'EVENT_NOT_FOUND');
    expectStatus(await admin.get(`/api/events/${eventId}/report`), 200);
  });

  test('the per-event report counts intentions and their value, and agreements signed from deals and the registry', async () => {
    const intention = await createDeal(host, [german], { eventId, stage: 'cooperation_intention', value: { amountMinor: 1_000_000_00, currency: 'CNY' } });
    await createDeal(host, [vietnamese], { eventId, stage: 'agreement_signed', signedOn: '2026-11-20', value: { amountMinor: 50_000_00, currency: 'EUR', exchangeRate: { rate: '7.8123', rateDate: '2026-11-20' } } });
    await createDeal(host, [german], { eventId, stage: 'contact', value: { amountMinor: 9_999_00, currency: 'CNY' } });
    expectStatus(
      await host.client.post('/api/registries/agreements', {
        kind: 'framework_agreement',
        title: { 'zh-Hans': '交易会战略合作协议' },
        defaultLanguage: 'zh-Hans',
        parties: [{ organisationId: host.organisationId }, { organisationId: german.organisationId }],
        signedOn: '2026-11-21',
        eventId,
        visibility: 'public',
      }),
      201,
    );
    const res = await host.client.get<{ event: { participants: number; foreignShare: number }; intentions: { count: number; valueMinor: number; unconverted: number }; agreementsSigned: { deals: number; registry: number; total: number }; meetings: { requested: number } }>(
      `/api/events/${eventId}/report`,
    );
    expectStatus(res, 200);
    assert.equal(res.body.event.participants, 3);
    assert.equal(res.body.intentions.count, 2);
    assert.equal(res.body.intentions.valueMinor, 1_000_000_00 + convertMinor(50_000_00, 'EUR', 'CNY', '7.8123')!);
    assert.deepEqual(res.body.agreementsSigned, { deals: 1, registry: 1, total: 2 });
    assert.equal(res.body.meetings.requested, 0);
    assert.ok(intention.id);
  });
});

describe('deals dashboard', () => {
  test('values in several currencies are summed in the reporting currency at each deal’s recorded rate', async () => {
    const res = await host.client.get<{ reportingCurrency: string; byStage: Array<{ stage: string; count: number; valueMinor: number }>; valueMinor: number; total: number; unconverted: number }>('/api/reports/deals?from=2026-01-01&to=2026-12-31');
    expectStatus(res, 200);
    assert.equal(res.body.reportingCurrency, 'CNY');
    const expected = 1_000_000_00 + convertMinor(50_000_00, 'EUR', 'CNY', '7.8123')! + 9_999_00;
    assert.equal(res.body.valueMinor, expected);
    const [direct] = await queryRows<{ sum: string }>(
      app.database.db,
      sql`SELECT sum(d.reporting_amount_minor)::text AS sum FROM deals d JOIN deal_parties p ON p.deal_id = d.id AND p.organisation_id = ${host.organisationId}`,
    );
    assert.equal(res.body.valueMinor, Number(direct!.sum));
    assert.equal(res.body.byStage.find((s) => s.stage === 'agreement_signed')?.valueMinor, convertMinor(50_000_00, 'EUR', 'CNY', '7.8123'));
    assert.equal(res.body.total, 3);
    // The German organisation is a party to two of them only.
    const german2 = await german.client.get<{ total: number; valueMinor: number }>('/api/reports/deals?from=2026-01-01&to=2026-12-31');
    assert.deepEqual([german2.body.total, german2.body.valueMinor], [2, 1_000_000_00 + 9_999_00]);
  });
});

describe('other dashboards', () => {
  test('listings, matching, meetings and programmes answer with their ranges and totals', async () => {
    const listings = await admin.get<{ total: number; byMonth: unknown[] }>('/api/reports/listings');
    expectStatus(listings, 200);
    const [direct] = await queryRows<{ n: number }>(app.database.db, sql`SELECT count(*)::int AS n FROM listings WHERE published_at IS NOT NULL`);
    assert.equal(listings.body.total, direct!.n);
    const matching = await admin.get<{ precision: number | null; matches: number }>('/api/reports/matching');
    expectStatus(matching, 200);
    assert.equal(matching.body.precision, null);
    expectStatus(await admin.get('/api/reports/meetings'), 200);
    const programmes = await host.client.get<{ funnel: { drafted: number } }>('/api/reports/programmes');
    expectStatus(programmes, 200);
    assert.equal(programmes.body.funnel.drafted, 0);
  });
});
