/** Factories for the programmes area: a bilateral co-funded call, an application submitted by a member. */
import type { ProgrammeInput } from '../../src/domain/programmes/schema.js';
import type { TestApp } from './app.js';
import { expectStatus } from './client.js';
import { registerMember, type Member } from './factories.js';

export interface ProgrammeBody {
  id: string;
  status: string;
  version: number;
  abilities: Record<string, boolean>;
  myReviewerRole: string | null;
}

export interface ApplicationBody {
  id: string;
  status: string;
  version: number;
  title: string;
  lead: { organisationId: string; name: string } | null;
  coApplicants: Array<{ organisationId: string; status: string }>;
  blinded: boolean;
  viewerRole: string;
  decision: string | null;
  awardedMinor: number | null;
  abilities: Record<string, boolean>;
}

/** A Sino-Singaporean co-funded industrial innovation call (deadline 2026-12-31, the test clock is 2026-11-21). */
export function callInput(organisationId: string, overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    organisationId,
    kind: 'call',
    title: { en: 'China–Singapore co-funded industrial innovation call 2027', 'zh-Hans': '2027年中新双边共同资助产业创新合作项目' },
    description: { en: 'Joint industrial R&D projects by a Chinese and a Singaporean partner.' },
    defaultLanguage: 'en',
    sectors: ['green_energy'],
    budgetMinor: 1_000_000_00,
    currency: 'CNY',
    rounds: [
      { id: 'apply', kind: 'application', name: { en: 'Applications' }, closesAt: '2026-12-31T10:00:00Z' },
      { id: 'pitch', kind: 'live_pitch', name: { en: 'Live roadshow' }, closesAt: '2027-02-01T10:00:00Z' },
    ],
    eligibility: { organisationTypes: ['enterprise'], countries: ['CN'], minPartners: 1, partnerFromOtherCountry: true, partnerOrganisationTypes: [] },
    form: [
      { id: 'plan', kind: 'long_text', label: { en: 'Work plan' }, required: true },
      { id: 'months', kind: 'number', label: { en: 'Duration in months' }, min: 6, max: 36, required: true },
      { id: 'field', kind: 'choice', label: { en: 'Field' }, options: [{ value: 'battery', label: { en: 'Batteries' } }, { value: 'solar', label: { en: 'Solar' } }], required: true },
    ],
    review: {
      blind: false,
      reviewersPerApplication: 2,
      criteria: [
        { id: 'innovation', label: { en: 'Innovation' }, weight: 2, min: 0, max: 10 },
        { id: 'team', label: { en: 'Team' }, weight: 1, min: 0, max: 5 },
      ],
    },
    ...overrides,
  };
}

export const GOOD_ANSWERS = { plan: 'Pilot line for solid-state cells in Suzhou and Singapore.', months: 24, field: 'battery' };

export async function createProgramme(organiser: Member, overrides: Partial<ProgrammeInput> = {}, open = true): Promise<ProgrammeBody> {
  const res = await organiser.client.post<ProgrammeBody>('/api/programmes', callInput(organiser.organisationId, overrides));
  expectStatus(res, 201);
  if (!open) return res.body;
  const opened = await organiser.client.post<ProgrammeBody>(`/api/programmes/${res.body.id}/open`);
  expectStatus(opened, 200);
  return opened.body;
}

/** A Chinese enterprise applies with a confirmed Singaporean partner and submits. */
export async function submittedApplication(app: TestApp, programmeId: string, options: { title?: string; sectors?: string[]; applicant?: Member } = {}) {
  const applicant = options.applicant ?? (await registerMember(app, { name: `Applicant ${Math.random().toString(36).slice(2, 7)}`, country: 'CN', type: 'enterprise' }));
  const partner = await registerMember(app, { name: 'NUS Partner', country: 'SG', type: 'university' });
  const created = await applicant.client.post<ApplicationBody>(`/api/programmes/${programmeId}/applications`, {
    organisationId: applicant.organisationId,
    title: options.title ?? 'Solid-state battery pilot line',
    sectors: options.sectors ?? ['green_energy'],
    requestedMinor: 200_000_00,
    answers: GOOD_ANSWERS,
  });
  expectStatus(created, 201);
  const id = created.body.id;
  expectStatus(await applicant.client.post(`/api/programme-applications/${id}/co-applicants`, { organisationId: partner.organisationId }), 200);
  expectStatus(await partner.client.post(`/api/programme-applications/${id}/co-applicants/${partner.organisationId}/answer`, { accept: true }), 200);
  const submitted = await applicant.client.post<ApplicationBody>(`/api/programme-applications/${id}/submit`);
  expectStatus(submitted, 200);
  return { id, applicant, partner };
}

export { registerMember, type Member };
