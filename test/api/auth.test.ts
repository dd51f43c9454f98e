import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { uniqueEmail } from '../helpers/factories.js';

let app: TestApp;
before(async () => {
  app = await createTestApp();
});
after(() => app.shutdown());

const password = 'correct horse battery';

describe('registration and login', () => {
  test('registers, is logged in at once, and /me shows the new organisation membership', async () => {
    const c = app.client();
    const email = uniqueEmail();
    const res = await c.post<{ user: { email: string; memberships: Array<{ role: string; organisationName: string }> } }>('/api/auth/register', {
      email: email.toUpperCase(),
      password,
      displayName: '王小明',
      locale: 'zh-Hans',
      organisation: { name: '浦江测试科技有限公司', type: 'enterprise', country: 'CN', city: '上海' },
    });
    expectStatus(res, 201);
    assert.equal(res.body.user.email, email, 'e-mail is stored lower-cased');
    assert.deepEqual(res.body.user.memberships.map((m) => [m.organisationName, m.role]), [['浦江测试科技有限公司', 'admin']]);
    const me = await c.get<{ user: { displayName: string; locale: string } }>('/api/auth/me');
    expectStatus(me, 200);
    assert.equal(me.body.user.displayName, '王小明');
    assert.equal(me.body.user.locale, 'zh-Hans');
  });

  test('sets an httpOnly SameSite session cookie and stores only an argon2id hash', async () => {
    const c = app.client();
    const res = await c.post('/api/auth/register', { email: uniqueEmail(), password, displayName: 'Cookie Check' });
    expectStatus(res, 201);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((h) => h.startsWith('innox_session='));
    assert.ok(setCookie, 'session cookie set');
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const rows = await queryRows<{ password_hash: string }>(app.database.db, sql`SELECT password_hash FROM users WHERE display_name = 'Cookie Check'`);
    assert.match(rows[0]?.password_hash ?? '', /^\$argon2id\$/);
  });

  test('rejects a duplicate e-mail with 409 EMAIL_TAKEN', async () => {
    const email = uniqueEmail();
    expectStatus(await app.client().post('/api/auth/register', { email, password, displayName: 'A' }), 201);
    expectError(await app.client().post('/api/auth/register', { email, password, displayName: 'B' }), 409, 'EMAIL_TAKEN');
  });

  test('rejects a short password, a bad e-mail and unknown fields with 400 VALIDATION_FAILED naming the field', async () => {
    const short = await app.client().post<{ error: { details: Array<{ path: string }> } }>('/api/auth/register', { email: uniqueEmail(), password: 'short', displayName: 'A' });
    expectError(short, 400, 'VALIDATION_FAILED');
    assert.ok(short.body.error.details.some((d) => d.path === '/password'));
    expectError(await app.client().post('/api/auth/register', { email: 'not-an-email', password, displayName: 'A' }), 400, 'VALIDATION_FAILED');
    expectError(await app.client().post('/api/auth/register', { email: uniqueEmail(), password, displayName: 'A', isPlatformAdmin: true }), 400, 'VALIDATION_FAILED');
  });

  test('rejects an unknown country code in the new organisation with 400', async () => {
    const res = await app.client().post('/api/auth/register', {
      email: uniqueEmail(),
      password,
      displayName: 'A',
      organisation: { name: 'Nowhere Ltd', type: 'enterprise', country: 'XX' },
    });
    expectError(res, 400, 'UNKNOWN_COUNTRY');
  });

  test('login with a wrong password gives 401 INVALID_CREDENTIALS, the same as an unknown e-mail', async () => {
    const email = uniqueEmail();
    expectStatus(await app.client().post('/api/auth/register', { email, password, displayName: 'A' }), 201);
    expectError(await app.client().post('/api/auth/login', { email, password: 'wrong password!' }), 401, 'INVALID_CREDENTIALS');
    expectError(await app.client().post('/api/auth/login', { email: uniqueEmail(), password }), 401, 'INVALID_CREDENTIALS');
  });

  test('login is rate limited per address and account with 429 RATE_LIMITED and retry-after', async () => {
    const email = uniqueEmail();
    const c = app.client();
    for (let i = 0; i < app.config.rateLimits.login.max; i++) {
      expectError(await c.post('/api/auth/login', { email, password: 'wrong password!' }), 401, 'INVALID_CREDENTIALS');
    }
    const limited = await c.post('/api/auth/login', { email, password: 'wrong password!' });
    expectError(limited, 429, 'RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    // Another account from the same address is not locked out.
    const other = uniqueEmail();
    expectStatus(await app.client().post('/api/auth/register', { email: other, password, displayName: 'B' }), 201);
    expectStatus(await c.post('/api/auth/login', { email: other, password }), 200);
  });

  test('logout ends the session: /me is null and the old cookie no longer works', async () => {
    const c = app.client();
    expectStatus(await c.post('/api/auth/register', { email: uniqueEmail(), password, displayName: 'A' }), 201);
    const token = c.cookie('innox_session');
    assert.ok(token);
    expectStatus(await c.post('/api/auth/logout'), 204);
    assert.equal((await c.get<{ user: null }>('/api/auth/me')).body.user, null);
    const replay = app.client();
    replay.setCookie('innox_session', token);
    assert.equal((await replay.get<{ user: null }>('/api/auth/me')).body.user, null);
  });

  test('logging in replaces an existing session (no session fixation)', async () => {
    const email = uniqueEmail();
    const c = app.client();
    expectStatus(await c.post('/api/auth/register', { email, password, displayName: 'A' }), 201);
    const before = c.cookie('innox_session');
    await c.login(email, password);
    const afterLogin = c.cookie('innox_session');
    assert.notEqual(afterLogin, before);
    const old = app.client();
    old.setCookie('innox_session', before ?? '');
    assert.equal((await old.get<{ user: null }>('/api/auth/me')).body.user, null);
  });

  test('PATCH /api/auth/me needs a session (401) and stores the UI language', async () => {
    expectError(await app.client().patch('/api/auth/me', { locale: 'de' }), 401, 'UNAUTHENTICATED');
    const c = app.client();
    expectStatus(await c.post('/api/auth/register', { email: uniqueEmail(), password, displayName: 'A' }), 201);
    const res = await c.patch<{ user: { locale: string } }>('/api/auth/me', { locale: 'vi' });
    expectStatus(res, 200);
    assert.equal(res.body.user.locale, 'vi');
    expectError(await c.patch('/api/auth/me', { locale: 'fr' }), 400, 'VALIDATION_FAILED');
  });
});

describe('CSRF protection', () => {
  test('a state-changing request without the CSRF header gets 403 CSRF_TOKEN_INVALID and changes nothing', async () => {
    const c = app.client();
    const email = uniqueEmail();
    const res = await c.request('POST', '/api/auth/register', { email, password, displayName: 'A' }, { csrf: false });
    expectError(res, 403, 'CSRF_TOKEN_INVALID');
    expectError(await app.client().post('/api/auth/login', { email, password }), 401, 'INVALID_CREDENTIALS');
  });

  test('a header that does not match the cookie is refused', async () => {
    const c = app.client();
    await c.get('/api/auth/csrf');
    const res = await c.request('POST', '/api/auth/logout', {}, { csrf: false, headers: { 'x-csrf-token': 'forged' } });
    expectError(res, 403, 'CSRF_TOKEN_INVALID');
  });

  test('a request from a foreign Origin is refused even with a matching token', async () => {
    const c = app.client();
    await c.get('/api/auth/csrf');
    const res = await c.request('POST', '/api/auth/logout', {}, { headers: { origin: 'https://evil.example' } });
    expectError(res, 403, 'CSRF_TOKEN_INVALID');
  });
});

describe('password reset', () => {
  test('request → e-mail with token → confirm sets the new password and ends old sessions', async () => {
    const email = uniqueEmail();
    const c = app.client();
    expectStatus(await c.post('/api/auth/register', { email, password, displayName: 'Reset Me' }), 201);
    expectStatus(await app.client().post('/api/auth/password-reset/request', { email }), 202);
    await app.ctx.flushOutbox();
    const mail = app.mail.sent.find((m) => m.to === email);
    assert.ok(mail, 'reset mail sent through the transport');
    const token = /password-reset\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    assert.ok(token);
    expectStatus(await app.client().post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' }), 204);
    assert.equal((await c.get<{ user: null }>('/api/auth/me')).body.user, null, 'old session ended');
    await app.client().login(email, 'a brand new password');
    expectError(await app.client().post('/api/auth/password-reset/confirm', { token, password: 'yet another password' }), 400, 'RESET_TOKEN_INVALID');
  });

  test('an expired token is refused', async () => {
    const email = uniqueEmail();
    expectStatus(await app.client().post('/api/auth/register', { email, password, displayName: 'Slow' }), 201);
    expectStatus(await app.client().post('/api/auth/password-reset/request', { email }), 202);
    await app.ctx.flushOutbox();
    const token = /password-reset\/([A-Za-z0-9_-]+)/.exec(app.mail.sent.filter((m) => m.to === email).at(-1)?.text ?? '')?.[1];
    app.clock.advanceDays(1);
    expectError(await app.client().post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' }), 400, 'RESET_TOKEN_INVALID');
  });

  test('an unknown e-mail also gets 202, and no mail is queued', async () => {
    const before = app.mail.sent.length;
    expectStatus(await app.client().post('/api/auth/password-reset/request', { email: uniqueEmail() }), 202);
    await app.ctx.flushOutbox();
    assert.equal(app.mail.sent.length, before);
  });
});

describe('registration rate limit', () => {
  test('registrations from one address beyond the hourly limit get 429 RATE_LIMITED', async () => {
    const limited = await createTestApp({ RATE_LIMIT_REGISTER_PER_HOUR: '3' });
    try {
      for (let i = 0; i < 3; i++) expectStatus(await limited.client().post('/api/auth/register', { email: uniqueEmail(), password, displayName: 'A' }), 201);
      const email = uniqueEmail();
      expectError(await limited.client().post('/api/auth/register', { email, password, displayName: 'A' }), 429, 'RATE_LIMITED');
      expectError(await limited.client().post('/api/auth/login', { email, password }), 401, 'INVALID_CREDENTIALS');
    } finally {
      await limited.shutdown();
    }
  });
});
