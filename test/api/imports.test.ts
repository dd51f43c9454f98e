/**
 * Spreadsheet import (preview, dry run, all-or-nothing commit), the import template, and listing export
 * with formula neutralisation and anonymous owners hidden.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { AppError } from '../../src/domain/errors.js';
import { conceptIndex, convertRows, IMPORT_PATHS, planImport } from '../../src/domain/listings/import.js';
import { LISTING_TYPES } from '../../src/domain/shared/vocab.js';
import { readSpreadsheet, writeCsv, writeXlsx } from '../../src/server/spreadsheets.js';
import { createTestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createListing, needInput, offerInput, registerMember, type Member } from '../helpers/factories.js';

const app = await createTestApp();
after(() => app.shutdown());

interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  rows: Array<{ row: number; ok: boolean; title: string | null; errors: Array<{ path: string; message: string; column?: string }> }>;
  created: string[];
}
interface Preview {
  columns: string[];
  sample: string[][];
  suggestedMapping: Record<string, string>;
  rowCount: number;
}
interface Listing {
  id: string;
  status: string;
  title: string;
  trl: number | null;
  deadline: string | null;
  language: string;
  sectors: string[];
  details: Record<string, unknown>;
}

const BOM = '\uFEFF';

/** A multipart body the way a browser builds it. */
async function upload<T>(client: TestClient, url: string, file: { name: string; bytes: string | Uint8Array } | null, fields: Record<string, unknown> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  const body = new Response(form);
  const payload = Buffer.from(await body.arrayBuffer());
  return client.request<T>('POST', url, undefined, { payload, headers: { 'content-type': body.headers.get('content-type') ?? '' } });
}

const importUrl = (orgId: string, dryRun: boolean) => `/api/organisations/${orgId}/imports?dryRun=${dryRun}`;
const csv = (...lines: string[]) => ({ name: 'listings.csv', bytes: lines.join('\r\n') });

async function orgListings(member: Member): Promise<Listing[]> {
  const res = await member.client.get<{ items: Listing[] }>(`/api/organisations/${member.organisationId}/listings?limit=100`);
  expectStatus(res, 200);
  return res.body.items;
}

// German headers, semicolons, a byte order mark: what German Excel writes.
const GOOD_CSV = csv(
  `${BOM}Typ;Titel;Zusammenfassung;Branche;TRL;Schutzrechte;Kooperationsform;Problem;Lösung;Budget min;Budget max;Währung;Frist;Zielländer`,
  'technology_offer;激光焊接铝合金电池托盘;光纤激光焊接工艺，焊缝气孔率低于百分之一。;laser_technology;7;patent_granted;licensing, joint_rd;;;;;;;DE，VN',
  'Technology need;Hệ thống xử lý nước thải cho khu công nghiệp;Chúng tôi cần công nghệ xử lý nước thải dệt nhuộm.;energy_environment、new_energy_vehicles;;;;"Nước thải có độ màu cao; COD > 2000";"Công nghệ màng hoặc oxy hóa nâng cao";500.000;2.000.000;EUR;2027-06-30;',
);

describe('POST /api/imports/preview', () => {
  it('returns columns, the first rows and a mapping suggested from Chinese, German and Vietnamese headers', async () => {
    const member = await registerMember(app);
    const res = await upload<Preview>(
      member.client,
      '/api/imports/preview',
      csv('标题,摘要,类型,行业,技术成熟度,Tiêu đề,Zusammenfassung,Spalte ohne Bedeutung', 'A,B,technology_offer,ai,5,C,D,E', ...Array.from({ length: 7 }, (_, i) => `t${i},s,technology_offer,ai,5,,,`)),
    );
    expectStatus(res, 200);
    assert.equal(res.body.columns.length, 8);
    assert.equal(res.body.sample.length, 5);
    assert.deepEqual(res.body.sample[0], ['A', 'B', 'technology_offer', 'ai', '5', 'C', 'D', 'E']);
    assert.equal(res.body.rowCount, 8);
    // Each field is suggested once: the first matching column wins.
    assert.deepEqual(res.body.suggestedMapping, { 标题: 'title', 摘要: 'summary', 类型: 'type', 行业: 'sectors', 技术成熟度: 'details.trl' });
  });

  it('suggests fields for German, Vietnamese and traditional Chinese headers regardless of case and accents', async () => {
    const member = await registerMember(app);
    const res = await upload<Preview>(member.client, '/api/imports/preview', csv('TITEL;tom tat;Loại;標題;Währung;Frist', 'a;b;c;d;e;f'));
    expectStatus(res, 200);
    assert.deepEqual(res.body.suggestedMapping, { TITEL: 'title', 'tom tat': 'summary', Loại: 'type', Währung: 'details.budget.currency', Frist: 'details.deadline' });
  });

  it('requires a login with 401', async () => {
    expectError(await upload(app.client(), '/api/imports/preview', csv('a', 'b')), 401, 'UNAUTHENTICATED');
  });
});

describe('POST /api/organisations/:id/imports', () => {
  const mapping = {
    Typ: 'type',
    Titel: 'title',
    Zusammenfassung: 'summary',
    Branche: 'sectors',
    TRL: 'details.trl',
    Schutzrechte: 'details.iprStatus',
    Kooperationsform: 'details.cooperationTypes',
    Problem: 'details.problem',
    Lösung: 'details.desiredSolution',
    'Budget min': 'details.budget.min',
    'Budget max': 'details.budget.max',
    Währung: 'details.budget.currency',
    Frist: 'details.deadline',
    Zielländer: 'countriesSought',
  };

  it('a dry run reports every row with its sheet row number and errors, and creates nothing', async () => {
    const member = await registerMember(app);
    const file = csv(
      'type,title,summary,sectors,trl,countries',
      'technology_offer,Good offer,A valid summary,ai,5,DE',
      'technology_offer,TRL too high,A valid summary,ai,12,DE',
      '',
      'technology_offer,Unknown sector,A valid summary,space_mining,5,XX',
      'technology_offer,,,ai,,',
    );
    const res = await upload<ImportReport>(member.client, importUrl(member.organisationId, true), file, {
      mapping: { type: 'type', title: 'title', summary: 'summary', sectors: 'sectors', trl: 'details.trl', countries: 'countriesSought' },
      defaults: { 'details.iprStatus': 'know_how', 'details.cooperationTypes': ['licensing'] },
    });
    expectStatus(res, 200);
    assert.equal(res.body.dryRun, true);
    assert.deepEqual([res.body.total, res.body.valid, res.body.invalid], [4, 1, 3]);
    assert.deepEqual(res.body.created, []);
    // The blank line is row 4; rows keep the numbers the user sees.
    assert.deepEqual(res.body.rows.map((r) => [r.row, r.ok]), [[2, true], [3, false], [5, false], [6, false]]);
    const [, trl, unknown, empty] = res.body.rows;
    assert.deepEqual(trl?.errors.map((e) => [e.path, e.column]), [['/details/trl', 'trl']]);
    assert.equal(trl?.title, 'TRL too high');
    assert.deepEqual(unknown?.errors.map((e) => e.path).sort(), ['/countriesSought/0', '/sectors/0']);
    assert.match(unknown?.errors.find((e) => e.path === '/sectors/0')?.message ?? '', /unknown sector space_mining/);
    assert.deepEqual(empty?.errors.map((e) => e.path).sort(), ['/details/trl', '/summary', '/title']);
    assert.deepEqual(await orgListings(member), []);
  });

  it('rejects a commit with any invalid row with 422 IMPORT_ROWS_INVALID and the report, storing nothing', async () => {
    const member = await registerMember(app);
    const file = csv(
      'type,title,summary,sectors,trl,ipr,cooperation',
      'technology_offer,Fine one,A valid summary,ai,5,know_how,licensing',
      'technology_offer,Broken one,A valid summary,ai,12,know_how,licensing',
    );
    const map = { type: 'type', title: 'title', summary: 'summary', sectors: 'sectors', trl: 'details.trl', ipr: 'details.iprStatus', cooperation: 'details.cooperationTypes' };
    const res = await upload<{ error: { details: ImportReport } }>(member.client, importUrl(member.organisationId, false), file, { mapping: map });
    expectError(res, 422, 'IMPORT_ROWS_INVALID');
    assert.deepEqual(res.body.error.details.rows.map((r) => [r.row, r.ok]), [[2, true], [3, false]]);
    assert.deepEqual(res.body.error.details.created, []);
    assert.deepEqual(await orgListings(member), []);
  });

  it('commits a good CSV as drafts with derived TRL, budget and deadline, keeping Chinese and Vietnamese text', async () => {
    const member = await registerMember(app);
    const res = await upload<ImportReport>(member.client, importUrl(member.organisationId, false), GOOD_CSV, { mapping });
    expectStatus(res, 201);
    assert.deepEqual([res.body.dryRun, res.body.total, res.body.valid, res.body.created.length], [false, 2, 2, 2]);
    const [offer, need] = await Promise.all(res.body.created.map(async (id) => (await member.client.get<Listing>(`/api/listings/${id}`)).body));
    assert.equal(offer?.status, 'draft');
    assert.equal(offer?.title, '激光焊接铝合金电池托盘');
    assert.equal(offer?.trl, 7);
    assert.deepEqual(offer?.details, { trl: 7, iprStatus: 'patent_granted', cooperationTypes: ['licensing', 'joint_rd'] });
    assert.equal(need?.status, 'draft');
    assert.equal(need?.title, 'Hệ thống xử lý nước thải cho khu công nghiệp');
    assert.equal(need?.language, 'vi');
    assert.deepEqual(need?.sectors, ['energy_environment', 'new_energy_vehicles']);
    assert.deepEqual(need?.details.budget, { min: 500000, max: 2000000, currency: 'EUR' });
    assert.equal(need?.details.problem, 'Nước thải có độ màu cao; COD > 2000');
    assert.equal(need?.deadline, '2027-06-30');
    assert.equal((await orgListings(member)).length, 2);
  });

  it('imports an XLSX workbook, reading date cells as dates and number cells as numbers', async () => {
    const member = await registerMember(app);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['This tab is hidden']);
    workbook.getWorksheet('Notes')!.state = 'hidden';
    const sheet = workbook.addWorksheet('Needs');
    sheet.addRow(['类型', '标题', '摘要', '行业', '问题', '解决方案', '预算下限', '预算上限', '币种', '截止日期', '愿意']);
    sheet.addRow(['technology_need', '新能源汽车电池托盘激光焊接技术需求', '我公司需要铝合金电池托盘的激光焊接工艺。', '激光技术', '现有MIG焊接变形大。', '激光焊接工艺及设备。', 500000, 2000000, 'CNY', new Date(Date.UTC(2027, 2, 15)), '']);
    sheet.getCell('J2').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    sheet.addRow(['technology_need', { richText: [{ text: 'Rich ' }, { text: 'text title', font: { bold: true } }] }, 'Summary', 'ai', 'Problem', 'Solution', { formula: '1000*2', result: 2000 }, null, 'EUR', null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = { name: 'needs.xlsx', bytes };

    const preview = await upload<Preview>(member.client, '/api/imports/preview', file);
    expectStatus(preview, 200);
    assert.equal(preview.body.columns[0], '类型', 'reads the first visible tab');
    assert.equal(preview.body.sample[0]?.[9], '2027-03-15');

    const res = await upload<ImportReport>(member.client, importUrl(member.organisationId, false), file, { mapping: preview.body.suggestedMapping });
    expectStatus(res, 201);
    assert.deepEqual(res.body.rows.map((r) => [r.row, r.ok]), [[2, true], [4, true]]);
    const [first, second] = await Promise.all(res.body.created.map(async (id) => (await member.client.get<Listing>(`/api/listings/${id}`)).body));
    assert.equal(first?.title, '新能源汽车电池托盘激光焊接技术需求');
    assert.deepEqual(first?.sectors, ['laser_technology'], 'a sector may be given by its label in any language');
    assert.equal(first?.deadline, '2027-03-15');
    assert.deepEqual(first?.details.budget, { min: 500000, max: 2000000, currency: 'CNY' });
    assert.equal(second?.title, 'Rich text title');
    assert.deepEqual(second?.details.budget, { min: 2000, currency: 'EUR' });
  });

  it('rolls back every row when the database fails part-way through', async () => {
    const member = await registerMember(app);
    // A trigger stands in for any database failure (a constraint, a lost connection) on the third insert.
    await app.database.db.execute(sql`CREATE FUNCTION fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Third row' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await app.database.db.execute(sql`CREATE TRIGGER fail_import BEFORE INSERT ON listings FOR EACH ROW EXECUTE FUNCTION fail_import()`);
    try {
      const file = csv('title,summary', 'First row,Summary one', 'Second row,Summary two', 'Third row,Summary three');
      const res = await upload(member.client, importUrl(member.organisationId, false), file, {
        mapping: { title: 'title', summary: 'summary' },
        defaults: { type: 'partner_request', 'details.partnerKind': 'rd_partner', 'details.role': 'Co-develop', 'details.cooperationTypes': 'joint_rd' },
      });
      expectError(res, 500, 'INTERNAL_ERROR');
      assert.deepEqual(await orgListings(member), []);
    } finally {
      await app.database.db.execute(sql`DROP TRIGGER fail_import ON listings`);
      await app.database.db.execute(sql`DROP FUNCTION fail_import()`);
    }
  });

  it('answers 401 without a login, 403 to a member of another organisation and 404 for an unknown one', async () => {
    const owner = await registerMember(app);
    const stranger = await registerMember(app);
    const body = { mapping };
    expectError(await upload(app.client(), importUrl(owner.organisationId, true), GOOD_CSV, body), 401, 'UNAUTHENTICATED');
    expectError(await upload(stranger.client, importUrl(owner.organisationId, false), GOOD_CSV, body), 403, 'FORBIDDEN');
    expectError(await upload(owner.client, importUrl(randomUUID(), true), GOOD_CSV, body), 404, 'ORGANISATION_NOT_FOUND');
    assert.deepEqual(await orgListings(owner), []);
  });

  it('rejects files that are not spreadsheets with 415, whatever their name', async () => {
    const member = await registerMember(app);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8])]);
    const xls = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex');
    for (const [name, bytes] of [['logo.csv', png], ['report.xlsx', pdf], ['old.xls', xls]] as const) {
      expectError(await upload(member.client, '/api/imports/preview', { name, bytes }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    expectError(await upload(member.client, importUrl(member.organisationId, true), { name: 'x.csv', bytes: png }, { mapping: {} }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const docx = zip([['word/document.xml', Buffer.from('<w:document/>')]]);
    expectError(await upload(member.client, '/api/imports/preview', { name: 'letter.xlsx', bytes: docx }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const json = await member.client.post('/api/imports/preview', { file: 'not multipart' });
    expectError(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects a damaged XLSX and a CSV in another encoding with 400 IMPORT_FILE_INVALID', async () => {
    const member = await registerMember(app);
    const garbage = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 37) % 256))]);
    expectError(await upload(member.client, '/api/imports/preview', { name: 'broken.xlsx', bytes: garbage }), 400, 'IMPORT_FILE_INVALID');
    const latin1 = Buffer.from('Titel;Zusammenfassung\r\nGrößenmessung;Über\r\n', 'latin1');
    const res = await upload<{ error: { details: { reason: string } } }>(member.client, '/api/imports/preview', { name: 'excel.csv', bytes: latin1 });
    expectError(res, 400, 'IMPORT_FILE_INVALID');
    assert.equal(res.body.error.details.reason, 'encoding');
    expectError(await upload(member.client, '/api/imports/preview', { name: 'empty.csv', bytes: '' }), 400, 'IMPORT_FILE_INVALID');
    expectError(await upload(member.client, '/api/imports/preview', null), 400, 'BAD_REQUEST');
  });

  it('refuses a zip bomb before unpacking it, also when the sizes in the zip lie', async () => {
    const member = await registerMember(app);
    const huge = Buffer.alloc(120 * 1024 * 1024, 0x20);
    const honest = zip([['xl/workbook.xml', Buffer.from('<workbook/>')], ['xl/sharedStrings.xml', huge]]);
    const lying = zip([['xl/workbook.xml', Buffer.from('<workbook/>')], ['xl/sharedStrings.xml', huge]], { claimSizes: { 'xl/sharedStrings.xml': 1000 } });
    assert.ok(honest.length < 1024 * 1024);
    for (const bytes of [honest, lying]) {
      const res = await upload<{ error: { details: { reason: string } } }>(member.client, '/api/imports/preview', { name: 'bomb.xlsx', bytes });
      expectError(res, 400, 'IMPORT_FILE_INVALID');
      assert.equal(res.body.error.details.reason, 'too_large');
    }
  });

  it('limits a file to 5,000 rows and 100 columns', async () => {
    const member = await registerMember(app);
    const rows = csv('title', ...Array.from({ length: 5001 }, (_, i) => `Row ${i}`));
    expectError(await upload(member.client, '/api/imports/preview', rows), 400, 'IMPORT_FILE_INVALID');
    const wide = csv(Array.from({ length: 101 }, (_, i) => `c${i}`).join(','), 'x');
    expectError(await upload(member.client, '/api/imports/preview', wide), 400, 'IMPORT_FILE_INVALID');
  });

  it('rejects a mapping that is not JSON, names an unknown field or a missing column with 400 IMPORT_MAPPING_INVALID', async () => {
    const member = await registerMember(app);
    const url = importUrl(member.organisationId, true);
    for (const fields of [
      { mapping: '{not json' },
      { mapping: { Titel: 'details.degrees' } },
      { mapping: { Titel: 'title', Zusammenfassung: 'title' } },
      { mapping: { 'No such column': 'title' } },
      { mapping: { Titel: 'title' }, defaults: { type: 'spaceship' } },
      { mapping: { Titel: 'title' }, defaults: '[1]' },
    ]) {
      expectError(await upload(member.client, url, GOOD_CSV, fields), 400, 'IMPORT_MAPPING_INVALID');
    }
  });
});

describe('GET /api/imports/template.csv', () => {
  it('downloads a UTF-8 CSV with a byte order mark whose example row imports cleanly, for every type', async () => {
    const member = await registerMember(app);
    for (const type of [...LISTING_TYPES, null]) {
      const res = await app.client().get(`/api/imports/template.csv${type ? `?type=${type}` : ''}`);
      expectStatus(res, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="innox-import-/);
      assert.deepEqual([...res.raw.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const [header] = parseCsv(res.raw.rawPayload, { bom: true, to: 1 }) as string[][];
      if (!type) assert.deepEqual(header, IMPORT_PATHS);
      const preview = await upload<Preview>(member.client, '/api/imports/preview', { name: 't.csv', bytes: res.raw.rawPayload });
      const report = await upload<ImportReport>(member.client, importUrl(member.organisationId, true), { name: 't.csv', bytes: res.raw.rawPayload }, { mapping: preview.body.suggestedMapping });
      expectStatus(report, 200);
      assert.equal(Object.keys(preview.body.suggestedMapping).length, header?.length, `every template column maps itself (${type})`);
      assert.deepEqual(report.body.rows, [{ row: 2, ok: true, title: report.body.rows[0]?.title ?? null, errors: [] }], `${type}: ${JSON.stringify(report.body.rows)}`);
    }
  });

  it('rejects an unknown type with 400', async () => {
    expectError(await app.client().get('/api/imports/template.csv?type=spaceship'), 400, 'VALIDATION_FAILED');
  });
});

describe('GET /api/listings/export', () => {
  let owner: Member;
  let anonymous: { id: string };
  let hyperlink: { id: string };
  let sum: { id: string };
  before(async () => {
    owner = await registerMember(app, { name: 'Hidden Owner GmbH', country: 'DE' });
    const visible = await registerMember(app, { name: 'Open Labs', country: 'VN' });
    anonymous = await createListing(app, owner, offerInput({ title: 'Anonymous laser offer', visibility: 'anonymous' }), true);
    hyperlink = await createListing(app, visible, offerInput({ title: '=HYPERLINK("http://evil.example","Click")' }), true);
    sum = await createListing(app, visible, needInput({ title: '@SUM(A1:A9) 越南语 Tiếng Việt' }), true);
    await createListing(app, visible, offerInput({ title: 'Unpublished draft' }));
  });

  it('is not captured by GET /api/listings/:id and exports CSV with a BOM, neutralised formulas and hidden anonymous owners', async () => {
    const res = await app.client().get('/api/listings/export?format=csv&sort=date');
    expectStatus(res, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="innox-listings-2026-11-21\.csv"$/);
    assert.deepEqual([...res.raw.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(res.raw.rawPayload, { bom: true }) as string[][];
    assert.ok(header);
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(rows.map((r) => [r[col('id')], r]));
    assert.equal(byId.size, 3, 'published listings only');
    assert.equal(byId.get(hyperlink.id)?.[col('title')], `'=HYPERLINK("http://evil.example","Click")`);
    assert.equal(byId.get(sum.id)?.[col('title')], `'@SUM(A1:A9) 越南语 Tiếng Việt`);
    assert.equal(byId.get(sum.id)?.[col('amountMin')], '500000');
    assert.equal(byId.get(sum.id)?.[col('currency')], 'CNY');
    assert.equal(byId.get(hyperlink.id)?.[col('organisation')], 'Open Labs');
    assert.equal(byId.get(hyperlink.id)?.[col('url')], `http://innox.test/listings/${hyperlink.id}`);
    assert.equal(byId.get(anonymous.id)?.[col('organisation')], '');
    assert.equal(byId.get(anonymous.id)?.[col('country')], '');
    assert.ok(!res.raw.rawPayload.toString('utf8').includes('Hidden Owner'));
    assert.equal(res.headers['x-total-count'], '3');
  });

  it('shows an anonymous listing\'s organisation to its own members', async () => {
    const res = await owner.client.get('/api/listings/export?format=csv&type=technology_offer');
    expectStatus(res, 200);
    const rows = parseCsv(res.raw.rawPayload, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.find((r) => r.id === anonymous.id)?.organisation, 'Hidden Owner GmbH');
  });

  it('exports XLSX with the same filters and neutralised formulas', async () => {
    const res = await app.client().get('/api/listings/export?format=xlsx&type=technology_offer&type=technology_need');
    expectStatus(res, 200);
    assert.match(String(res.headers['content-disposition']), /innox-listings-2026-11-21\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = sheet.getSheetValues().slice(2).map((r) => Object.fromEntries(header.map((h, i) => [String(h), (r as unknown[])[i + 1] ?? null])));
    assert.equal(rows.length, 3);
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.equal(byId.get(hyperlink.id)?.title, `'=HYPERLINK("http://evil.example","Click")`);
    assert.equal(byId.get(sum.id)?.title, `'@SUM(A1:A9) 越南语 Tiếng Việt`);
    assert.equal(byId.get(sum.id)?.amountMax, 2000000);
    assert.equal(byId.get(anonymous.id)?.organisation, null);
    assert.equal(byId.get(hyperlink.id)?.trl, 7);
  });

  it('validates filters like the search does', async () => {
    expectError(await app.client().get('/api/listings/export?format=pdf'), 400, 'VALIDATION_FAILED');
    expectError(await app.client().get('/api/listings/export?trlMin=12'), 400, 'VALIDATION_FAILED');
  });

  it('is rate limited, unlike other reads, with 429', async () => {
    const client = app.client();
    let last = await client.get('/api/listings/export?type=job');
    for (let i = 0; i < 30 && last.status === 200; i++) last = await client.get('/api/listings/export?type=job');
    expectError(last, 429, 'RATE_LIMITED');
  });
});

describe('converting cells', () => {
  const env = {
    today: '2026-11-21',
    concepts: conceptIndex([{ code: 'ai', kind: 'sector', parent: null, labels: { en: 'Artificial intelligence', 'zh-Hans': '人工智能', vi: 'Trí tuệ nhân tạo' }, synonyms: {} }]),
  };
  const convert = (columns: string[], cells: string[][], mapping: Record<string, string>, defaults: Record<string, unknown> = {}) =>
    convertRows({ columns, rows: cells.map((c, i) => ({ row: i + 2, cells: c })) }, planImport(columns, JSON.stringify(mapping), JSON.stringify(defaults), env), env);

  it('reads yes/no, dates, sectors and language names the way organisers write them in four languages', () => {
    const words = [['có', true], ['không', false], ['是', true], ['否', false], ['Ja', true], ['nein', false], ['TRUE', true], ['no', false]] as const;
    const dates = ['2027-01-05', '2027/1/5', '5.1.2027', '2027年1月5日'];
    const sectors = ['ai', 'Trí tuệ nhân tạo', '人工智能', 'TRI TUE NHAN TAO'];
    const languages = ['Deutsch', 'Tiếng Việt', '繁體中文', 'zh-CN'];
    const rows = convert(
      ['relocate', 'expires', 'sector', 'lang'],
      words.map(([word], i) => [word, dates[i % 4] ?? '', sectors[i % 4] ?? '', languages[i % 4] ?? '']),
      { relocate: 'details.willingToRelocate', expires: 'expiresAt', sector: 'sectors', lang: 'language' },
      { type: 'talent', title: 'Expert', summary: 'Summary', 'details.expertise': 'Welding', 'details.languages': 'en', 'details.seeking': ['job'] },
    );
    assert.deepEqual(rows.map((r) => r.errors), words.map(() => []));
    const inputs = rows.map((r) => (r.ok ? (r.input as unknown as { details: { willingToRelocate: boolean }; expiresAt: string; sectors: string[]; language: string }) : null));
    assert.deepEqual(inputs.map((i) => i?.details.willingToRelocate), words.map(([, v]) => v));
    assert.deepEqual(new Set(inputs.map((i) => i?.expiresAt)), new Set(['2027-01-05']));
    assert.deepEqual(new Set(inputs.map((i) => i?.sectors.join())), new Set(['ai']));
    assert.deepEqual(inputs.slice(0, 4).map((i) => i?.language), ['de', 'vi', 'zh-Hant', 'zh-Hans']);
  });

  it('reads grouped thousands in English, German and Swiss style, and rejects fractions and ambiguous dates', () => {
    const rows = convert(
      ['min', 'deadline'],
      [['1,500,000', '2027-06-30'], ['1.500.000', ''], ["1'500'000", ''], ['1 500 000', ''], ['1500000.00', ''], ['1.5', '06/07/2027'], ['', '2027-02-30']],
      { min: 'details.budget.min', deadline: 'details.deadline' },
      { type: 'technology_need', title: 'T', summary: 'S', 'details.problem': 'P', 'details.desiredSolution': 'D', 'details.budget.currency': 'EUR' },
    );
    assert.deepEqual(rows.slice(0, 5).map((r) => (r.ok ? (r.input.details as { budget: { min: number } }).budget.min : r.errors)), Array(5).fill(1500000));
    assert.deepEqual(rows[5]?.errors.map((e) => e.path), ['/details/budget/min', '/details/deadline']);
    assert.deepEqual(rows[6]?.errors.map((e) => e.path), ['/details/deadline']);
  });

  it('reports a value for a field the row\'s type does not have, so mixed sheets lose nothing silently', () => {
    const [row] = convert(['type', 'trl'], [['technology_need', '5']], { type: 'type', trl: 'details.trl' }, { title: 'T', summary: 'S', 'details.problem': 'P', 'details.desiredSolution': 'D' });
    assert.deepEqual(row?.errors.map((e) => [e.path, e.column]), [['/details/trl', 'trl']]);
  });
});

describe('reading spreadsheets', () => {
  const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(s) && !/^[=+\-@]/.test(s));

  it('reads back any text written to CSV or XLSX unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(printable, printable, async (title, summary) => {
        const rows = [['title', 'summary'], [title, summary]];
        for (const bytes of [writeCsv(rows), await writeXlsx('Sheet', rows)]) {
          const table = await readSpreadsheet(bytes);
          assert.deepEqual(table.rows, [{ row: 2, cells: [title, summary] }]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers a damaged file with 400 or 415, never an unexpected error', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRows([['title', 'when'], ['Zeile 1', new Date(Date.UTC(2027, 0, 1))], ['第二行', 3]]);
    const valid = Buffer.from(await workbook.xlsx.writeBuffer());
    const damage = fc.oneof(
      fc.record({ at: fc.nat(valid.length - 1), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => Buffer.from(valid).fill(byte, at, at + 1)),
      fc.nat(valid.length - 1).map((n) => valid.subarray(0, n)),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (bytes) => {
        try {
          await readSpreadsheet(bytes);
        } catch (error) {
          assert.ok(error instanceof AppError && [400, 415].includes(error.status), String(error));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A minimal zip writer, so tests can build archives ExcelJS would never write. */
function zip(files: Array<[string, Buffer]>, options: { claimSizes?: Record<string, number> } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const size = options.claimSizes?.[name] ?? content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
