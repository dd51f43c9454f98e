import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { callInput, createProgramme, GOOD_ANSWERS, registerMember, submittedApplication, type ApplicationBody, type Member, type ProgrammeBody } from '../helpers/programmes.js';

let app: TestApp;
let commission: Member;
let otherOrganiser: Member;
let applicantA: Member;
let applicantB: Member;
let partnerSG: Member;
before(async () => {
  app = await createTestApp();
  commission = await registerMember(app, { name: 'Municipal S&T Commission', country: 'CN', type: 'government_agency' });
  otherOrganiser = await registerMember(app, { name: 'Other Commission', country: 'CN', type: 'government_agency' });
  applicantA = await registerMember(app, { name: 'Suzhou Battery Co.', country: 'CN', type: 'enterprise' });
  applicantB = await registerMember(app, { name: 'Hangzhou Solar Co.', country: 'CN', type: 'enterprise' });
  partnerSG = await registerMember(app, { name: 'Singapore Institute', country: 'SG', type: 'research_institute' });
});
after(() => app.shutdown());

describe('programmes', () => {
  test('a draft is visible to its organisers only; opening it publishes it; other organisers cannot manage it', async () => {
    const draft = await createProgramme(commission, {}, false);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.abilities.open, true);
    expectError(await applicantA.client.get(`/api/programmes/${draft.id}`), 404, 'PROGRAMME_NOT_FOUND');
    expectError(await app.client().get(`/api/programmes/${draft.id}`), 404, 'PROGRAMME_NOT_FOUND');
    const opened = await commission.client.post<ProgrammeBody>(`/api/programmes/${draft.id}/open`);
    expectStatus(opened, 200);
    assert.equal(opened.body.status, 'open');
    const seen = await app.client().get<ProgrammeBody>(`/api/programmes/${draft.id}`);
    expectStatus(seen, 200);
    assert.equal(seen.body.abilities.edit, false);

    const theirs = await createProgramme(otherOrganiser);
    expectError(await commission.client.patch(`/api/programmes/${theirs.id}`, { version: theirs.version, budgetMinor: 1 }), 403, 'FORBIDDEN');
    expectError(await commission.client.post(`/api/programmes/${theirs.id}/close`), 403, 'FORBIDDEN');
    expectError(await commission.client.get(`/api/programmes/${theirs.id}/reviewers`), 403, 'FORBIDDEN');
    expectError(await commission.client.get(`/api/programmes/${theirs.id}/ranking`), 403, 'FORBIDDEN');
    expectError(await commission.client.post(`/api/programmes/${opened.body.id}/open`), 409, 'INVALID_TRANSITION');
  });

  test('rejects bad programme input with codes and field paths', async () => {
    expectError(await app.client().post('/api/programmes', callInput(commission.organisationId)), 401, 'UNAUTHENTICATED');
    expectError(await applicantA.client.post('/api/programmes', callInput(commission.organisationId)), 403, 'FORBIDDEN');
    expectError(await commission.client.post('/api/programmes', { ...callInput(commission.organisationId), kind: 'lottery' }), 400, 'VALIDATION_FAILED');
    const noCurrency = await commission.client.post<{ error: { details: Array<{ path: string }> } }>('/api/programmes', callInput(commission.organisationId, { currency: null }));
    expectError(noCurrency, 400, 'VALIDATION_FAILED');
    assert.deepEqual(noCurrency.body.error.details.map((d) => d.path), ['/currency']);
    const badForm = callInput(commission.organisationId, { form: [{ id: 'x', kind: 'choice', label: { en: 'Pick' }, required: true }] });
    expectError(await commission.client.post('/api/programmes', badForm), 400, 'VALIDATION_FAILED');
    const badCountry = callInput(commission.organisationId, { eligibility: { organisationTypes: [], countries: ['XX'], minPartners: 0, partnerFromOtherCountry: false, partnerOrganisationTypes: [] } });
    expectError(await commission.client.post('/api/programmes', badCountry), 400, 'UNKNOWN_COUNTRY');
    const noRound = await createProgramme(commission, { rounds: [] }, false);
    expectError(await commission.client.post(`/api/programmes/${noRound.id}/open`), 400, 'VALIDATION_FAILED');
  });

  test('an application is checked on submission: eligibility with reasons, answers with per-question paths', async () => {
    const programme = await createProgramme(commission);
    const created = await applicantA.client.post<ApplicationBody>(`/api/programmes/${programme.id}/applications`, {
      organisationId: applicantA.organisationId,
      title: 'Sodium-ion storage for harbour cranes',
      answers: { plan: 'Prototype', months: 48 },
    });
    expectStatus(created, 201);
    const id = created.body.id;
    assert.equal(created.body.status, 'draft');

    const ineligible = await applicantA.client.post<{ error: { details: Array<{ reason: string }> } }>(`/api/programme-applications/${id}/submit`);
    expectError(ineligible, 422, 'APPLICATION_INVALID');

    const fixed = await applicantA.client.patch<ApplicationBody>(`/api/programme-applications/${id}`, { version: created.body.version, answers: GOOD_ANSWERS });
    expectStatus(fixed, 200);
    const noPartner = await applicantA.client.post<{ error: { details: Array<{ reason: string }> } }>(`/api/programme-applications/${id}/submit`);
    expectError(noPartner, 422, 'NOT_ELIGIBLE');
    assert.deepEqual(noPartner.body.error.details.map((d) => d.reason), ['too_few_partners', 'partner_from_other_country_missing']);

    expectStatus(await applicantA.client.post(`/api/programme-applications/${id}/co-applicants`, { organisationId: partnerSG.organisationId }), 200);
    expectError(await applicantA.client.post(`/api/programme-applications/${id}/co-applicants/${partnerSG.organisationId}/answer`, { accept: true }), 403, 'FORBIDDEN');
    const asPartner = await partnerSG.client.get<ApplicationBody>(`/api/programme-applications/${id}`);
    expectStatus(asPartner, 200);
    assert.equal(asPartner.body.viewerRole, 'partner');
    expectStatus(await partnerSG.client.post(`/api/programme-applications/${id}/co-applicants/${partnerSG.organisationId}/answer`, { accept: true }), 200);
    const submitted = await applicantA.client.post<ApplicationBody>(`/api/programme-applications/${id}/submit`);
    expectStatus(submitted, 200);
    assert.equal(submitted.body.status, 'submitted');
    assert.equal(submitted.body.abilities.edit, false);
    expectError(await applicantA.client.patch(`/api/programme-applications/${id}`, { version: submitted.body.version, title: 'Changed' }), 409, 'INVALID_TRANSITION');
  });

  test('the 422 for answers names each question', async () => {
    const programme = await createProgramme(commission);
    const created = await applicantB.client.post<ApplicationBody>(`/api/programmes/${programme.id}/applications`, {
      organisationId: applicantB.organisationId,
      title: 'Perovskite tandem modules',
      answers: { plan: '', months: 3, field: 'wind' },
    });
    const res = await applicantB.client.post<{ error: { details: Array<{ path: string; keyword: string }> } }>(`/api/programme-applications/${created.body.id}/submit`);
    expectError(res, 422, 'APPLICATION_INVALID');
    assert.deepEqual(res.body.error.details.map((d) => [d.path, d.keyword]), [['/answers/plan', 'required'], ['/answers/months', 'number'], ['/answers/field', 'choice']]);
    expectError(await applicantB.client.post(`/api/programmes/${programme.id}/applications`, { organisationId: applicantB.organisationId, title: 'x', answers: { nope: 1 } }), 422, 'APPLICATION_INVALID');
  });

  test("applicant B cannot see or change A's application; organisers see it only once submitted", async () => {
    const programme = await createProgramme(commission);
    const draft = await applicantA.client.post<ApplicationBody>(`/api/programmes/${programme.id}/applications`, { organisationId: applicantA.organisationId, title: 'Draft idea' });
    expectStatus(draft, 201);
    expectError(await commission.client.get(`/api/programme-applications/${draft.body.id}`), 404, 'APPLICATION_NOT_FOUND');
    expectError(await applicantB.client.get(`/api/programme-applications/${draft.body.id}`), 404, 'APPLICATION_NOT_FOUND');
    expectError(await applicantB.client.post(`/api/programme-applications/${draft.body.id}/submit`), 404, 'APPLICATION_NOT_FOUND');
    expectError(await applicantB.client.post(`/api/programmes/${programme.id}/applications`, { organisationId: applicantA.organisationId, title: 'Spoof' }), 403, 'FORBIDDEN');

    const { id } = await submittedApplication(app, programme.id, { applicant: applicantA, title: 'Submitted one' });
    expectError(await applicantB.client.get(`/api/programme-applications/${id}`), 404, 'APPLICATION_NOT_FOUND');
    const asOrganiser = await commission.client.get<ApplicationBody>(`/api/programme-applications/${id}`);
    expectStatus(asOrganiser, 200);
    assert.equal(asOrganiser.body.viewerRole, 'organiser');
    const listB = await applicantB.client.get<{ items: ApplicationBody[] }>(`/api/programmes/${programme.id}/applications`);
    assert.deepEqual(listB.body.items, []);
    const listOrganiser = await commission.client.get<{ items: ApplicationBody[] }>(`/api/programmes/${programme.id}/applications`);
    assert.deepEqual(listOrganiser.body.items.map((a) => a.id), [id]);
    const listA = await applicantA.client.get<{ items: ApplicationBody[] }>(`/api/programmes/${programme.id}/applications`);
    assert.equal(listA.body.items.length, 2);
  });

  test('submission after the deadline gets 409 DEADLINE_PASSED; withdrawal still works', async () => {
    const programme = await createProgramme(commission, {
      rounds: [{ id: 'apply', kind: 'application', name: { en: 'Applications' }, closesAt: '2026-11-25T00:00:00Z' }],
      eligibility: { organisationTypes: [], countries: [], minPartners: 0, partnerFromOtherCountry: false, partnerOrganisationTypes: [] },
    });
    const created = await applicantB.client.post<ApplicationBody>(`/api/programmes/${programme.id}/applications`, { organisationId: applicantB.organisationId, title: 'Late', answers: GOOD_ANSWERS });
    expectStatus(created, 201);
    app.clock.advanceDays(5);
    try {
      const late = await applicantB.client.post<{ error: { details: { closesAt: string } } }>(`/api/programme-applications/${created.body.id}/submit`);
      expectError(late, 409, 'DEADLINE_PASSED');
      assert.equal(late.body.error.details.closesAt, '2026-11-25T00:00:00Z');
      expectError(
        await applicantA.client.post(`/api/programmes/${programme.id}/applications`, { organisationId: applicantA.organisationId, title: 'Too late to start' }),
        409,
        'DEADLINE_PASSED',
      );
      const withdrawn = await applicantB.client.post<ApplicationBody>(`/api/programme-applications/${created.body.id}/withdraw`);
      expectStatus(withdrawn, 200);
      assert.equal(withdrawn.body.status, 'withdrawn');
      expectError(await applicantB.client.post(`/api/programme-applications/${created.body.id}/withdraw`), 409, 'INVALID_TRANSITION');
    } finally {
      app.clock.advanceDays(-5);
    }
  });
});
