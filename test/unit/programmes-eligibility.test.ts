import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planAssignments } from '../../src/domain/programmes/assignment.js';
import { eligibilityProblems } from '../../src/domain/programmes/eligibility.js';
import { answerProblems } from '../../src/domain/programmes/form.js';
import { OPEN_ELIGIBILITY, type FormQuestion } from '../../src/domain/programmes/schema.js';
import type { ApplicantOrganisation, CoApplicant } from '../../src/domain/programmes/store.js';

const lead: ApplicantOrganisation = { organisationId: 'lead', name: 'Shanghai Laser Co.', type: 'enterprise', country: 'CN' };
const partner = (country: string, type: CoApplicant['type'], status: CoApplicant['status'] = 'confirmed'): CoApplicant => ({
  organisationId: `${country}-${type}`,
  name: 'Partner',
  type,
  country,
  status,
});

describe('programme eligibility', () => {
  const bilateral = { ...OPEN_ELIGIBILITY, organisationTypes: ['enterprise' as const], countries: ['CN', 'SG'], minPartners: 1, partnerFromOtherCountry: true };

  test('a Chinese enterprise with a confirmed Singaporean partner is eligible', () => {
    assert.deepEqual(eligibilityProblems(bilateral, lead, [partner('SG', 'university')]), []);
  });

  test('reports every failing rule with its reason', () => {
    const university: ApplicantOrganisation = { ...lead, type: 'university', country: 'DE' };
    const reasons = eligibilityProblems(bilateral, university, [partner('DE', 'enterprise', 'invited')]).map((p) => p.reason);
    assert.deepEqual(reasons, ['organisation_type_not_allowed', 'country_not_allowed', 'too_few_partners', 'partner_from_other_country_missing']);
  });

  test('a partner from the same country does not satisfy the bilateral rule; a partner type rule needs a matching type', () => {
    assert.deepEqual(eligibilityProblems(bilateral, lead, [partner('CN', 'university')]).map((p) => p.reason), ['partner_from_other_country_missing']);
    const rd = { ...OPEN_ELIGIBILITY, partnerOrganisationTypes: ['foreign_rd_centre' as const] };
    assert.deepEqual(eligibilityProblems(rd, lead, [partner('DE', 'university')]).map((p) => p.reason), ['partner_of_type_missing']);
    assert.deepEqual(eligibilityProblems(rd, lead, [partner('DE', 'foreign_rd_centre')]), []);
  });
});

describe('application form answers', () => {
  const form: FormQuestion[] = [
    { id: 'plan', kind: 'long_text', label: { en: 'Work plan' }, required: true },
    { id: 'months', kind: 'number', label: { en: 'Duration' }, min: 6, max: 36, required: true },
    { id: 'field', kind: 'choice', label: { en: 'Field' }, options: [{ value: 'bio', label: { en: 'Bio' } }, { value: 'energy', label: { en: 'Energy' } }], required: false },
    { id: 'ip', kind: 'yes_no', label: { en: 'Own IP?' }, required: true },
  ];

  test('reports each problem with its question path and kind', () => {
    const problems = answerProblems(form, { plan: '  ', months: 48, field: 'space', extra: 'x' });
    assert.deepEqual(
      problems.map((p) => [p.path, p.keyword]),
      [
        ['/answers/extra', 'unknown_question'],
        ['/answers/plan', 'required'],
        ['/answers/months', 'number'],
        ['/answers/field', 'choice'],
        ['/answers/ip', 'required'],
      ],
    );
    assert.deepEqual(answerProblems(form, { plan: 'Phase 1: pilot line', months: 24, ip: false }), []);
  });
});

describe('automatic reviewer assignment', () => {
  const reviewers = ['r1', 'r2', 'r3', 'r4'].map((userId) => ({ userId, sectors: userId === 'r4' ? ['biomedicine'] : ['green_energy'] }));
  const applications = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => ({ id, sectors: ['green_energy'] }));

  test('never assigns a conflicted reviewer and keeps loads within one of each other', () => {
    const conflicted = new Set(['r1:a1', 'r2:a1']);
    const plan = planAssignments({ applications, reviewers, existing: [], isConflicted: (r, a) => conflicted.has(`${r}:${a}`), perApplication: 2 });
    assert.equal(plan.assignments.length, 12);
    assert.deepEqual(plan.shortfalls, []);
    assert.ok(!plan.assignments.some((x) => conflicted.has(`${x.reviewerId}:${x.applicationId}`)));
    const a1 = plan.assignments.filter((x) => x.applicationId === 'a1').map((x) => x.reviewerId).sort();
    assert.deepEqual(a1, ['r3', 'r4']);
    const loads = reviewers.map((r) => plan.assignments.filter((x) => x.reviewerId === r.userId).length);
    assert.deepEqual(loads, [3, 3, 3, 3]);
  });

  test('prefers the sector match among equally loaded reviewers and reports shortfalls', () => {
    const plan = planAssignments({ applications: [{ id: 'bio', sectors: ['biomedicine'] }], reviewers, existing: [], isConflicted: () => false, perApplication: 1 });
    assert.deepEqual(plan.assignments, [{ applicationId: 'bio', reviewerId: 'r4' }]);
    const short = planAssignments({ applications: [{ id: 'x', sectors: [] }], reviewers, existing: [], isConflicted: (r) => r !== 'r2', perApplication: 3 });
    assert.deepEqual(short.shortfalls, [{ applicationId: 'x', missing: 2 }]);
  });
});
