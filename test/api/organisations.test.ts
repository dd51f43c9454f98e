import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { registerMember, uniqueEmail, type Member } from '../helpers/factories.js';

interface Org {
  id: string;
  name: string;
  version: number;
  verified: boolean;
  verificationStatus: string;
  hasLogo: boolean;
  descriptions: Record<string, string>;
  abilities: { edit: boolean; manageMembers: boolean; verify: boolean };
}

let app: TestApp;
let a: Member;
let b: Member;
before(async () => {
  app = await createTestApp();
  a = await registerMember(app, { name: 'Aachen Laser Institute', country: 'DE', type: 'research_institute' });
  b = await registerMember(app, { name: 'Ningbo Shipping', country: 'CN' });
});
after(() => app.shutdown());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e1b8a50000000049454e44ae426082', 'hex');

async function multipart(file: Buffer, type: string, name: string): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  form.append('file', new Blob([file], { type }), name);
  const response = new Response(form);
  return { payload: Buffer.from(await response.arrayBuffer()), headers: { 'content-type': response.headers.get('content-type') ?? '' } };
}

describe('organisation profiles', () => {
  test('anyone can read a profile; abilities say who may edit', async () => {
    const anon = await app.client().get<Org>(`/api/organisations/${a.organisationId}`);
    expectStatus(anon, 200);
    assert.equal(anon.body.name, 'Aachen Laser Institute');
    assert.deepEqual(anon.body.abilities, { edit: false, manageMembers: false, verify: false });
    const own = await a.client.get<Org>(`/api/organisations/${a.organisationId}`);
    assert.deepEqual(own.body.abilities, { edit: true, manageMembers: true, verify: false });
    expectError(await app.client().get('/api/organisations/00000000-0000-4000-8000-000000000000'), 404, 'ORGANISATION_NOT_FOUND');
    expectError(await app.client().get('/api/organisations/not-a-uuid'), 400, 'VALIDATION_FAILED');
  });

  test('an admin edits the profile with descriptions in several languages; others get 403, strangers 401', async () => {
    const current = await a.client.get<Org>(`/api/organisations/${a.organisationId}`);
    const res = await a.client.patch<Org>(`/api/organisations/${a.organisationId}`, {
      version: current.body.version,
      city: 'Aachen',
      sectors: ['laser_technology'],
      website: 'https://laser.example',
      descriptions: { de: 'Institut für angewandte Lasertechnik.', en: 'Applied laser technology institute.', 'zh-Hans': '应用激光技术研究所。' },
    });
    expectStatus(res, 200);
    assert.equal(res.body.descriptions['zh-Hans'], '应用激光技术研究所。');
    expectError(await b.client.patch(`/api/organisations/${a.organisationId}`, { name: 'Taken over' }), 403, 'FORBIDDEN');
    expectError(await app.client().patch(`/api/organisations/${a.organisationId}`, { name: 'Taken over' }), 401, 'UNAUTHENTICATED');
    expectError(await a.client.patch(`/api/organisations/${a.organisationId}`, { version: 1, name: 'Stale' }), 409, 'VERSION_CONFLICT');
    expectError(await a.client.patch(`/api/organisations/${a.organisationId}`, { descriptions: { fr: 'Bonjour' } }), 400, 'VALIDATION_FAILED');
    expectError(await a.client.patch(`/api/organisations/${a.organisationId}`, { sectors: ['alchemy'] }), 400, 'UNKNOWN_CONCEPT');
  });

  test('logo upload accepts a real PNG, refuses a fake one (415) and other organisations (403)', async () => {
    const good = await multipart(PNG, 'image/png', 'logo.png');
    expectStatus(await a.client.request('PUT', `/api/organisations/${a.organisationId}/logo`, undefined, good), 204);
    const logo = await app.client().get(`/api/organisations/${a.organisationId}/logo`);
    expectStatus(logo, 200);
    assert.equal(logo.headers['content-type'], 'image/png');
    assert.deepEqual(Buffer.from(logo.raw.rawPayload), PNG);
    assert.equal((await app.client().get<Org>(`/api/organisations/${a.organisationId}`)).body.hasLogo, true);
    const fake = await multipart(Buffer.from('<svg onload=alert(1)>'), 'image/png', 'logo.png');
    expectError(await a.client.request('PUT', `/api/organisations/${a.organisationId}/logo`, undefined, fake), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await b.client.request('PUT', `/api/organisations/${a.organisationId}/logo`, undefined, await multipart(PNG, 'image/png', 'x.png')), 403, 'FORBIDDEN');
  });

  test('browse organisations by name with cursor paging', async () => {
    const first = await app.client().get<{ items: Org[]; nextCursor: string | null }>('/api/organisations?limit=1');
    expectStatus(first, 200);
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.nextCursor);
    const second = await app.client().get<{ items: Org[] }>(`/api/organisations?limit=1&cursor=${first.body.nextCursor}`);
    assert.notEqual(second.body.items[0]?.id, first.body.items[0]?.id);
    const found = await app.client().get<{ items: Org[] }>('/api/organisations?q=ningbo');
    assert.deepEqual(found.body.items.map((o) => o.id), [b.organisationId]);
  });
});

describe('membership invitations', () => {
  test('invite by e-mail → the invitee registers and accepts → becomes a member who can publish for the organisation', async () => {
    const email = uniqueEmail('invitee');
    expectStatus(await a.client.post(`/api/organisations/${a.organisationId}/invitations`, { email, role: 'member' }), 201);
    await app.ctx.flushOutbox();
    const mail = app.mail.sent.find((m) => m.to === email);
    const token = /invitations\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    assert.ok(token, 'invitation e-mail carries the link');
    const invitee = app.client();
    expectStatus(await invitee.post('/api/auth/register', { email, password: 'correct horse battery', displayName: 'Invitee' }), 201);
    const accepted = await invitee.post<{ user: { memberships: Array<{ organisationId: string; role: string }> } }>('/api/invitations/accept', { token });
    expectStatus(accepted, 200);
    assert.deepEqual(accepted.body.user.memberships.map((m) => [m.organisationId, m.role]), [[a.organisationId, 'member']]);
    const members = await invitee.get<{ items: Array<{ email: string }> }>(`/api/organisations/${a.organisationId}/members`);
    assert.ok(members.body.items.some((m) => m.email === email));
    expectError(await invitee.post('/api/invitations/accept', { token }), 400, 'INVITATION_INVALID');
    expectError(await invitee.post(`/api/organisations/${a.organisationId}/invitations`, { email: uniqueEmail(), role: 'admin' }), 403, 'FORBIDDEN');
  });

  test('an invitation can only be accepted by the account with the invited e-mail', async () => {
    const email = uniqueEmail('target');
    expectStatus(await a.client.post(`/api/organisations/${a.organisationId}/invitations`, { email, role: 'member' }), 201);
    await app.ctx.flushOutbox();
    const token = /invitations\/([A-Za-z0-9_-]+)/.exec(app.mail.sent.find((m) => m.to === email)?.text ?? '')?.[1];
    expectError(await b.client.post('/api/invitations/accept', { token }), 403, 'FORBIDDEN');
    expectError(await app.client().post('/api/invitations/accept', { token }), 401, 'UNAUTHENTICATED');
  });

  test('the last administrator cannot be removed (409 LAST_ADMIN); other organisations cannot remove members (403)', async () => {
    expectError(await a.client.delete(`/api/organisations/${a.organisationId}/members/${a.userId}`), 409, 'LAST_ADMIN');
    expectError(await b.client.delete(`/api/organisations/${a.organisationId}/members/${a.userId}`), 403, 'FORBIDDEN');
  });
});

describe('verification by a platform admin', () => {
  test('new organisations wait in the verification queue; verify and reject (with reason) are admin-only', async () => {
    const admin = await app.admin();
    const queue = await admin.get<{ items: Org[] }>('/api/admin/verifications');
    expectStatus(queue, 200);
    assert.ok(queue.body.items.some((o) => o.id === b.organisationId));
    expectError(await b.client.get('/api/admin/verifications'), 403, 'FORBIDDEN');
    expectError(await b.client.post(`/api/admin/organisations/${b.organisationId}/verify`, { decision: 'verify' }), 403, 'FORBIDDEN');
    expectError(await admin.post(`/api/admin/organisations/${b.organisationId}/verify`, { decision: 'reject' }), 400, 'REASON_REQUIRED');
    const verified = await admin.post<Org>(`/api/admin/organisations/${b.organisationId}/verify`, { decision: 'verify' });
    expectStatus(verified, 200);
    assert.equal(verified.body.verified, true);
    const after = await admin.get<{ items: Org[] }>('/api/admin/verifications');
    assert.ok(!after.body.items.some((o) => o.id === b.organisationId));
  });

  test('the outbox is visible to platform admins only', async () => {
    expectError(await a.client.get('/api/admin/outbox'), 403, 'FORBIDDEN');
    expectError(await app.client().get('/api/admin/outbox'), 401, 'UNAUTHENTICATED');
    const admin = await app.admin();
    const outbox = await admin.get<{ items: Array<{ to: string; subject: string; status: string }> }>('/api/admin/outbox');
    expectStatus(outbox, 200);
    assert.ok(outbox.body.items.some((m) => m.subject.includes('invitation') && m.status === 'sent'));
  });
});
