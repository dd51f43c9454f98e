/** The demo data set's co-funded call loads through the domain commands and reads like the source texts. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, demoEmail, loadDemoData } from '../../src/db/seed/load.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';

let app: TestApp;
before(async () => {
  app = await createTestApp();
  await loadDemoData(app.ctx.uow, app.clock, () => undefined, { publicUrl: app.config.publicUrl });
});
after(() => app.shutdown());

test('the demo bilateral call is closed with four reviewed applications, one funded project and no mail to demo addresses', async () => {
  const list = await app.client().get<{ items: Array<{ id: string; kind: string; status: string; demo: boolean }> }>('/api/programmes');
  assert.deepEqual(list.body.items.map((p) => [p.kind, p.status, p.demo]), [['call', 'closed', true]]);
  const id = list.body.items[0]!.id;
  const commission = app.client();
  await commission.login(demoEmail('shanghai_stc'), DEMO_PASSWORD);
  const ranking = await commission.get<{ items: Array<{ applicant: string; reviewCount: number; status: string }> }>(`/api/programmes/${id}/ranking`);
  expectStatus(ranking, 200);
  assert.equal(ranking.body.items.length, 4);
  assert.ok(ranking.body.items.every((r) => r.reviewCount === 2));
  assert.deepEqual(ranking.body.items.map((r) => r.status).sort(), ['funded', 'submitted', 'submitted', 'submitted']);
  const jury = await commission.get<{ items: Array<{ reviewCount: number }> }>(`/api/programmes/${id}/ranking?roundId=roadshow`);
  assert.deepEqual(jury.body.items.map((r) => r.reviewCount).sort(), [1, 2, 2, 2]);
  const projects = await commission.get<{ items: Array<{ id: string }> }>(`/api/programmes/${id}/projects`);
  const project = await commission.get<{ paidMinor: number; awardedMinor: number; milestones: unknown[] }>(`/api/programme-projects/${projects.body.items[0]!.id}`);
  assert.equal(project.body.awardedMinor, 2_800_000_00);
  assert.equal(project.body.paidMinor, 1_400_000_00);
  assert.equal(project.body.milestones.length, 1);
  const admin = await app.admin();
  const outbox = await admin.get<{ items: Array<{ to: string }> }>('/api/admin/outbox');
  assert.equal(outbox.body.items.filter((m) => m.to.endsWith('@demo.innox.example')).length, 0);
});

test('the declared conflict kept the German university away from the application with its partner', async () => {
  const reviewer = app.client();
  await reviewer.login(demoEmail('de_univ'), DEMO_PASSWORD);
  const list = await app.client().get<{ items: Array<{ id: string }> }>('/api/programmes');
  const mine = await reviewer.get<{ items: Array<{ application: { title: string; blinded: boolean } }> }>(`/api/programmes/${list.body.items[0]!.id}/assignments`);
  expectStatus(mine, 200);
  assert.ok(mine.body.items.length > 0);
  assert.ok(mine.body.items.every((a) => a.application.blinded && !a.application.title.startsWith('Organ-on-chip')));
});
