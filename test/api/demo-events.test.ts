/** The demo data set's events load through the domain commands and show what a new user should see. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, demoEmail, loadDemoData } from '../../src/db/seed/load.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';

let app: TestApp;
let loaded: { organisations: number; listings: number; events: number };
before(async () => {
  app = await createTestApp();
  loaded = await loadDemoData(app.ctx.uow, app.clock, () => undefined, { publicUrl: app.config.publicUrl });
});
after(() => app.shutdown());

interface EventItem {
  id: string;
  kind: string;
  status: string;
}

test('three demo events: a matchmaking day and a forum ahead, a training behind', async () => {
  assert.equal(loaded.events, 3);
  const upcoming = await app.client().get<{ items: EventItem[] }>('/api/events');
  assert.deepEqual(upcoming.body.items.map((e) => e.kind), ['matchmaking_day', 'forum']);
  const past = await app.client().get<{ items: EventItem[] }>('/api/events?when=past');
  assert.deepEqual(past.body.items.map((e) => e.kind), ['training']);
});

test('the matchmaking day has a published, valid schedule that participants see in their agenda', async () => {
  const events = await app.client().get<{ items: EventItem[] }>('/api/events?kind=matchmaking_day');
  const id = events.body.items[0]!.id;
  const organiser = app.client();
  await organiser.login(demoEmail('beijing_ttpc'), DEMO_PASSWORD);
  const schedule = await organiser.get<{ quality: { requested: number; placed: number; violations: number }; unpublishedChanges: number }>(`/api/events/${id}/schedule`);
  expectStatus(schedule, 200);
  assert.equal(schedule.body.quality.requested, 8);
  assert.equal(schedule.body.quality.placed, 8);
  assert.equal(schedule.body.quality.violations, 0);
  assert.equal(schedule.body.unpublishedChanges, 0);

  const participant = app.client();
  await participant.login(demoEmail('cn_ent_laser'), DEMO_PASSWORD);
  const agenda = await participant.get<{ items: Array<{ kind: string; tableLabel: string | null }> }>(`/api/events/${id}/agenda`);
  expectStatus(agenda, 200);
  assert.equal(agenda.body.items.filter((i) => i.kind === 'meeting' && i.tableLabel).length, 2);
  assert.equal(agenda.body.items.filter((i) => i.kind === 'session').length, 1);
  const mine = await participant.get<{ items: Array<{ status: string }> }>(`/api/events/${id}/meetings/mine`);
  assert.equal(mine.body.items.length, 2);
});

test('demo accounts get no mail: what their registrations queued is dropped', async () => {
  const admin = await app.admin();
  const outbox = await admin.get<{ items: Array<{ to: string }> }>('/api/admin/outbox');
  expectStatus(outbox, 200);
  assert.equal(outbox.body.items.filter((m) => m.to.endsWith('@demo.innox.example')).length, 0);
});
