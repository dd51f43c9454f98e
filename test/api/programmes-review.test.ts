import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectStatus } from '../helpers/client.js';
import { createProgramme, registerMember, submittedApplication, type ApplicationBody, type Member, type ProgrammeBody } from '../helpers/programmes.js';

interface AssignmentBody {
  id: string;
  applicationId: string;
  reviewer: { userId: string } | null;
  application: ApplicationBody | null;
}

let app: TestApp;
let commission: Member;
let programme: ProgrammeBody;
let reviewers: Member[];
let juror: Member;
let apps: Array<{ id: string; applicant: Member; partner: Member }>;

async function addToPool(member: Member, role: 'reviewer' | 'juror', sectors: string[] = []) {
  expectStatus(await commission.client.post(`/api/programmes/${programme.id}/reviewers`, { email: member.email, role, sectors }), 200);
}

before(async () => {
  app = await createTestApp();
  commission = await registerMember(app, { name: 'Municipal S&T Commission', country: 'CN', type: 'government_agency' });
  programme = await createProgramme(commission, { review: { blind: true, reviewersPerApplication: 2, criteria: [
    { id: 'innovation', label: { en: 'Innovation' }, weight: 2, min: 0, max: 10 },
    { id: 'team', label: { en: 'Team' }, weight: 1, min: 0, max: 5 },
  ] } });
  apps = [];
  apps.push(await submittedApplication(app, programme.id, { title: '=HYPERLINK("http://evil.example","click")', sectors: ['green_energy'] }));
  apps.push(await submittedApplication(app, programme.id, { title: 'Hydrogen harbour tugs', sectors: ['green_shipping'] }));
  apps.push(await submittedApplication(app, programme.id, { title: 'Battery recycling', sectors: ['green_energy'] }));
  reviewers = [];
  for (let i = 0; i < 3; i++) reviewers.push(await registerMember(app, { name: `Expert institution ${i}`, country: 'CN', type: 'expert_institution' }));
  for (const [i, r] of reviewers.entries()) await addToPool(r, 'reviewer', i === 2 ? ['green_shipping'] : ['green_energy']);
  // The first applicant is also in the pool: a member of an applying organisation is conflicted automatically.
  await addToPool(apps[0]!.applicant, 'reviewer');
  juror = await registerMember(app, { name: 'Venture fund', country: 'SG', type: 'investor' });
  await addToPool(juror, 'juror');
});
after(() => app.shutdown());

describe('programme review', () => {
  test('a reviewer from an applying organisation is conflicted: manual assignment gets 409 REVIEWER_CONFLICTED', async () => {
    const conflicted = apps[0]!.applicant;
    const res = await commission.client.post(`/api/programmes/${programme.id}/assignments`, { applicationId: apps[0]!.id, reviewerId: conflicted.userId });
    expectError(res, 409, 'REVIEWER_CONFLICTED');
    expectError(await commission.client.post(`/api/programmes/${programme.id}/assignments`, { applicationId: apps[0]!.id, reviewerId: juror.userId }), 409, 'NOT_A_REVIEWER');
    expectError(await reviewers[0]!.client.post(`/api/programmes/${programme.id}/assignments`, { applicationId: apps[0]!.id, reviewerId: reviewers[0]!.userId }), 403, 'FORBIDDEN');
  });

  test('a declared conflict with an organisation blocks assignment to its applications', async () => {
    const declared = await reviewers[1]!.client.post(`/api/programmes/${programme.id}/conflicts`, { organisationId: apps[1]!.applicant.organisationId, reason: 'Former employer (until 2025)' });
    expectStatus(declared, 204);
    expectError(await commission.client.post(`/api/programmes/${programme.id}/assignments`, { applicationId: apps[1]!.id, reviewerId: reviewers[1]!.userId }), 409, 'REVIEWER_CONFLICTED');
    expectError(await reviewers[1]!.client.post(`/api/programmes/${programme.id}/conflicts`, { userId: reviewers[0]!.userId, organisationId: apps[1]!.applicant.organisationId, reason: 'x' }), 403, 'FORBIDDEN');
    const mine = await reviewers[1]!.client.get<{ items: Array<{ userId: string }> }>(`/api/programmes/${programme.id}/conflicts`);
    assert.deepEqual(mine.body.items.map((c) => c.userId), [reviewers[1]!.userId]);
  });

  test('automatic assignment never picks a conflicted reviewer and balances the load', async () => {
    const res = await commission.client.post<{ assigned: number; shortfalls: unknown[] }>(`/api/programmes/${programme.id}/assignments/auto`, {});
    expectStatus(res, 200);
    assert.equal(res.body.assigned, 6);
    assert.deepEqual(res.body.shortfalls, []);
    const list = await commission.client.get<{ items: AssignmentBody[] }>(`/api/programmes/${programme.id}/assignments`);
    const pairs = list.body.items.map((a) => `${a.reviewer?.userId}:${a.applicationId}`);
    assert.ok(!pairs.includes(`${apps[0]!.applicant.userId}:${apps[0]!.id}`));
    assert.ok(!pairs.includes(`${reviewers[1]!.userId}:${apps[1]!.id}`));
    const pool = await commission.client.get<{ items: Array<{ role: string; assigned: number }> }>(`/api/programmes/${programme.id}/reviewers`);
    const loads = pool.body.items.filter((r) => r.role === 'reviewer').map((r) => r.assigned);
    assert.equal(loads.length, 4);
    // 6 assignments over 4 reviewers: two review 2, two review 1.
    assert.deepEqual(loads.sort(), [1, 1, 2, 2]);
    // Running it again changes nothing: every application already has its reviewers.
    const again = await commission.client.post<{ assigned: number }>(`/api/programmes/${programme.id}/assignments/auto`, {});
    assert.equal(again.body.assigned, 0);
  });

  test('reviewers see only their assigned applications, blinded; applicants never see reviews', async () => {
    const r0 = reviewers[0]!;
    const mine = await r0.client.get<{ items: AssignmentBody[] }>(`/api/programmes/${programme.id}/assignments`);
    expectStatus(mine, 200);
    assert.ok(mine.body.items.length > 0);
    for (const a of mine.body.items) {
      assert.equal(a.application?.blinded, true);
      assert.equal(a.application?.lead, null);
      assert.deepEqual(a.application?.coApplicants, []);
      assert.equal(a.reviewer, null);
      const direct = await r0.client.get<ApplicationBody>(`/api/programme-applications/${a.applicationId}`);
      expectStatus(direct, 200);
      assert.equal(direct.body.lead, null);
      assert.ok(!JSON.stringify(direct.body).includes('Applicant '), 'no applicant name anywhere');
    }
    const notMine = apps.map((a) => a.id).filter((id) => !mine.body.items.some((a) => a.applicationId === id));
    for (const id of notMine) expectError(await r0.client.get(`/api/programme-applications/${id}`), 404, 'APPLICATION_NOT_FOUND');
    const asApplicant = await apps[1]!.applicant.client.get<ApplicationBody>(`/api/programme-applications/${apps[1]!.id}`);
    assert.equal(asApplicant.body.blinded, false);
    assert.ok(!JSON.stringify(asApplicant.body).includes(r0.userId));
    expectError(await apps[1]!.applicant.client.get(`/api/programmes/${programme.id}/assignments`), 403, 'FORBIDDEN');
  });

  test('reviews are checked against the rubric (422 REVIEW_INVALID per criterion); only the assigned reviewer may review', async () => {
    const list = await commission.client.get<{ items: AssignmentBody[] }>(`/api/programmes/${programme.id}/assignments`);
    const first = list.body.items[0]!;
    const owner = [...reviewers, apps[0]!.applicant].find((r) => r.userId === first.reviewer?.userId)!;
    const bad = await owner.client.put<{ error: { details: Array<{ path: string }> } }>(`/api/programme-assignments/${first.id}/review`, { scores: { innovation: 11, charm: 3 }, submit: true });
    expectError(bad, 422, 'REVIEW_INVALID');
    assert.deepEqual(bad.body.error.details.map((d) => d.path).sort(), ['/scores/charm', '/scores/innovation', '/scores/team']);
    const other = reviewers.find((r) => r.userId !== owner.userId)!;
    assert.ok(other);
    expectError(await other.client.put(`/api/programme-assignments/${first.id}/review`, { scores: { innovation: 5, team: 3 }, submit: true }), 404, 'ASSIGNMENT_NOT_FOUND');
  });

  test('ranking uses per-reviewer normalisation; the export lists every review with formulas neutralised', async () => {
    // Every reviewer gives application 0 the best marks, 1 the middle and 2 the lowest.
    const marks: Record<string, { innovation: number; team: number }> = {
      [apps[0]!.id]: { innovation: 9, team: 5 },
      [apps[1]!.id]: { innovation: 6, team: 3 },
      [apps[2]!.id]: { innovation: 3, team: 0 },
    };
    const list = await commission.client.get<{ items: AssignmentBody[] }>(`/api/programmes/${programme.id}/assignments`);
    for (const a of list.body.items) {
      const who = [...reviewers, apps[0]!.applicant].find((r) => r.userId === a.reviewer?.userId)!;
      expectStatus(await who.client.put(`/api/programme-assignments/${a.id}/review`, { scores: marks[a.applicationId], comment: 'Solid plan', submit: true }), 204);
    }
    const ranking = await commission.client.get<{ items: Array<{ applicationId: string; rank: number; rawMean: number; reviewCount: number }> }>(`/api/programmes/${programme.id}/ranking`);
    expectStatus(ranking, 200);
    assert.deepEqual(ranking.body.items.map((r) => r.applicationId), [apps[0]!.id, apps[1]!.id, apps[2]!.id]);
    // W = 100·(2·9/10 + 5/5)/3 = 93.3333, 100·(1.2 + 0.6)/3 = 60, 100·(0.6 + 0)/3 = 20
    assert.deepEqual(ranking.body.items.map((r) => [r.rawMean, r.reviewCount]), [[93.3333, 2], [60, 2], [20, 2]]);
    expectError(await reviewers[0]!.client.get(`/api/programmes/${programme.id}/ranking`), 403, 'FORBIDDEN');

    const csv = await commission.client.get(`/api/programmes/${programme.id}/reviews/export?format=csv`);
    expectStatus(csv, 200);
    const text = csv.raw.body;
    assert.equal(text.split('\r\n').filter(Boolean).length, 1 + 6);
    assert.ok(text.includes(`'=HYPERLINK`), 'formula neutralised');
    assert.ok(text.includes('score_innovation'));
    const xlsx = await commission.client.get(`/api/programmes/${programme.id}/reviews/export?format=xlsx`);
    expectStatus(xlsx, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    assert.equal(book.worksheets[0]?.rowCount, 7);
    expectError(await apps[0]!.applicant.client.get(`/api/programmes/${programme.id}/reviews/export`), 403, 'FORBIDDEN');
  });

  test('jurors score pitches on the spot; conflicted or non-juror scorers are refused', async () => {
    for (const [i, a] of apps.entries()) {
      expectStatus(await juror.client.post(`/api/programmes/${programme.id}/rounds/pitch/jury-scores`, { applicationId: a.id, scores: { innovation: 10 - i * 3, team: 4 } }), 204);
    }
    const seen = await juror.client.get<ApplicationBody>(`/api/programme-applications/${apps[0]!.id}`);
    assert.equal(seen.body.viewerRole, 'juror');
    assert.equal(seen.body.lead, null);
    expectError(await reviewers[0]!.client.post(`/api/programmes/${programme.id}/rounds/pitch/jury-scores`, { applicationId: apps[0]!.id, scores: { innovation: 1, team: 1 } }), 403, 'FORBIDDEN');
    expectError(await juror.client.post(`/api/programmes/${programme.id}/rounds/apply/jury-scores`, { applicationId: apps[0]!.id, scores: { innovation: 1, team: 1 } }), 404, 'ROUND_NOT_FOUND');
    expectError(await juror.client.post(`/api/programmes/${programme.id}/rounds/pitch/jury-scores`, { applicationId: apps[0]!.id, scores: { innovation: 1 } }), 422, 'REVIEW_INVALID');
    const ranking = await commission.client.get<{ roundId: string; items: Array<{ applicationId: string; reviewCount: number }> }>(`/api/programmes/${programme.id}/ranking?roundId=pitch`);
    assert.equal(ranking.body.roundId, 'pitch');
    assert.deepEqual(ranking.body.items.map((r) => [r.applicationId, r.reviewCount]), apps.map((a) => [a.id, 1]));
  });

  test('decisions: one e-mail each in the applicant’s language, budget enforced, then a funded project with milestones, reports and payments', async () => {
    expectError(await commission.client.post(`/api/programme-applications/${apps[0]!.id}/decision`, { decision: 'reject' }), 409, 'INVALID_TRANSITION');
    expectStatus(await commission.client.post(`/api/programmes/${programme.id}/close`), 200);
    expectStatus(await apps[0]!.applicant.client.patch('/api/auth/me', { locale: 'de' }), 200);
    await app.ctx.flushOutbox();
    const before = app.mail.sent.length;
    expectError(await commission.client.post(`/api/programme-applications/${apps[0]!.id}/decision`, { decision: 'fund' }), 400, 'VALIDATION_FAILED');
    expectError(await commission.client.post(`/api/programme-applications/${apps[0]!.id}/decision`, { decision: 'fund', awardedMinor: 2_000_000_00 }), 409, 'BUDGET_EXCEEDED');
    expectError(await apps[0]!.applicant.client.post(`/api/programme-applications/${apps[0]!.id}/decision`, { decision: 'fund', awardedMinor: 1 }), 403, 'FORBIDDEN');
    const funded = await commission.client.post<ApplicationBody>(`/api/programme-applications/${apps[0]!.id}/decision`, { decision: 'fund', awardedMinor: 150_000_00, note: 'Congratulations' });
    expectStatus(funded, 200);
    assert.equal(funded.body.status, 'funded');
    expectStatus(await commission.client.post(`/api/programme-applications/${apps[1]!.id}/decision`, { decision: 'revise_and_resubmit', resubmitBy: '2027-01-15T00:00:00Z' }), 200);
    expectStatus(await commission.client.post(`/api/programme-applications/${apps[2]!.id}/decision`, { decision: 'reject' }), 200);
    expectError(await commission.client.post(`/api/programme-applications/${apps[2]!.id}/decision`, { decision: 'fund', awardedMinor: 1 }), 409, 'INVALID_TRANSITION');
    await app.ctx.flushOutbox();
    const sent = app.mail.sent.slice(before);
    assert.deepEqual(sent.map((m) => m.to).sort(), apps.map((a) => a.applicant.email).sort());
    const german = sent.find((m) => m.to === apps[0]!.applicant.email)!;
    assert.match(german.subject, /Entscheidung über Ihren Antrag/);
    assert.match(german.text, /150000\.00 CNY/);
    assert.match(sent.find((m) => m.to === apps[2]!.applicant.email)!.subject, /decision on your application/);

    const asApplicant = await apps[0]!.applicant.client.get<ApplicationBody>(`/api/programme-applications/${apps[0]!.id}`);
    assert.equal(asApplicant.body.awardedMinor, 150_000_00);
    const asReviewer = await reviewers[0]!.client.get<{ items: AssignmentBody[] }>(`/api/programmes/${programme.id}/assignments`);
    assert.ok(asReviewer.body.items.every((a) => a.application === null || a.application.decision === null));

    const projects = await commission.client.get<{ items: Array<{ id: string; awardedMinor: number }> }>(`/api/programmes/${programme.id}/projects`);
    assert.equal(projects.body.items.length, 1);
    const projectId = projects.body.items[0]!.id;
    const grantee = apps[0]!.applicant;
    expectStatus(await commission.client.post(`/api/programme-projects/${projectId}/milestones`, { title: 'Pilot line commissioned', dueOn: '2027-06-30' }), 200);
    expectError(await grantee.client.post(`/api/programme-projects/${projectId}/milestones`, { title: 'Self-made', dueOn: '2027-06-30' }), 403, 'FORBIDDEN');
    const report = await grantee.client.post<{ reports: unknown[]; milestones: Array<{ id: string }> }>(`/api/programme-projects/${projectId}/reports`, { text: 'Clean room ready.' });
    expectStatus(report, 200);
    assert.equal(report.body.reports.length, 1);
    const done = await grantee.client.patch<{ milestones: Array<{ status: string }> }>(`/api/programme-projects/${projectId}/milestones/${report.body.milestones[0]!.id}`, { status: 'done' });
    assert.equal(done.body.milestones[0]?.status, 'done');
    const paid = await commission.client.post<{ paidMinor: number }>(`/api/programme-projects/${projectId}/payments`, { amountMinor: 100_000_00, paidOn: '2027-01-10' });
    expectStatus(paid, 200);
    assert.equal(paid.body.paidMinor, 100_000_00);
    expectError(await commission.client.post(`/api/programme-projects/${projectId}/payments`, { amountMinor: 50_000_01, paidOn: '2027-02-10' }), 409, 'PAYMENT_EXCEEDS_AWARD');
    expectError(await apps[1]!.applicant.client.get(`/api/programme-projects/${projectId}`), 404, 'PROJECT_NOT_FOUND');
    const otherList = await apps[1]!.applicant.client.get<{ items: unknown[] }>(`/api/programmes/${programme.id}/projects`);
    assert.deepEqual(otherList.body.items, []);
  });
});
