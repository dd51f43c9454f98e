/** The demo registries reproduce the figures of the municipal S&T cooperation report in the source texts. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, demoEmail, loadDemoData } from '../../src/db/seed/load.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';

let app: TestApp;
let lastYear: number;
before(async () => {
  app = await createTestApp();
  await loadDemoData(app.ctx.uow, app.clock, () => undefined, { publicUrl: app.config.publicUrl });
  lastYear = app.clock.now().getUTCFullYear() - 1;
});
after(() => app.shutdown());

test('last year: framework agreements with five provinces, three memoranda renewed, two joint labs, three platforms', async () => {
  const stats = await app.client().get<{ byYear: Array<{ year: number; kind: string; count: number; renewals: number }> }>(`/api/registries/agreements/stats?year=${lastYear}`);
  expectStatus(stats, 200);
  const count = (kind: string) => stats.body.byYear.find((r) => r.kind === kind) ?? { count: 0, renewals: 0 };
  assert.equal(count('framework_agreement').count, 5);
  assert.deepEqual([count('mou').count, count('mou').renewals], [3, 3]);
  assert.equal(count('joint_lab').count, 2);
  assert.equal(count('incubation_platform').count + count('technology_transfer_platform').count, 3);
  const renewed = await app.client().get<{ items: Array<{ countries: string[]; renewedFromId: string | null }> }>(`/api/registries/agreements?renewals=true&year=${lastYear}`);
  assert.deepEqual(renewed.body.items.flatMap((a) => a.countries).sort(), ['BR', 'CL', 'CN', 'CN', 'CN', 'TH']);
});

test('the parties-only demo agreement is hidden from the public and shown to its parties', async () => {
  const anonymous = await app.client().get<{ total: number }>('/api/registries/agreements?q=measurement');
  assert.equal(anonymous.body.total, 0);
  const party = app.client();
  await party.login(demoEmail('yrd_nic'), DEMO_PASSWORD);
  assert.equal((await party.get<{ total: number }>('/api/registries/agreements?q=measurement')).body.total, 1);
});

test('last year: the counterpart-region trainings add up to 24 batches and 1,080 trainees', async () => {
  const list = await app.client().get<{ items: Array<{ title: Record<string, string>; totals: { batches: number; trainees: number } }> }>(`/api/registries/trainings?year=${lastYear}&q=${encodeURIComponent('对口地区')}`);
  expectStatus(list, 200);
  assert.equal(list.body.items.length, 2);
  assert.equal(list.body.items.reduce((n, p) => n + p.totals.batches, 0), 24);
  assert.equal(list.body.items.reduce((n, p) => n + p.totals.trainees, 0), 1080);
  const totals = await app.client().get<{ byYear: Array<{ year: number; trainees: number; online: number }> }>('/api/registries/trainings/totals');
  const last = totals.body.byYear.find((r) => r.year === lastYear);
  assert.ok(last && last.trainees > 3000 && last.online >= 4, JSON.stringify(last));
});
