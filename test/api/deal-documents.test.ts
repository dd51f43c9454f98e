/**
 * Attachments (the generic files foundation) on deals: types sniffed from the bytes against an allow-list,
 * a size limit from config, sanitised names, downloads as attachments with nosniff, readable by the
 * deal's parties only.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createDeal, uploadFile, type DealBody } from '../helpers/deals.js';
import { registerMember, type Member } from '../helpers/factories.js';

let app: TestApp;
let a: Member;
let b: Member;
let outsider: Member;
let deal: DealBody;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e1b8a50000000049454e44ae426082', 'hex');

before(async () => {
  // A 1 MiB upload limit keeps the "too large" case small.
  app = await createTestApp({ UPLOAD_LIMIT_MB: '1' });
  a = await registerMember(app, { name: 'Documents Owner', country: 'CN' });
  b = await registerMember(app, { name: 'Documents Partner', country: 'DE' });
  outsider = await registerMember(app, { name: 'Not a Party', country: 'SG' });
  deal = await createDeal(a, [b]);
});
after(() => app.shutdown());

const docsUrl = () => `/api/deals/${deal.id}/documents`;

describe('uploading', () => {
  test('a PDF is stored with its detected type, size, checksum and a sanitised name', async () => {
    const res = await uploadFile<DealBody>(a.client, docsUrl(), '../../etc/Term sheet\u0000 v2.exe', PDF, 'application/x-msdownload');
    expectStatus(res, 201);
    const [doc] = res.body.documents;
    assert.deepEqual([doc?.name, doc?.mime, doc?.sizeBytes, doc?.sha256], ['Term sheet v2.exe.pdf', 'application/pdf', PDF.length, createHash('sha256').update(PDF).digest('hex')]);
    assert.equal(doc?.canRemove, true);
  });

  test('office files are recognised inside their zip; a Chinese name survives', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').addRow(['year', 'CNY']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const res = await uploadFile<DealBody>(b.client, docsUrl(), '合作预算.xlsx', xlsx);
    expectStatus(res, 201);
    const doc = res.body.documents.find((d) => d.name === '合作预算.xlsx');
    assert.equal(doc?.mime, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const png = await uploadFile<DealBody>(b.client, docsUrl(), 'site-photo.PNG', PNG, 'image/png');
    expectStatus(png, 201);
    assert.ok(png.body.documents.some((d) => d.name === 'site-photo.png' && d.mime === 'image/png'));
  });

  test('types outside the allow-list are 415, whatever they are called', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0)]);
    expectError(await uploadFile(a.client, docsUrl(), 'contract.pdf', exe, 'application/pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await uploadFile(a.client, docsUrl(), 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\u0000', 'image/svg+xml'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const zip = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
    expectError(await uploadFile(a.client, docsUrl(), 'archive.docx', Buffer.concat([Buffer.from('504b0304', 'hex'), zip]), 'application/zip'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await a.client.post(docsUrl(), { file: 'not multipart' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a file over the configured limit is 413, and nothing is stored', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    expectError(await uploadFile(a.client, docsUrl(), 'big.pdf', big), 413, 'PAYLOAD_TOO_LARGE');
    const read = await a.client.get<DealBody>(`/api/deals/${deal.id}`);
    assert.ok(!read.body.documents.some((d) => d.name === 'big.pdf'));
  });

  test('outsiders cannot attach (404); a plain-text note file is accepted', async () => {
    expectError(await uploadFile(outsider.client, docsUrl(), 'x.txt', 'hello'), 404, 'DEAL_NOT_FOUND');
    expectStatus(await uploadFile(a.client, docsUrl(), 'minutes.txt', '会议纪要：双方同意签署合作意向书。\n'), 201);
  });
});

describe('downloading and removing', () => {
  test('parties download as an attachment with nosniff; outsiders get 404', async () => {
    const read = await b.client.get<DealBody>(`/api/deals/${deal.id}`);
    const pdf = read.body.documents.find((d) => d.mime === 'application/pdf')!;
    const res = await b.client.get(`${docsUrl()}/${pdf.id}`);
    expectStatus(res, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-disposition'], `attachment; filename="Term sheet v2.exe.pdf"; filename*=UTF-8''Term%20sheet%20v2.exe.pdf`);
    assert.deepEqual(res.raw.rawPayload, PDF);
    const chinese = read.body.documents.find((d) => d.name === '合作预算.xlsx')!;
    const named = await a.client.get(`${docsUrl()}/${chinese.id}`);
    assert.match(String(named.headers['content-disposition']), /filename="____\.xlsx"; filename\*=UTF-8''%E5%90%88%E4%BD%9C%E9%A2%84%E7%AE%97\.xlsx$/);
    expectError(await outsider.client.get(`${docsUrl()}/${pdf.id}`), 404, 'DEAL_NOT_FOUND');
    expectError(await app.client().get(`${docsUrl()}/${pdf.id}`), 401, 'UNAUTHENTICATED');
    // A file of another deal is not reachable through this one.
    const other = await createDeal(outsider, [a]);
    expectError(await outsider.client.get(`/api/deals/${other.id}/documents/${pdf.id}`), 404, 'FILE_NOT_FOUND');
  });

  test('the uploading organisation or the owner removes a document, and the file goes with it', async () => {
    const read = await a.client.get<DealBody>(`/api/deals/${deal.id}`);
    const ownersPdf = read.body.documents.find((d) => d.mime === 'application/pdf')!;
    const partnersPng = read.body.documents.find((d) => d.mime === 'image/png')!;
    const asPartner = await b.client.get<DealBody>(`/api/deals/${deal.id}`);
    assert.equal(asPartner.body.documents.find((d) => d.id === ownersPdf.id)?.canRemove, false);
    expectError(await b.client.delete(`${docsUrl()}/${ownersPdf.id}`), 403, 'FORBIDDEN');
    expectStatus(await a.client.delete(`${docsUrl()}/${partnersPng.id}`), 204);
    expectError(await a.client.get(`${docsUrl()}/${partnersPng.id}`), 404, 'FILE_NOT_FOUND');
    const left = await app.ctx.uow.read((s) => s.files.find(partnersPng.id));
    assert.equal(left, null);
  });
});
