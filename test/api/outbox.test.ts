import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectStatus } from '../helpers/client.js';
import { uniqueEmail } from '../helpers/factories.js';

let app: TestApp;
before(async () => {
  app = await createTestApp({}, { storeOnlyMail: true });
});
after(() => app.shutdown());

test('without SMTP, mail is stored in the outbox and admins can read it there', async () => {
  const email = uniqueEmail();
  expectStatus(await app.client().post('/api/auth/register', { email, password: 'correct horse battery', displayName: 'No SMTP' }), 201);
  expectStatus(await app.client().post('/api/auth/password-reset/request', { email }), 202);
  await app.ctx.flushOutbox();
  const admin = await app.admin();
  const outbox = await admin.get<{ items: Array<{ to: string; subject: string; text: string; status: string }> }>('/api/admin/outbox');
  const mail = outbox.body.items.find((m) => m.to === email);
  assert.ok(mail, 'the reset mail is in the outbox');
  assert.equal(mail.status, 'stored');
  assert.match(mail.text, /http:\/\/innox\.test\/password-reset\/[A-Za-z0-9_-]{20,}/);
  assert.equal(app.mail.sent.length, 0, 'nothing went through a transport');
});
