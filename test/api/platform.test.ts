import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';

let app: TestApp;
before(async () => {
  app = await createTestApp();
});
after(() => app.shutdown());

test('GET /api/health names the engine, version and matching mode', async () => {
  const res = await app.client().get<{ status: string; database: string; version: string; demo: boolean }>('/api/health');
  expectStatus(res, 200);
  // Matching loads its dictionaries on first use (main.ts starts that after listening): idle until then.
  assert.deepEqual(res.body, { status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', version: '0.0.0-test', demo: false, matching: { mode: 'builtin', status: 'idle' } });
});

test('the OpenAPI document is served at /api/openapi.json and browsable at /api/docs', async () => {
  const doc = await app.client().get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
  expectStatus(doc, 200);
  assert.match(doc.body.openapi, /^3\.1/);
  assert.ok(Object.keys(doc.body.paths).length >= 30);
  const docs = await app.app.inject({ method: 'GET', url: '/api/docs' });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /swagger/i);
});

test('an unknown API route gets 404 ROUTE_NOT_FOUND in the error shape', async () => {
  expectError(await app.client().get('/api/no-such-thing'), 404, 'ROUTE_NOT_FOUND');
  expectError(await app.client().post('/api/no-such-thing', {}), 404, 'ROUTE_NOT_FOUND');
});

test('malformed JSON gets 400 BAD_REQUEST and an oversized body 413 PAYLOAD_TOO_LARGE', async () => {
  const c = app.client();
  await c.get('/api/auth/csrf');
  const headers = { 'content-type': 'application/json', 'x-csrf-token': c.cookie('innox_csrf') ?? '', cookie: `innox_csrf=${c.cookie('innox_csrf')}` };
  const malformed = await app.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: '{"email": ' });
  assert.equal(malformed.statusCode, 400);
  assert.equal(JSON.parse(malformed.body).error.code, 'BAD_REQUEST');
  const huge = await app.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }) });
  assert.equal(huge.statusCode, 413);
  assert.equal(JSON.parse(huge.body).error.code, 'PAYLOAD_TOO_LARGE');
});

test('responses carry security headers; non-API pages get a CSP without unsafe-inline scripts', async () => {
  const api = await app.app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(api.headers['x-content-type-options'], 'nosniff');
  assert.ok(api.headers['strict-transport-security'] !== undefined || api.headers['x-frame-options'] !== undefined);
  const page = await app.app.inject({ method: 'GET', url: '/listings' });
  const csp = String(page.headers['content-security-policy'] ?? '');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '', /unsafe-inline/);
  const asset = await app.app.inject({ method: 'GET', url: '/assets/no-such-bundle.js' });
  assert.equal(asset.statusCode, 404, 'a missing asset is a 404, not the app HTML');
});
