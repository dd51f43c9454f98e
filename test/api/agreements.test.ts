import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { AgreementInput } from '../../src/domain/agreements/schema.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { createEvent } from '../helpers/events.js';
import { registerMember, type Member } from '../helpers/factories.js';

interface AgreementBody {
  id: string;
  kind: string;
  status: string;
  version: number;
  title: Record<string, string>;
  parties: Array<{ organisationId: string | null; name: string; country: string | null; region: string | null }>;
  countries: string[];
  renewedFromId: string | null;
  renewedFrom: { id: string } | null;
  renewals: Array<{ id: string }>;
  documents: Array<{ id: string; name: string; mime: string }>;
  event: { id: string } | null;
  abilities: { edit: boolean; delete: boolean };
}

let app: TestApp;
let orgA: Member;
let orgB: Member;
let admin: TestClient;

function input(organisationId: string, overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    kind: 'framework_agreement',
    title: { 'zh-Hans': '沪宁科技合作框架协议', en: 'Shanghai–Ningxia S&T cooperation framework agreement' },
    defaultLanguage: 'zh-Hans',
    parties: [
      { organisationId },
      { name: 'Ningxia Department of Science and Technology', country: 'CN', region: 'Ningxia' },
    ],
    sectors: ['modern_agriculture'],
    signedOn: '2026-03-15',
    validUntil: '2029-03-14',
    visibility: 'public',
    ...overrides,
  };
}

async function create(client: TestClient, body: AgreementInput): Promise<AgreementBody> {
  const res = await client.post<AgreementBody>('/api/registries/agreements', body);
  expectStatus(res, 201);
  return res.body;
}

function multipart(filename: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----innox-agreement-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

before(async () => {
  app = await createTestApp();
  orgA = await registerMember(app, { name: 'Shanghai International S&T Office', country: 'CN', type: 'government_agency' });
  orgB = await registerMember(app, { name: 'Hanoi Innovation Centre', country: 'VN' });
  admin = await app.admin();
});
after(() => app.shutdown());

describe('agreements registry', () => {
  test('a party member records an agreement; parties, countries and derived status come back', async () => {
    const a = await create(orgA.client, input(orgA.organisationId));
    assert.equal(a.kind, 'framework_agreement');
    assert.equal(a.status, 'in_force');
    assert.deepEqual(a.parties.map((p) => p.name), ['Shanghai International S&T Office', 'Ningxia Department of Science and Technology']);
    assert.equal(a.parties[1]?.region, 'Ningxia');
    assert.deepEqual(a.countries, ['CN']);
    assert.deepEqual(a.abilities, { edit: true, delete: true });
    const seen = await app.client().get<AgreementBody>(`/api/registries/agreements/${a.id}`);
    expectStatus(seen, 200);
    assert.deepEqual(seen.body.abilities, { edit: false, delete: false });
  });

  test('anonymous is 401, a non-party 403, and an admin may record for anyone', async () => {
    expectError(await app.client().post('/api/registries/agreements', input(orgA.organisationId)), 401, 'UNAUTHENTICATED');
    expectError(await orgB.client.post('/api/registries/agreements', input(orgA.organisationId)), 403, 'FORBIDDEN');
    const byAdmin = await create(admin, input(orgA.organisationId, { kind: 'joint_lab' }));
    assert.equal(byAdmin.kind, 'joint_lab');
  });

  test('rejects bad input with stable codes per field', async () => {
    expectError(await orgA.client.post('/api/registries/agreements', { ...input(orgA.organisationId), kind: 'treaty' }), 400, 'VALIDATION_FAILED');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { parties: [{ organisationId: orgA.organisationId }] })), 400, 'VALIDATION_FAILED');
    const noCountry = await orgA.client.post<{ error: { details: Array<{ path: string }> } }>('/api/registries/agreements', input(orgA.organisationId, { parties: [{ organisationId: orgA.organisationId }, { name: 'Ministry of Science' }] }));
    expectError(noCountry, 400, 'VALIDATION_FAILED');
    assert.equal(noCountry.body.error.details[0]?.path, '/parties/1/country');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { parties: [{ organisationId: orgA.organisationId }, { name: 'Atlantis', country: 'XX' }] })), 400, 'UNKNOWN_COUNTRY');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { sectors: ['no_such_sector'] })), 400, 'UNKNOWN_CONCEPT');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { validFrom: '2026-05-01', validUntil: '2026-04-01' })), 400, 'INVALID_RANGE');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { title: { en: 'Only English' } })), 400, 'VALIDATION_FAILED');
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { renewedFromId: '00000000-0000-4000-8000-000000000000' })), 400, 'AGREEMENT_RENEWAL_INVALID');
    expectError(await orgA.client.get('/api/registries/agreements/00000000-0000-4000-8000-000000000000'), 404, 'AGREEMENT_NOT_FOUND');
  });

  test('a parties-only agreement of org A is invisible to org B and anonymous, visible to A and the admin', async () => {
    const secret = await create(orgA.client, input(orgA.organisationId, { visibility: 'parties', title: { 'zh-Hans': '保密备忘录', en: 'Confidential memorandum' }, kind: 'mou' }));
    expectError(await orgB.client.get(`/api/registries/agreements/${secret.id}`), 404, 'AGREEMENT_NOT_FOUND');
    expectError(await app.client().get(`/api/registries/agreements/${secret.id}`), 404, 'AGREEMENT_NOT_FOUND');
    expectError(await orgB.client.patch(`/api/registries/agreements/${secret.id}`, { version: 1, notes: 'x' }), 404, 'AGREEMENT_NOT_FOUND');
    const listB = await orgB.client.get<{ items: AgreementBody[] }>('/api/registries/agreements?q=Confidential');
    assert.equal(listB.body.items.length, 0);
    const exportB = await orgB.client.get('/api/registries/agreements/export?format=csv');
    assert.ok(!exportB.raw.body.includes('Confidential'));
    const listA = await orgA.client.get<{ items: AgreementBody[] }>('/api/registries/agreements?q=Confidential');
    assert.deepEqual(listA.body.items.map((a) => a.id), [secret.id]);
    expectStatus(await admin.get(`/api/registries/agreements/${secret.id}`), 200);
  });

  test('only party members edit; a public agreement is read-only to others (403) and versions conflict with 409', async () => {
    const a = await create(orgA.client, input(orgA.organisationId));
    expectError(await orgB.client.patch(`/api/registries/agreements/${a.id}`, { version: a.version, notes: 'hijack' }), 403, 'FORBIDDEN');
    expectError(await app.client().patch(`/api/registries/agreements/${a.id}`, { version: a.version, notes: 'hijack' }), 401, 'UNAUTHENTICATED');
    const edited = await orgA.client.patch<AgreementBody>(`/api/registries/agreements/${a.id}`, { version: a.version, terminatedOn: '2026-10-01' });
    expectStatus(edited, 200);
    assert.equal(edited.body.status, 'terminated');
    expectError(await orgA.client.patch(`/api/registries/agreements/${a.id}`, { version: a.version, notes: 'stale' }), 409, 'VERSION_CONFLICT');
    expectError(await orgA.client.patch(`/api/registries/agreements/${a.id}`, { version: edited.body.version, parties: [{ name: 'X', country: 'DE' }, { name: 'Y', country: 'FR' }] }), 403, 'FORBIDDEN');
    expectError(await orgB.client.delete(`/api/registries/agreements/${a.id}`), 403, 'FORBIDDEN');
    expectStatus(await orgA.client.delete(`/api/registries/agreements/${a.id}`), 204);
    expectError(await orgA.client.get(`/api/registries/agreements/${a.id}`), 404, 'AGREEMENT_NOT_FOUND');
  });

  test('expired is derived from validUntil, and the status filter agrees', async () => {
    const old = await create(orgA.client, input(orgA.organisationId, { kind: 'other', signedOn: '2019-01-10', validUntil: '2024-01-09', title: { 'zh-Hans': '旧协议 过期测试' } }));
    assert.equal(old.status, 'expired');
    const expired = await orgA.client.get<{ items: AgreementBody[] }>('/api/registries/agreements?status=expired&kind=other');
    assert.ok(expired.body.items.some((a) => a.id === old.id));
    assert.ok(expired.body.items.every((a) => a.status === 'expired'));
    const inForce = await orgA.client.get<{ items: AgreementBody[] }>('/api/registries/agreements?status=in_force');
    assert.ok(!inForce.body.items.some((a) => a.id === old.id));
  });

  test('a renewal chain is linked both ways, counted as renewals, and cannot loop', async () => {
    const partners = (country: string) => [{ organisationId: orgB.organisationId }, { name: `Ministry of Science of ${country}`, country }];
    const first = await create(orgB.client, input(orgB.organisationId, { kind: 'mou', parties: partners('BR'), signedOn: '2018-06-01', validUntil: '2023-05-31', title: { en: 'MOU with Brazil' }, defaultLanguage: 'en' }));
    const second = await create(orgB.client, input(orgB.organisationId, { kind: 'mou', parties: partners('BR'), signedOn: '2023-06-01', validUntil: '2028-05-31', renewedFromId: first.id, title: { en: 'MOU with Brazil (renewed)' }, defaultLanguage: 'en' }));
    const third = await create(orgB.client, input(orgB.organisationId, { kind: 'mou', parties: partners('TH'), signedOn: '2023-09-01', renewedFromId: null, title: { en: 'MOU with Thailand' }, defaultLanguage: 'en' }));
    const detail = await orgB.client.get<AgreementBody>(`/api/registries/agreements/${first.id}`);
    assert.deepEqual(detail.body.renewals.map((r) => r.id), [second.id]);
    assert.equal((await orgB.client.get<AgreementBody>(`/api/registries/agreements/${second.id}`)).body.renewedFrom?.id, first.id);

    const stats = await orgB.client.get<{ byYear: Array<{ year: number; kind: string; count: number; renewals: number }>; renewals: number }>(`/api/registries/agreements/stats?organisationId=${orgB.organisationId}`);
    expectStatus(stats, 200);
    assert.equal(stats.body.renewals, 1);
    assert.deepEqual(stats.body.byYear.find((r) => r.year === 2023 && r.kind === 'mou'), { year: 2023, kind: 'mou', count: 2, renewals: 1 });
    const renewedOnly = await orgB.client.get<{ items: AgreementBody[]; total: number }>(`/api/registries/agreements?renewals=true&organisationId=${orgB.organisationId}`);
    assert.deepEqual(renewedOnly.body.items.map((a) => a.id), [second.id]);
    const brazil = await orgB.client.get<{ total: number }>('/api/registries/agreements?country=BR&year=2023');
    assert.equal(brazil.body.total, 1);
    assert.ok(third.id);

    // first → renews second would close the loop first ← second.
    const loop = await orgB.client.patch(`/api/registries/agreements/${first.id}`, { version: first.version, renewedFromId: second.id });
    expectError(loop, 400, 'AGREEMENT_RENEWAL_INVALID');
    expectError(await orgB.client.patch(`/api/registries/agreements/${first.id}`, { version: first.version, renewedFromId: first.id }), 400, 'AGREEMENT_RENEWAL_INVALID');
  });

  test('a renewal may not point at an agreement the recorder cannot see', async () => {
    const hidden = await create(orgA.client, input(orgA.organisationId, { visibility: 'parties', kind: 'mou' }));
    const res = await orgB.client.post('/api/registries/agreements', input(orgB.organisationId, { renewedFromId: hidden.id }));
    expectError(res, 400, 'AGREEMENT_RENEWAL_INVALID');
  });

  test('links the event it was signed at', async () => {
    const event = await createEvent(app, orgA, {});
    const a = await create(orgA.client, input(orgA.organisationId, { eventId: event.id }));
    assert.equal(a.event?.id, event.id);
    expectError(await orgA.client.post('/api/registries/agreements', input(orgA.organisationId, { eventId: '00000000-0000-4000-8000-000000000000' })), 404, 'EVENT_NOT_FOUND');
  });

  test('documents: parties attach and remove them; only those who see the agreement download them', async () => {
    const secret = await create(orgA.client, input(orgA.organisationId, { visibility: 'parties', kind: 'joint_lab' }));
    const url = `/api/registries/agreements/${secret.id}/documents`;
    expectError(await orgB.client.request('POST', url, undefined, multipart('signed.pdf', PDF)), 404, 'AGREEMENT_NOT_FOUND');
    const attached = await orgA.client.request<AgreementBody>('POST', url, undefined, multipart('框架协议 signed.exe', PDF));
    expectStatus(attached, 201);
    const doc = attached.body.documents[0];
    assert.equal(doc?.mime, 'application/pdf');
    assert.equal(doc?.name, '框架协议 signed.exe.pdf');
    const download = await orgA.client.get(`${url}/${doc?.id}`);
    expectStatus(download, 200);
    assert.match(String(download.headers['content-disposition']), /^attachment;/);
    expectError(await orgB.client.get(`${url}/${doc?.id}`), 404, 'AGREEMENT_NOT_FOUND');
    expectError(await app.client().get(`${url}/${doc?.id}`), 404, 'AGREEMENT_NOT_FOUND');
    expectError(await orgA.client.request('POST', url, undefined, multipart('evil.html', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]))), 415, 'UNSUPPORTED_MEDIA_TYPE');

    const open = await create(orgA.client, input(orgA.organisationId));
    const openUrl = `/api/registries/agreements/${open.id}/documents`;
    expectError(await orgB.client.request('POST', openUrl, undefined, multipart('x.pdf', PDF)), 403, 'FORBIDDEN');
    const openDoc = (await orgA.client.request<AgreementBody>('POST', openUrl, undefined, multipart('memo.pdf', PDF))).body.documents[0];
    expectStatus(await app.client().get(`${openUrl}/${openDoc?.id}`), 200);
    expectError(await orgB.client.delete(`${openUrl}/${openDoc?.id}`), 403, 'FORBIDDEN');
    expectStatus(await orgA.client.delete(`${openUrl}/${openDoc?.id}`), 204);
    expectError(await app.client().get(`${openUrl}/${openDoc?.id}`), 404, 'FILE_NOT_FOUND');
  });

  test('the export neutralises formulas in CSV and XLSX', async () => {
    await create(orgA.client, input(orgA.organisationId, { kind: 'incubation_platform', title: { 'zh-Hans': '=HYPERLINK("http://evil.example","点击")' }, notes: '+SUM(A1:A2)' }));
    const csv = await orgA.client.get('/api/registries/agreements/export?format=csv&kind=incubation_platform');
    expectStatus(csv, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.raw.body.includes(`'=HYPERLINK`), csv.raw.body);
    assert.ok(csv.raw.body.includes(`'+SUM(A1:A2)`));
    assert.ok(!/(^|,)=HYPERLINK/m.test(csv.raw.body));
    const xlsx = await orgA.client.get('/api/registries/agreements/export?format=xlsx&kind=incubation_platform');
    expectStatus(xlsx, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const row = (sheet?.getRow(2).values as unknown[]).slice(1);
    assert.equal(row[header.indexOf('title')], `'=HYPERLINK("http://evil.example","点击")`);
    assert.equal(row[header.indexOf('notes')], `'+SUM(A1:A2)`);
  });
});
