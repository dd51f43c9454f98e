/** The demo data set's deals: several stages, values in CNY and EUR, some made by the matchmaking day's outcomes. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, demoEmail, loadDemoData } from '../../src/db/seed/load.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';
import type { DealBody, DealList } from '../helpers/deals.js';

let app: TestApp;
before(async () => {
  app = await createTestApp();
  await loadDemoData(app.ctx.uow, app.clock, () => undefined, { publicUrl: app.config.publicUrl });
});
after(() => app.shutdown());

test('the demo deals cover the pipeline with values in CNY and EUR, for reporting by the platform admin', async () => {
  const admin = await app.admin();
  const all = await admin.get<DealList>('/api/deals?pageSize=100');
  expectStatus(all, 200);
  assert.equal(all.body.total, 9);
  const stages = new Set(all.body.items.map((d) => d.stage));
  for (const stage of ['contact', 'meeting_held', 'cooperation_intention', 'agreement_signed', 'in_execution', 'completed', 'dropped']) assert.ok(stages.has(stage), stage);
  const currencies = new Set(all.body.items.flatMap((d) => (d.value ? [d.value.currency] : [])));
  assert.ok(currencies.has('CNY') && currencies.has('EUR'));
  assert.ok(all.body.items.every((d) => !d.value || d.value.conversion?.reportingCurrency === 'CNY'));
  assert.ok(all.body.summary.every((s) => s.unconverted === 0));
});

test("the matchmaking day's cooperation intentions made deals linked to the event and its meetings", async () => {
  const laser = app.client();
  await laser.login(demoEmail('cn_ent_laser'), DEMO_PASSWORD);
  const mine = await laser.get<DealList>('/api/deals');
  expectStatus(mine, 200);
  const licence = mine.body.items.find((d) => d.parties.some((p) => p.name.includes('Laser')) && d.event);
  assert.ok(licence, JSON.stringify(mine.body.items.map((d) => d.title)));
  const detail = await laser.get<DealBody>(`/api/deals/${licence.id}`);
  assert.equal(detail.body.stage, 'agreement_signed');
  assert.equal(detail.body.meetings.length, 1);
  assert.deepEqual(detail.body.history.map((h) => [h.kind, h.toStage, h.source]), [['created', 'cooperation_intention', 'meeting_outcome'], ['forward', 'agreement_signed', 'user']]);
  const fromMeetings = (await app.admin()).get<DealList>(`/api/deals?eventId=${licence.event!.id}`);
  assert.equal((await fromMeetings).body.total, 4);
});
