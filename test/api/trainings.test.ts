import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TrainingBatchInput, TrainingProgrammeInput } from '../../src/domain/trainings/schema.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus, type TestClient } from '../helpers/client.js';
import { registerMember, type Member } from '../helpers/factories.js';

interface BatchBody {
  id: string;
  startsOn: string;
  mode: string;
  traineeCount: number;
  listedTrainees: number;
  version: number;
}
interface TrainingBody {
  id: string;
  version: number;
  organisationName: string;
  totals: { batches: number; trainees: number; firstStartsOn: string | null; lastEndsOn: string | null };
  batches: BatchBody[];
  abilities: { edit: boolean; delete: boolean; readTrainees: boolean };
}
interface Trainee {
  name: string;
  organisation: string | null;
  country: string | null;
  email: string | null;
}

let app: TestApp;
let organiser: Member;
let other: Member;
let admin: TestClient;

const programme = (organisationId: string, overrides: Partial<TrainingProgrammeInput> = {}): TrainingProgrammeInput => ({
  organisationId,
  title: { 'zh-Hans': '对口地区科技管理人才培训', en: 'S&T management training for partner regions' },
  defaultLanguage: 'zh-Hans',
  partnerCountries: ['CN'],
  partnerRegions: ['Yunnan', 'Xinjiang'],
  sectors: ['biomedicine'],
  ...overrides,
});
const batch = (overrides: Partial<TrainingBatchInput> = {}): TrainingBatchInput => ({ startsOn: '2025-04-07', endsOn: '2025-04-11', mode: 'offline', location: 'Shanghai', traineeCount: 45, ...overrides });

async function createProgramme(client: TestClient, body: TrainingProgrammeInput): Promise<TrainingBody> {
  const res = await client.post<TrainingBody>('/api/registries/trainings', body);
  expectStatus(res, 201);
  return res.body;
}

async function addBatch(client: TestClient, id: string, body: TrainingBatchInput): Promise<TrainingBody> {
  const res = await client.post<TrainingBody>(`/api/registries/trainings/${id}/batches`, body);
  expectStatus(res, 201);
  return res.body;
}

function multipart(filename: string, content: Buffer | string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----innox-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

before(async () => {
  app = await createTestApp();
  organiser = await registerMember(app, { name: 'Shanghai S&T Management Cadre College', country: 'CN', type: 'university' });
  other = await registerMember(app, { name: 'Another Org', country: 'DE' });
  admin = await app.admin();
});
after(() => app.shutdown());

describe('trainings registry', () => {
  test('the organiser records a programme with batches; totals add up per programme and per year', async () => {
    const p = await createProgramme(organiser.client, programme(organiser.organisationId));
    assert.deepEqual(p.totals, { batches: 0, trainees: 0, firstStartsOn: null, lastEndsOn: null });
    await addBatch(organiser.client, p.id, batch());
    await addBatch(organiser.client, p.id, batch({ startsOn: '2025-09-01', endsOn: '2025-09-05', mode: 'online', location: null, traineeCount: 120 }));
    const after3 = await addBatch(organiser.client, p.id, batch({ startsOn: '2026-03-02', endsOn: '2026-03-06', mode: 'hybrid', traineeCount: 60 }));
    assert.deepEqual(after3.totals, { batches: 3, trainees: 225, firstStartsOn: '2025-04-07', lastEndsOn: '2026-03-06' });
    const totals = await app.client().get<{ byYear: Array<{ year: number; batches: number; trainees: number; online: number; offline: number; hybrid: number; programmes: number }>; trainees: number }>(
      `/api/registries/trainings/totals?organisationId=${organiser.organisationId}`,
    );
    expectStatus(totals, 200);
    assert.deepEqual(totals.body.byYear, [
      { year: 2025, programmes: 1, batches: 2, trainees: 165, online: 1, offline: 1, hybrid: 0 },
      { year: 2026, programmes: 1, batches: 1, trainees: 60, online: 0, offline: 0, hybrid: 1 },
    ]);
    assert.equal(totals.body.trainees, 225);
    const in2026 = await app.client().get<{ items: TrainingBody[] }>('/api/registries/trainings?year=2026&country=CN');
    assert.ok(in2026.body.items.some((t) => t.id === p.id));
    const in2020 = await app.client().get<{ items: TrainingBody[] }>('/api/registries/trainings?year=2020');
    assert.ok(!in2020.body.items.some((t) => t.id === p.id));
    const byRegion = await app.client().get<{ items: TrainingBody[] }>('/api/registries/trainings?q=Xinjiang');
    assert.ok(byRegion.body.items.some((t) => t.id === p.id));
  });

  test('authorisation: anonymous 401, another organisation 403, platform admin allowed', async () => {
    expectError(await app.client().post('/api/registries/trainings', programme(organiser.organisationId)), 401, 'UNAUTHENTICATED');
    expectError(await other.client.post('/api/registries/trainings', programme(organiser.organisationId)), 403, 'FORBIDDEN');
    const p = await createProgramme(organiser.client, programme(organiser.organisationId));
    expectError(await other.client.post(`/api/registries/trainings/${p.id}/batches`, batch()), 403, 'FORBIDDEN');
    expectError(await other.client.patch(`/api/registries/trainings/${p.id}`, { version: p.version, partnerRegions: ['Hainan'] }), 403, 'FORBIDDEN');
    expectError(await other.client.delete(`/api/registries/trainings/${p.id}`), 403, 'FORBIDDEN');
    const edited = await admin.patch<TrainingBody>(`/api/registries/trainings/${p.id}`, { version: p.version, partnerRegions: ['Hainan'] });
    expectStatus(edited, 200);
    expectError(await organiser.client.patch(`/api/registries/trainings/${p.id}`, { version: p.version, partnerRegions: ['Ningxia'] }), 409, 'VERSION_CONFLICT');
    expectStatus(await organiser.client.delete(`/api/registries/trainings/${p.id}`), 204);
    expectError(await app.client().get(`/api/registries/trainings/${p.id}`), 404, 'TRAINING_NOT_FOUND');
  });

  test('rejects bad input with stable codes', async () => {
    expectError(await organiser.client.post('/api/registries/trainings', programme(organiser.organisationId, { partnerCountries: ['XX'] })), 400, 'UNKNOWN_COUNTRY');
    expectError(await organiser.client.post('/api/registries/trainings', programme(organiser.organisationId, { sectors: ['nope_nope'] })), 400, 'UNKNOWN_CONCEPT');
    expectError(await organiser.client.post('/api/registries/trainings', programme(organiser.organisationId, { title: { en: 'English only' } })), 400, 'VALIDATION_FAILED');
    const p = await createProgramme(organiser.client, programme(organiser.organisationId));
    expectError(await organiser.client.post(`/api/registries/trainings/${p.id}/batches`, batch({ endsOn: '2025-04-01' })), 400, 'INVALID_RANGE');
    expectError(await organiser.client.post(`/api/registries/trainings/${p.id}/batches`, { ...batch(), mode: 'telepathy' }), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.post(`/api/registries/trainings/${p.id}/batches`, batch({ traineeCount: -1 })), 400, 'VALIDATION_FAILED');
    expectError(await organiser.client.patch(`/api/registries/trainings/${p.id}/batches/00000000-0000-4000-8000-000000000000`, { version: 1, traineeCount: 3 }), 404, 'TRAINING_BATCH_NOT_FOUND');
  });

  test("trainees' personal data is visible only to the organiser and platform admins", async () => {
    const p = await createProgramme(organiser.client, programme(organiser.organisationId));
    const withBatch = await addBatch(organiser.client, p.id, batch({ traineeCount: 1 }));
    const batchId = withBatch.batches[0]?.id ?? '';
    const list: Trainee[] = [
      { name: '马丽', organisation: '迪庆州科学技术局', country: 'CN', email: 'ma.li@example.test' },
      { name: 'Nguyễn Văn An', organisation: 'Sở KH&CN Lào Cai', country: 'VN', email: 'an@example.test' },
    ];
    const url = `/api/registries/trainings/${p.id}/batches/${batchId}/trainees`;
    expectError(await other.client.put(url, { trainees: list }), 403, 'FORBIDDEN');
    const saved = await organiser.client.put<{ trainees: Trainee[] }>(url, { trainees: list });
    expectStatus(saved, 200);
    assert.deepEqual(saved.body.trainees, list);

    expectError(await app.client().get(url), 401, 'UNAUTHENTICATED');
    expectError(await other.client.get(url), 403, 'FORBIDDEN');
    assert.deepEqual((await admin.get<{ trainees: Trainee[] }>(url)).body.trainees.map((t) => t.email), ['ma.li@example.test', 'an@example.test']);

    // Others see the counts, never the names.
    const publicView = await other.client.get<TrainingBody>(`/api/registries/trainings/${p.id}`);
    expectStatus(publicView, 200);
    assert.equal(publicView.body.abilities.readTrainees, false);
    assert.equal(publicView.body.batches[0]?.listedTrainees, 2);
    assert.equal(publicView.body.batches[0]?.traineeCount, 2, 'the count rose to the length of the list');
    assert.ok(!publicView.raw.body.includes('ma.li@example.test') && !publicView.raw.body.includes('马丽'));
    const exported = await other.client.get(`/api/registries/trainings/export?organisationId=${organiser.organisationId}`);
    assert.ok(!exported.raw.body.includes('马丽'));

    const b = publicView.body.batches[0] as BatchBody;
    expectError(await organiser.client.patch(`/api/registries/trainings/${p.id}/batches/${b.id}`, { version: b.version, traineeCount: 1 }), 400, 'VALIDATION_FAILED');
  });

  test('imports a trainee list from CSV with Chinese headers: a dry run checks, a real run replaces all or none', async () => {
    const p = await createProgramme(organiser.client, programme(organiser.organisationId));
    const withBatch = await addBatch(organiser.client, p.id, batch({ traineeCount: 30 }));
    const batchId = withBatch.batches[0]?.id ?? '';
    const base = `/api/registries/trainings/${p.id}/batches/${batchId}/trainees`;
    const good = '姓名,单位,国家,邮箱\r\n王强,宁夏科技厅,中国,wq@example.test\r\nLê Thị Hoa,Sở KH&CN Hà Giang,VN,\r\n';
    const dry = multipart('trainees.csv', good);
    const checked = await organiser.client.request<{ dryRun: boolean; valid: number; invalid: number; columns: Record<string, string> }>('POST', `${base}/import`, undefined, dry);
    expectStatus(checked, 200);
    assert.equal(checked.body.valid, 2);
    assert.deepEqual(checked.body.columns, { name: '姓名', organisation: '单位', country: '国家', email: '邮箱' });
    assert.equal((await organiser.client.get<{ trainees: Trainee[] }>(base)).body.trainees.length, 0, 'a dry run stores nothing');

    const bad = multipart('trainees.csv', '姓名,国家,邮箱\r\n王强,Narnia,wq@example.test\r\n张伟,CN,not-an-email\r\n');
    const refused = await organiser.client.request<{ error: { details: { invalid: number } } }>('POST', `${base}/import?dryRun=false`, undefined, bad);
    expectError(refused, 422, 'IMPORT_ROWS_INVALID');
    assert.equal(refused.body.error.details.invalid, 2);

    const real = await organiser.client.request('POST', `${base}/import?dryRun=false`, undefined, multipart('trainees.csv', good));
    expectStatus(real, 200);
    const stored = await organiser.client.get<{ trainees: Trainee[] }>(base);
    assert.deepEqual(stored.body.trainees, [
      { name: '王强', organisation: '宁夏科技厅', country: 'CN', email: 'wq@example.test' },
      { name: 'Lê Thị Hoa', organisation: 'Sở KH&CN Hà Giang', country: 'VN', email: null },
    ]);
    expectError(await other.client.request('POST', `${base}/import?dryRun=false`, undefined, multipart('trainees.csv', good)), 403, 'FORBIDDEN');
    expectError(await organiser.client.request('POST', `${base}/import`, undefined, multipart('trainees.csv', 'foo,bar\r\n1,2\r\n')), 400, 'IMPORT_MAPPING_INVALID');
  });

  test('the export lists one row per batch and neutralises formulas', async () => {
    const p = await createProgramme(organiser.client, programme(organiser.organisationId, { title: { 'zh-Hans': '=cmd|"/c calc"!A1 培训' } }));
    await addBatch(organiser.client, p.id, batch({ location: '@SUM(1+1)' }));
    await addBatch(organiser.client, p.id, batch({ startsOn: '2025-10-01', endsOn: '2025-10-02', mode: 'online', location: null }));
    const csv = await app.client().get(`/api/registries/trainings/export?format=csv&organisationId=${organiser.organisationId}&q=calc`);
    expectStatus(csv, 200);
    const lines = csv.raw.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.ok(lines.slice(1).every((l) => l.includes(`'=cmd`)));
    assert.ok(csv.raw.body.includes(`'@SUM(1+1)`));
  });
});
