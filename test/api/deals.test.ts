/**
 * The deals pipeline: entering a deal (validation and error codes), values with their recorded conversion,
 * stage moves (forward, corrections, drops with reasons, reopening), optimistic concurrency, export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createDeal, dealInput, moveDeal, type DealBody, type DealList } from '../helpers/deals.js';
import { registerMember, type Member } from '../helpers/factories.js';
import { detailPaths } from '../helpers/registrations.js';

let app: TestApp;
let a: Member;
let b: Member;
let admin: TestClient;

before(async () => {
  app = await createTestApp();
  a = await registerMember(app, { name: 'Ningbo Battery Co.', country: 'CN' });
  b = await registerMember(app, { name: 'Aachen Laser GmbH', country: 'DE' });
  admin = await app.admin();
});
after(() => app.shutdown());

describe('entering a deal', () => {
  test('needs a session (401), valid fields (400 per field) and another party', async () => {
    expectError(await app.client().post('/api/deals', dealInput(a, [b])), 401, 'UNAUTHENTICATED');
    const bad = await a.client.post('/api/deals', dealInput(a, [], { type: 'barter', title: '' }));
    expectError(bad, 400, 'VALIDATION_FAILED');
    assert.deepEqual(detailPaths(bad), ['/partyOrganisationIds', '/title', '/type']);
    expectError(await a.client.post('/api/deals', dealInput(a, [a])), 400, 'VALIDATION_FAILED');
    expectError(await a.client.post('/api/deals', dealInput(a, [b], { signedOn: '2026-11-01' })), 400, 'VALIDATION_FAILED');
    expectError(await a.client.post('/api/deals', dealInput(a, [b], { value: { amountMinor: 100, currency: 'XXX' } })), 400, 'VALIDATION_FAILED');
  });

  test('only for your own organisation (403) and with organisations that exist (404)', async () => {
    expectError(await a.client.post('/api/deals', dealInput(b, [a])), 403, 'FORBIDDEN');
    expectError(await a.client.post('/api/deals', { ...dealInput(a, [b]), partyOrganisationIds: ['00000000-0000-4000-8000-000000000000'] }), 404, 'ORGANISATION_NOT_FOUND');
    expectError(await a.client.post('/api/deals', dealInput(a, [b], { eventId: '00000000-0000-4000-8000-000000000000' })), 404, 'EVENT_NOT_FOUND');
    expectError(await a.client.post('/api/deals', dealInput(a, [b], { listingIds: ['00000000-0000-4000-8000-000000000000'] })), 404, 'LISTING_NOT_FOUND');
  });

  test('creates a deal at contact with both parties, the owner first, and a history entry', async () => {
    const deal = await createDeal(a, [b], { description: 'Fibre-laser process for 6xxx aluminium', expectedCloseOn: '2027-03-31' });
    assert.equal(deal.stage, 'contact');
    assert.deepEqual(deal.parties.map((p) => [p.name, p.role]), [['Ningbo Battery Co.', 'owner'], ['Aachen Laser GmbH', 'party']]);
    assert.deepEqual(deal.history.map((h) => [h.kind, h.fromStage, h.toStage, h.actorName]), [['created', null, 'contact', 'Test User']]);
    assert.deepEqual(deal.abilities, { edit: true, manageParties: true, leave: false });
    assert.equal(deal.expectedCloseOn, '2027-03-31');
    assert.equal(deal.signedOn, null);
  });
});

describe('values in several currencies', () => {
  test('CNY is the reporting currency: converted at 1', async () => {
    const deal = await createDeal(a, [b], { value: { amountMinor: 28_800_000_00, currency: 'CNY' } });
    assert.deepEqual(deal.value, { amountMinor: 28_800_000_00, currency: 'CNY', conversion: { reportingCurrency: 'CNY', rate: '1', rateDate: '2026-11-21', rateSource: 'identity', reportingAmountMinor: 28_800_000_00 } });
  });

  test('a foreign currency needs a rate: 422 without one, the given rate is recorded, else the admin table', async () => {
    expectError(await a.client.post('/api/deals', dealInput(a, [b], { value: { amountMinor: 1_000_000_00, currency: 'EUR' } })), 422, 'EXCHANGE_RATE_MISSING');
    const manual = await createDeal(a, [b], { value: { amountMinor: 1_000_000_00, currency: 'EUR', exchangeRate: { rate: '7.85', rateDate: '2026-11-20' } } });
    assert.deepEqual(manual.value?.conversion, { reportingCurrency: 'CNY', rate: '7.85', rateDate: '2026-11-20', rateSource: 'manual', reportingAmountMinor: 7_850_000_00 });

    expectError(await a.client.put('/api/admin/exchange-rates', { rates: [{ currency: 'EUR', rate: '7.8', validOn: '2026-11-01' }] }), 403, 'FORBIDDEN');
    expectError(await admin.put('/api/admin/exchange-rates', { rates: [{ currency: 'CNY', rate: '1', validOn: '2026-11-01' }] }), 400, 'VALIDATION_FAILED');
    const set = await admin.put<{ rates: Array<{ currency: string; rate: string; validOn: string }> }>('/api/admin/exchange-rates', {
      rates: [
        { currency: 'EUR', rate: '7.8000', validOn: '2026-11-01' },
        { currency: 'EUR', rate: '7.9', validOn: '2026-12-01' },
        { currency: 'JPY', rate: '0.048', validOn: '2026-11-01' },
      ],
    });
    expectStatus(set, 200);
    assert.deepEqual(set.body.rates.map((r) => [r.currency, r.rate, r.validOn]), [['EUR', '7.9', '2026-12-01'], ['EUR', '7.8', '2026-11-01'], ['JPY', '0.048', '2026-11-01']]);
    // The latest rate on or before today (2026-11-21) is 7.8; JPY has no minor unit, CNY has fen.
    const eur = await createDeal(a, [b], { value: { amountMinor: 250_000_00, currency: 'EUR' } });
    assert.deepEqual(eur.value?.conversion, { reportingCurrency: 'CNY', rate: '7.8', rateDate: '2026-11-01', rateSource: 'table', reportingAmountMinor: 1_950_000_00 });
    const jpy = await createDeal(a, [b], { value: { amountMinor: 1_234_567, currency: 'JPY' } });
    // 1,234,567 JPY × 0.048 = 59,259.216 CNY, rounded to the fen.
    assert.equal(jpy.value?.conversion?.reportingAmountMinor, 59_259_22);
  });

  test('editing another field keeps the recorded rate; a new amount is converted anew', async () => {
    const deal = await createDeal(a, [b], { value: { amountMinor: 100_00, currency: 'EUR', exchangeRate: { rate: '7.5', rateDate: '2026-10-01' } } });
    const edited = await a.client.patch<DealBody>(`/api/deals/${deal.id}`, { version: deal.version, title: 'Renamed', value: { amountMinor: 100_00, currency: 'EUR' } });
    expectStatus(edited, 200);
    assert.equal(edited.body.value?.conversion?.rate, '7.5');
    const repriced = await a.client.patch<DealBody>(`/api/deals/${deal.id}`, { version: edited.body.version, value: { amountMinor: 200_00, currency: 'EUR' } });
    expectStatus(repriced, 200);
    assert.deepEqual([repriced.body.value?.conversion?.rate, repriced.body.value?.conversion?.reportingAmountMinor], ['7.8', 1_560_00]);
  });

  test('the stage summary sums values across currencies in the reporting currency', async () => {
    const c = await registerMember(app, { name: 'Summing Ltd', country: 'CN' });
    const d = await registerMember(app, { name: 'Partner GmbH', country: 'DE' });
    await createDeal(c, [d], { value: { amountMinor: 1_000_00, currency: 'CNY' } });
    await createDeal(c, [d], { value: { amountMinor: 100_00, currency: 'EUR' } });
    await createDeal(c, [d], { value: { amountMinor: 100_00, currency: 'EUR', exchangeRate: { rate: '8', rateDate: '2026-11-20' } } });
    const list = await c.client.get<DealList>('/api/deals');
    expectStatus(list, 200);
    const contact = list.body.summary.find((s) => s.stage === 'contact');
    assert.deepEqual(contact, { stage: 'contact', count: 3, reportingAmountMinor: 1_000_00 + 780_00 + 800_00, unconverted: 0 });
    assert.equal(list.body.reportingCurrency, 'CNY');
  });
});

describe('moving through the stages', () => {
  test('forward (skipping allowed), a correction back needs a reason, signing sets the date', async () => {
    let deal = await createDeal(a, [b]);
    const forward = await moveDeal(a, deal, 'cooperation_intention');
    expectStatus(forward, 200);
    deal = forward.body;
    expectError(await moveDeal(a, deal, 'cooperation_intention'), 409, 'INVALID_TRANSITION');
    expectError(await moveDeal(a, deal, 'meeting_held'), 400, 'REASON_REQUIRED');
    const corrected = await moveDeal(a, deal, 'meeting_held', { reason: 'Clicked the wrong column' });
    expectStatus(corrected, 200);
    const signed = await moveDeal(b, corrected.body, 'agreement_signed');
    expectStatus(signed, 200);
    assert.equal(signed.body.signedOn, '2026-11-21');
    assert.deepEqual(
      signed.body.history.map((h) => [h.kind, h.fromStage, h.toStage, h.reason]),
      [['created', null, 'contact', null], ['forward', 'contact', 'cooperation_intention', null], ['correction', 'cooperation_intention', 'meeting_held', 'Clicked the wrong column'], ['forward', 'meeting_held', 'agreement_signed', null]],
    );
    const back = await moveDeal(a, signed.body, 'cooperation_intention', { reason: 'Signing postponed' });
    expectStatus(back, 200);
    assert.equal(back.body.signedOn, null);
  });

  test('dropping needs a category and a reason text; a dropped deal reopens with a reason', async () => {
    const deal = await createDeal(a, [b]);
    const noCategory = await moveDeal(a, deal, 'dropped', { reason: 'Budget frozen' });
    expectError(noCategory, 400, 'REASON_REQUIRED');
    assert.deepEqual(detailPaths(noCategory), ['/dropCategory']);
    const noText = await moveDeal(a, deal, 'dropped', { dropCategory: 'budget', reason: '  ' });
    expectError(noText, 400, 'REASON_REQUIRED');
    assert.deepEqual(detailPaths(noText), ['/reason']);
    expectError(await moveDeal(a, deal, 'dropped', { dropCategory: 'bankrupt', reason: 'x' }), 400, 'VALIDATION_FAILED');
    const dropped = await moveDeal(a, deal, 'dropped', { dropCategory: 'budget', reason: 'Budget frozen until 2028' });
    expectStatus(dropped, 200);
    assert.deepEqual(dropped.body.drop, { category: 'budget', reason: 'Budget frozen until 2028' });
    expectError(await moveDeal(a, dropped.body, 'dropped', { dropCategory: 'budget', reason: 'again' }), 409, 'INVALID_TRANSITION');
    expectError(await moveDeal(a, dropped.body, 'contact'), 400, 'REASON_REQUIRED');
    const reopened = await moveDeal(a, dropped.body, 'contact', { reason: 'Budget approved after all' });
    expectStatus(reopened, 200);
    assert.equal(reopened.body.drop, null);
    assert.deepEqual(reopened.body.history.slice(-2).map((h) => [h.kind, h.dropCategory]), [['drop', 'budget'], ['reopen', null]]);
  });

  test('a completed deal cannot be dropped (409)', async () => {
    const deal = await createDeal(a, [b], { stage: 'in_execution' });
    assert.equal(deal.signedOn, '2026-11-21');
    const done = await moveDeal(a, deal, 'completed');
    expectStatus(done, 200);
    assert.deepEqual(done.body.nextStages, ['contact', 'meeting_held', 'cooperation_intention', 'agreement_signed', 'in_execution']);
    expectError(await moveDeal(a, done.body, 'dropped', { dropCategory: 'other', reason: 'Changed our minds' }), 409, 'INVALID_TRANSITION');
  });

  test('a stale version is a 409 VERSION_CONFLICT with the current version, for edits and moves', async () => {
    const deal = await createDeal(a, [b]);
    expectStatus(await a.client.patch(`/api/deals/${deal.id}`, { version: deal.version, title: 'First edit' }), 200);
    const stale = await b.client.patch(`/api/deals/${deal.id}`, { version: deal.version, title: 'Second edit' });
    expectError(stale, 409, 'VERSION_CONFLICT');
    assert.deepEqual((stale.body as { error: { details: unknown } }).error.details, { currentVersion: deal.version + 1 });
    expectError(await moveDeal(b, deal, 'meeting_held'), 409, 'VERSION_CONFLICT');
    expectError(await a.client.patch(`/api/deals/${deal.id}`, { version: deal.version + 1 }), 400, 'VALIDATION_FAILED');
  });

  test('every change is in the audit log', async () => {
    const deal = await createDeal(a, [b]);
    await moveDeal(a, deal, 'meeting_held');
    const rows = await app.ctx.uow.read(async () => (await app.database.db.execute(`select action from audit_log where subject_type = 'deal' and subject_id = '${deal.id}' order by created_at`)) as unknown as { rows: Array<{ action: string }> });
    assert.deepEqual(rows.rows.map((r) => r.action), ['deal.created', 'deal.stage_changed']);
  });
});

describe('export', () => {
  test('CSV and XLSX of the deals you see, with formulas neutralised', async () => {
    const owner = await registerMember(app, { name: 'Export Owner', country: 'CN' });
    await createDeal(owner, [b], { title: '=HYPERLINK("http://evil.example","click")', value: { amountMinor: 12_345_67, currency: 'CNY' } });
    await createDeal(owner, [b], { title: '@SUM(A1:A2)', type: 'purchase' });
    const csv = await owner.client.get(`/api/deals/export?format=csv`);
    expectStatus(csv, 200);
    assert.match(String(csv.headers['content-disposition']), /^attachment; filename="deals-2026-11-21\.csv"$/);
    const text = csv.raw.body;
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), text);
    assert.ok(text.includes("'@SUM(A1:A2)"), text);
    assert.ok(!/(^|,)=HYPERLINK/m.test(text));
    assert.ok(text.includes('12345.67'));
    assert.equal(text.split('\r\n').filter(Boolean).length, 3);
    const xlsx = await owner.client.get(`/api/deals/export?format=xlsx&type=purchase`);
    expectStatus(xlsx, 200);
    assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.rowCount, 2);
    assert.equal(sheet.getRow(2).getCell(2).value, "'@SUM(A1:A2)");
  });
});
