/**
 * The annual report: every figure equals a direct count of the records in SQL and the list of records
 * behind it; the HTML, PDF (Chinese and Vietnamese text, fonts checked) and XLSX exports.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { queryRows } from '../../src/db/client.js';
import { FIGURE_NAMES } from '../../src/domain/reports/figures.js';
import type { AnnualReport, Figure } from '../../src/domain/reports/schema.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createDeal } from '../helpers/deals.js';
import { createEvent } from '../helpers/events.js';
import { registerMember, type Member } from '../helpers/factories.js';
import { createProgramme, submittedApplication } from '../helpers/programmes.js';

let app: TestApp;
let admin: TestClient;
let commission: Member;
let german: Member;
let vietnamese: Member;
let forumId: string;
let matchmakingId: string;
const YEAR = 2026;

async function agreement(member: Member, body: Record<string, unknown>): Promise<string> {
  const res = await member.client.post<{ id: string }>('/api/registries/agreements', { visibility: 'public', defaultLanguage: 'zh-Hans', ...body });
  expectStatus(res, 201);
  return res.body.id;
}

before(async () => {
  app = await createTestApp();
  admin = await app.admin();
  commission = await registerMember(app, { name: 'Municipal S&T Commission', country: 'CN', type: 'government_agency' });
  german = await registerMember(app, { name: 'Deutsches Laserinstitut', country: 'DE', type: 'research_institute' });
  vietnamese = await registerMember(app, { name: 'Viện Công nghệ Sinh học', country: 'VN', type: 'research_institute' });
  const own = { organisationId: commission.organisationId };
  await agreement(commission, { kind: 'framework_agreement', title: { 'zh-Hans': '与宁夏科技合作框架协议', en: '=SUM(1,2) framework agreement with Ningxia' }, parties: [own, { name: 'Ningxia S&T Department', country: 'CN', region: 'Ningxia' }], signedOn: '2026-03-18' });
  await agreement(commission, { kind: 'framework_agreement', title: { 'zh-Hans': '与湖北科技合作框架协议' }, parties: [own, { name: 'Hubei S&T Department', country: 'CN', region: 'Hubei' }], signedOn: '2026-04-22' });
  await agreement(commission, { kind: 'framework_agreement', title: { 'zh-Hans': '去年的协议' }, parties: [own, { name: 'Jiangxi', country: 'CN', region: 'Jiangxi' }], signedOn: '2025-06-09' });
  const first = await agreement(commission, { kind: 'mou', title: { 'zh-Hans': '与巴西科技创新合作谅解备忘录' }, parties: [own, { name: 'MCTI Brazil', country: 'BR' }], signedOn: '2021-05-20' });
  await agreement(commission, { kind: 'mou', title: { 'zh-Hans': '与巴西续签备忘录' }, parties: [own, { name: 'MCTI Brazil', country: 'BR' }], signedOn: '2026-05-20', renewedFromId: first });
  await agreement(commission, { kind: 'joint_lab', title: { 'zh-Hans': '中德激光技术联合实验室' }, parties: [own, { organisationId: german.organisationId }], sectors: ['laser_technology'], signedOn: '2026-10-15' });
  await agreement(commission, { kind: 'incubation_platform', title: { 'zh-Hans': '跨境孵化平台（韩国）' }, parties: [own, { name: 'Gyeonggi Startup Centre', country: 'KR' }], signedOn: '2026-03-28' });

  const training = await commission.client.post<{ id: string }>('/api/registries/trainings', {
    organisationId: commission.organisationId,
    title: { 'zh-Hans': '对口地区科技管理干部培训班', en: 'S&T management training for counterpart regions' },
    defaultLanguage: 'zh-Hans',
    partnerCountries: ['CN'],
    partnerRegions: ['Ningxia'],
  });
  expectStatus(training, 201);
  for (const [startsOn, traineeCount] of [['2026-03-03', 44], ['2026-04-17', 46], ['2025-11-03', 40]] as const) {
    expectStatus(await commission.client.post(`/api/registries/trainings/${training.body.id}/batches`, { startsOn, endsOn: startsOn, mode: 'offline', traineeCount }), 201);
  }
  const camp = await commission.client.post<{ id: string }>('/api/registries/trainings', { organisationId: commission.organisationId, title: { vi: 'Trại khởi nghiệp ASEAN' }, defaultLanguage: 'vi', partnerCountries: ['VN'], partnerRegions: [] });
  expectStatus(await commission.client.post(`/api/registries/trainings/${camp.body.id}/batches`, { startsOn: '2026-08-14', endsOn: '2026-08-25', mode: 'offline', traineeCount: 62 }), 201);

  forumId = (await createEvent(app, commission, { kind: 'forum', title: { 'zh-Hans': '技术进出口交易会', en: 'Technology import and export fair', vi: 'Hội chợ xuất nhập khẩu công nghệ' } })).id;
  matchmakingId = (await createEvent(app, commission, { kind: 'matchmaking_day', title: { 'zh-Hans': '沪宁科技对接会', en: 'Shanghai–Ningxia matchmaking' } })).id;
  for (const m of [commission, german, vietnamese]) {
    expectStatus(await m.client.post(`/api/events/${forumId}/registrations`, { participantType: 'company', organisationId: m.organisationId }), 201);
  }
  expectStatus(await german.client.post(`/api/events/${matchmakingId}/registrations`, { participantType: 'research_institute', organisationId: german.organisationId }), 201);
  expectStatus(await commission.client.post(`/api/events/${forumId}/exhibitors`, { organisationId: german.organisationId, boothNumber: 'A01', areaSqm: 72 }), 201);
  expectStatus(await commission.client.post(`/api/events/${forumId}/exhibitors`, { organisationId: vietnamese.organisationId, boothNumber: 'C03', areaSqm: 18 }), 201);
  const session = await commission.client.post<{ id: string }>(`/api/events/${matchmakingId}/sessions`, { kind: 'keynote', title: { en: 'Opening' }, day: '2026-12-03', start: '09:00', end: '09:30', streamed: true });
  expectStatus(session, 201);
  expectStatus(await commission.client.put(`/api/events/${matchmakingId}/sessions/${session.body.id}/online-viewers`, { count: 60_500 }), 200);
  await createDeal(commission, [german], { eventId: forumId, stage: 'cooperation_intention', value: { amountMinor: 2_800_000_00, currency: 'CNY' } });
  await createDeal(commission, [vietnamese], { eventId: forumId, stage: 'agreement_signed', signedOn: '2026-11-20', value: { amountMinor: 100_000_00, currency: 'EUR', exchangeRate: { rate: '7.8', rateDate: '2026-11-20' } } });
  await createDeal(commission, [german], { eventId: forumId, stage: 'contact', value: { amountMinor: 1_00, currency: 'CNY' } });

  const programme = await createProgramme(commission);
  const application = await submittedApplication(app, programme.id);
  expectStatus(await commission.client.post(`/api/programmes/${programme.id}/close`), 200);
  expectStatus(await commission.client.post(`/api/programme-applications/${application.id}/decision`, { decision: 'fund', awardedMinor: 150_000_00 }), 200);
});
after(() => app.shutdown());

const count = async (query: SQL): Promise<number> => Number((await queryRows<{ n: string | number }>(app.database.db, query))[0]?.n ?? 0);
const Y0 = `${YEAR}-01-01`;
const Y1 = `${YEAR + 1}-01-01`;

/** Direct SQL for each figure of the test's data, written apart from the report store's queries. */
function directFigure(key: string): Promise<number> {
  const [name, id] = key.split(':');
  switch (name) {
    case 'domestic.agreements':
      return count(sql`SELECT count(*) AS n FROM agreements WHERE kind = 'framework_agreement' AND signed_on >= ${Y0} AND signed_on < ${Y1} AND NOT EXISTS (SELECT 1 FROM agreement_parties p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.agreement_id = agreements.id AND coalesce(o.country, p.country) <> 'CN')`);
    case 'domestic.trainingBatches':
    case 'training.batches':
      return count(sql`SELECT count(*) AS n FROM training_batches b JOIN training_programmes t ON t.id = b.programme_id WHERE b.starts_on >= ${Y0} AND b.starts_on < ${Y1} AND t.partner_countries = '{CN}'`);
    case 'domestic.trainees':
    case 'training.trainees':
      return count(sql`SELECT sum(trainee_count) AS n FROM training_batches b JOIN training_programmes t ON t.id = b.programme_id WHERE b.starts_on >= ${Y0} AND b.starts_on < ${Y1} AND t.partner_countries = '{CN}'`);
    case 'domestic.projects':
    case 'domestic.funds':
      return Promise.resolve(0);
    case 'international.projects':
      return count(sql`SELECT count(*) AS n FROM programme_projects`);
    case 'international.mousRenewed':
      return count(sql`SELECT count(*) AS n FROM agreements WHERE kind = 'mou' AND renewed_from_id IS NOT NULL AND signed_on >= ${Y0}`);
    case 'international.jointLabs':
      return count(sql`SELECT count(*) AS n FROM agreements WHERE kind = 'joint_lab' AND signed_on >= ${Y0}`);
    case 'international.platforms':
      return count(sql`SELECT count(*) AS n FROM agreements WHERE kind LIKE '%platform' AND signed_on >= ${Y0}`);
    case 'matchmaking.events':
      return count(sql`SELECT count(*) AS n FROM events WHERE kind = 'matchmaking_day'`);
    case 'matchmaking.organisations':
      return count(sql`SELECT count(DISTINCT organisation_id) AS n FROM event_registrations WHERE event_id = ${matchmakingId} AND status = 'confirmed'`);
    case 'matchmaking.projects':
      return count(sql`SELECT count(DISTINCT l) AS n FROM event_registrations, unnest(offer_listing_ids) l WHERE event_id = ${matchmakingId} AND status = 'confirmed'`);
    case 'matchmaking.viewers':
      return count(sql`SELECT coalesce(sum(online_viewers), 0) AS n FROM event_sessions WHERE event_id = ${matchmakingId}`);
    case 'event.participants':
      return count(sql`SELECT count(*) AS n FROM event_registrations WHERE event_id = ${id} AND status = 'confirmed'`);
    case 'event.countries':
      return count(sql`SELECT count(DISTINCT o.country) AS n FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = ${id} AND r.status = 'confirmed'`);
    case 'event.exhibitors':
      return count(sql`SELECT count(*) AS n FROM event_exhibitors WHERE event_id = ${id}`);
    case 'event.area':
      return count(sql`SELECT coalesce(sum(area_sqm), 0) AS n FROM event_exhibitors WHERE event_id = ${id}`);
    case 'event.viewers':
      return count(sql`SELECT coalesce(sum(online_viewers), 0) AS n FROM event_sessions WHERE event_id = ${id}`);
    case 'event.intentions':
      return count(sql`SELECT count(*) AS n FROM deals WHERE event_id = ${id} AND stage IN ('cooperation_intention', 'agreement_signed', 'in_execution', 'completed')`);
    case 'event.intentionValue':
      return count(sql`SELECT coalesce(sum(reporting_amount_minor), 0) AS n FROM deals WHERE event_id = ${id} AND stage IN ('cooperation_intention', 'agreement_signed', 'in_execution', 'completed')`);
    case 'event.foreignShare':
      return count(sql`SELECT (count(*) FILTER (WHERE o.country <> 'CN'))::float8 / count(*) AS n FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = ${id} AND r.status = 'confirmed'`);
    default:
      throw new Error(`no direct count for ${key}`);
  }
}

function allFigures(value: unknown, out: Figure[] = []): Figure[] {
  if (Array.isArray(value)) for (const v of value) allFigures(v, out);
  else if (value && typeof value === 'object') {
    if ('key' in value && 'source' in value && 'unit' in value) out.push(value as Figure);
    else for (const v of Object.values(value)) allFigures(v, out);
  }
  return out;
}

describe('annual report figures', () => {
  let report: AnnualReport;
  before(async () => {
    const res = await admin.get<AnnualReport>(`/api/reports/annual?year=${YEAR}`);
    expectStatus(res, 200);
    report = res.body;
  });

  test('reads like the municipal report: agreements with regions, trainings, projects, matchmaking, network and a flagship event', () => {
    assert.equal(report.domestic.agreements.value, 2);
    assert.deepEqual(report.domestic.agreementRegions, ['Hubei', 'Ningxia']);
    assert.deepEqual([report.domestic.trainingBatches.value, report.domestic.trainees.value], [2, 90]);
    assert.deepEqual([report.domestic.matchmakingEvents.value, report.domestic.matchmakingOrganisations.value, report.domestic.matchmakingViewers.value], [1, 1, 60_500]);
    assert.deepEqual([report.international.projects.value, report.domestic.projects.value], [1, 0]);
    assert.deepEqual(report.international.projectCountries, ['SG']);
    assert.deepEqual([report.international.mousRenewed.value, report.international.jointLabs.value, report.international.platforms.value], [1, 1, 1]);
    assert.deepEqual([report.international.mouCountries, report.international.platformCountries], [['BR'], ['KR']]);
    const fair = report.international.flagshipEvents.find((e) => e.id === forumId)!;
    assert.deepEqual([fair.participants.value, fair.countries.value, fair.exhibitors.value, fair.areaSqm.value, fair.intentions.value], [3, 3, 2, 90, 2]);
    assert.equal(fair.foreignShare.value, 2 / 3);
    assert.equal(fair.intentionValue.value, 2_800_000_00 + 780_000_00);
    assert.equal(fair.intentionValue.currency, 'CNY');
  });

  test('every figure equals a direct SQL count and the records listed behind it', async () => {
    const figures = allFigures(report);
    assert.equal(figures.length, 23, ` ${figures.length} figures`);
    for (const f of figures) {
      assert.ok(f.source.length > 10, f.key);
      const direct = await directFigure(f.key);
      assert.ok(Math.abs(f.value - direct) < 1e-9, `${f.key}: report ${f.value}, direct ${direct}`);
      const records = await admin.get<{ records: Array<{ value: number | null }> }>(`/api/reports/annual/figures/${encodeURIComponent(f.key)}?year=${YEAR}`);
      expectStatus(records, 200);
      const listed = f.unit === 'share' ? null : ['count'].includes(f.unit) && !/trainees|viewers/.test(f.key) ? records.body.records.length : records.body.records.reduce((n, r) => n + (r.value ?? 0), 0);
      if (listed !== null) assert.equal(listed, f.value, `${f.key}: records add up to ${listed}`);
    }
  });

  test('figure records: 404 REPORT_FIGURE_NOT_FOUND for an unknown figure or an event outside the report; 403 for another organisation’s scope', async () => {
    expectError(await admin.get(`/api/reports/annual/figures/domestic.nothing?year=${YEAR}`), 404, 'REPORT_FIGURE_NOT_FOUND');
    expectError(await admin.get(`/api/reports/annual/figures/${encodeURIComponent(`event.participants:${forumId}`)}?year=2025`), 404, 'REPORT_FIGURE_NOT_FOUND');
    expectError(await german.client.get(`/api/reports/annual/figures/domestic.agreements?year=${YEAR}&scope=${commission.organisationId}`), 403, 'FORBIDDEN');
    expectError(await german.client.get(`/api/reports/annual/figures/${encodeURIComponent(`event.participants:${forumId}`)}?year=${YEAR}`), 404, 'REPORT_FIGURE_NOT_FOUND');
  });

  test('an organisation’s scope counts only what it organised or is a party to', async () => {
    const mine = await german.client.get<AnnualReport>(`/api/reports/annual?year=${YEAR}`);
    expectStatus(mine, 200);
    assert.equal(mine.body.scope, german.organisationId);
    assert.equal(mine.body.scopeName, 'Deutsches Laserinstitut');
    assert.deepEqual([mine.body.domestic.agreements.value, mine.body.international.jointLabs.value, mine.body.international.flagshipEvents.length], [0, 1, 0]);
  });
});

describe('exports', () => {
  test('the print-friendly HTML is written in the asked language with the figures filled in', async () => {
    const res = await admin.request<string>('GET', `/api/reports/annual.html?year=${YEAR}&lang=zh-Hans`);
    expectStatus(res, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    const html = res.raw.body;
    assert.match(html, /<html lang="zh-Hans">/);
    assert.match(html, /2026年科技交流合作报告/);
    assert.match(html, /与宁夏和湖北等 2 个地区分别签署合作框架协议|与湖北和宁夏等 2 个地区分别签署合作框架协议|等 2 个地区分别签署合作框架协议/);
    assert.match(html, /技术进出口交易会/);
    assert.match(html, /当年签署、各方均在本国的合作框架协议/, 'figure sources are in the viewer\'s language');
    assert.doesNotMatch(html, /\{\{/);
  });

  test('the PDF carries real Chinese and Vietnamese text (pdftotext)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innox-report-pdf-'));
    try {
      for (const [lang, expected] of [['zh-Hans', /科技交流合作报告/], ['vi', /Báo cáo hợp tác khoa học và công nghệ năm 2026/]] as const) {
        const res = await admin.request('GET', `/api/reports/annual.pdf?year=${YEAR}&lang=${lang}`);
        expectStatus(res, 200);
        assert.equal(res.headers['content-type'], 'application/pdf');
        const file = join(dir, `${lang}.pdf`);
        writeFileSync(file, res.raw.rawPayload);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        assert.match(text.replace(/\s+/g, ' '), expected);
        if (lang === 'vi') assert.match(text, /Hội chợ xuất nhập khẩu công nghệ/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the XLSX opens with one sheet per section and a records sheet whose sums match the figures; formulas are neutralised', async () => {
    const res = await admin.request('GET', `/api/reports/annual.xlsx?year=${YEAR}&lang=en`);
    expectStatus(res, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Report', 'Domestic', 'International', 'Flagship events', 'Records']);
    const values = new Map<string, number>();
    for (const name of ['Domestic', 'International', 'Flagship events']) {
      workbook.getWorksheet(name)!.eachRow((row, i) => {
        if (i > 1) values.set(String(row.getCell(2).value), Number(row.getCell(4).value));
      });
    }
    const sums = new Map<string, { rows: number; sum: number }>();
    const titles: string[] = [];
    workbook.getWorksheet('Records')!.eachRow((row, i) => {
      if (i === 1) return;
      const key = String(row.getCell(1).value);
      const entry = sums.get(key) ?? { rows: 0, sum: 0 };
      entry.rows++;
      entry.sum += Number(row.getCell(7).value ?? 0);
      sums.set(key, entry);
      titles.push(String(row.getCell(4).value));
    });
    assert.equal(values.get('domestic.trainees'), 90);
    assert.equal(sums.get('domestic.trainees')?.sum, 90);
    assert.equal(sums.get('domestic.agreements')?.rows, values.get('domestic.agreements'));
    assert.equal(sums.get(`event.intentionValue:${forumId}`)?.sum, values.get(`event.intentionValue:${forumId}`));
    assert.equal(sums.get(`event.area:${forumId}`)?.sum, 90);
    assert.ok(titles.includes("'=SUM(1,2) framework agreement with Ningxia"), 'a title starting with = is stored as text');
  });
});

describe('PDF without the font', () => {
  let bare: TestApp;
  before(async () => {
    bare = await createTestApp({ REPORT_PDF_FONT_FILE: '/nonexistent/fonts/NotoSansCJK-Regular.ttc' });
  });
  after(() => bare.shutdown());

  test('a missing CJK font is 503 REPORT_FONT_MISSING naming the Debian package, never a PDF with boxes', async () => {
    const res = await (await bare.admin()).get<{ error: { message: string; details: { package: string } } }>(`/api/reports/annual.pdf?year=${YEAR}`);
    expectError(res, 503, 'REPORT_FONT_MISSING');
    assert.match(res.body.error.message, /fonts-noto-cjk/);
    assert.equal(res.body.error.details.package, 'fonts-noto-cjk');
  });
});

describe('PDF without the browser', () => {
  let bare: TestApp;
  before(async () => {
    bare = await createTestApp({ CHROMIUM_PATH: '/nonexistent/chromium' });
  });
  after(() => bare.shutdown());

  test('a missing Chromium is 503 REPORT_BROWSER_MISSING naming the Debian package', async () => {
    const res = await (await bare.admin()).get<{ error: { message: string } }>(`/api/reports/annual.pdf?year=${YEAR}`);
    expectError(res, 503, 'REPORT_BROWSER_MISSING');
    assert.match(res.body.error.message, /chromium/);
  });
});

test('every figure of the catalogue has its source described in all five languages', () => {
  for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi']) {
    const sources = (JSON.parse(readFileSync(new URL(`../../src/web/i18n/locales/reports/${lang}.json`, import.meta.url), 'utf8')) as { reports: { sources: Record<string, string> } }).reports.sources;
    for (const name of FIGURE_NAMES) assert.ok(sources[name.replace('.', '_')], `${lang}: no source for ${name}`);
  }
});
