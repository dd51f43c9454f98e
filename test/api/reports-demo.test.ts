/** The demo annual report for last year reads like the municipal S&T cooperation report in the source texts. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoData } from '../../src/db/seed/load.js';
import type { AnnualReport } from '../../src/domain/reports/schema.js';
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

test('last year: agreements with five regions, 24 batches and 1,080 trainees for counterpart regions, memoranda renewed with Brazil, Thailand and Chile, joint labs and platforms', async () => {
  const res = await (await app.admin()).get<AnnualReport>(`/api/reports/annual?year=${lastYear}`);
  expectStatus(res, 200);
  const { domestic, international } = res.body;
  assert.equal(domestic.agreements.value, 5);
  assert.deepEqual(domestic.agreementRegions, ['Hubei', 'Lu\'an, Anhui', 'Ningxia', 'Sanming, Fujian', 'Jiangxi'].sort());
  const counterpart = domestic.trainings.filter((l) => (l.title['zh-Hans'] ?? '').includes('对口地区'));
  assert.equal(counterpart.reduce((n, l) => n + l.batches.value, 0), 24);
  assert.equal(counterpart.reduce((n, l) => n + l.trainees.value, 0), 1080);
  const talent = domestic.trainings.find((l) => (l.title['zh-Hans'] ?? '').includes('科技人才培育'));
  assert.ok(talent && talent.trainees.value > 2000 && talent.online, 'the 2,000+ technicians trained online and offline');
  assert.deepEqual([international.mousRenewed.value, international.jointLabs.value, international.platforms.value], [3, 2, 3]);
  assert.deepEqual(international.mouCountries, ['BR', 'CL', 'TH']);
  assert.deepEqual(international.platformCountries, ['AZ', 'KR', 'MK']);

  const html = await (await app.admin()).request('GET', `/api/reports/annual.html?year=${lastYear}&lang=zh-Hans`);
  expectStatus(html, 200);
  assert.match(html.raw.body, /对口地区科技管理干部培训班：开展培训 16 批，培训 720 人次。/);
  assert.match(html.raw.body, /与巴西、智利和泰国续签合作备忘录（3 份）。/);
});
