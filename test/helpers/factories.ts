import { randomBytes } from 'node:crypto';
import type { ListingInput } from '../../src/domain/listings/schema.js';
import type { TestApp } from './app.js';
import { expectStatus, type TestClient } from './client.js';

export interface Member {
  client: TestClient;
  userId: string;
  email: string;
  organisationId: string;
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${++counter}-${randomBytes(3).toString('hex')}@example.test`;
}

/** Registers a user with a new organisation and returns a logged-in client. */
export async function registerMember(app: TestApp, org: { name?: string; country?: string; type?: string } = {}): Promise<Member> {
  const client = app.client();
  const email = uniqueEmail();
  const res = await client.post<{ user: { id: string; memberships: Array<{ organisationId: string }> } }>('/api/auth/register', {
    email,
    password: 'correct horse battery',
    displayName: 'Test User',
    organisation: { name: org.name ?? `Org ${counter}`, type: org.type ?? 'enterprise', country: org.country ?? 'CN' },
  });
  expectStatus(res, 201);
  const organisationId = res.body.user.memberships[0]?.organisationId;
  if (!organisationId) throw new Error('registration did not create an organisation');
  return { client, userId: res.body.user.id, email, organisationId };
}

export function offerInput(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    type: 'technology_offer',
    title: 'Laser welding of aluminium battery trays',
    summary: 'Fibre-laser welding process for 6xxx aluminium battery trays with low porosity.',
    sectors: ['laser_technology'],
    keywords: ['kw.laser_welding'],
    details: { trl: 7, iprStatus: 'patent_granted', cooperationTypes: ['licensing'] },
    ...overrides,
  } as ListingInput;
}

export function needInput(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    type: 'technology_need',
    language: 'zh-Hans',
    title: '新能源汽车电池托盘激光焊接技术需求',
    summary: '我公司需要铝合金电池托盘的激光焊接工艺，要求焊缝气孔率低于百分之一。',
    sectors: ['laser_technology', 'new_energy_vehicles'],
    details: {
      problem: '现有MIG焊接变形大，气孔多。',
      desiredSolution: '激光焊接或激光-电弧复合焊接工艺及设备。',
      budget: { min: 500000, max: 2000000, currency: 'CNY' },
      deadline: '2027-06-30',
    },
    ...overrides,
  } as ListingInput;
}

/** Creates a listing through the API and, if asked, submits it and has the admin approve it. */
export async function createListing(
  app: TestApp,
  member: Member,
  input: ListingInput,
  publish = false,
): Promise<{ id: string; version: number }> {
  const res = await member.client.post<{ id: string; version: number }>('/api/listings', { organisationId: member.organisationId, ...input });
  expectStatus(res, 201);
  if (!publish) return res.body;
  expectStatus(await member.client.post(`/api/listings/${res.body.id}/submit`), 200);
  const admin = await app.admin();
  const approved = await admin.post<{ version: number }>(`/api/admin/listings/${res.body.id}/moderate`, { action: 'approve' });
  expectStatus(approved, 200);
  return { id: res.body.id, version: approved.body.version };
}
