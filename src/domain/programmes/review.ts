/** The reviewer pool, conflicts of interest, assignments (manual and automatic), reviews and jury scores. */
import { randomUUID } from 'node:crypto';
import { fail, type FieldError } from '../errors.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { planAssignments, type AutoAssignmentPlan } from './assignment.js';
import { loadApplication } from './applications.js';
import { conflictOf, isOrganiser } from './policy.js';
import { loadProgramme, programmeFor } from './programmes.js';
import type { ConflictInput, Criterion, JuryScoreInput, ReviewerInput, ReviewInput } from './schema.js';
import type { ApplicationView, ConflictRecord, ProgrammeRecord, ReviewerRecord } from './store.js';

/** Applications that are in review: submitted and not yet decided or withdrawn. */
export const inReview = (a: Pick<ApplicationView, 'status'>) => a.status === 'submitted';

export async function addReviewer(stores: Stores, actor: Actor | null, programmeId: string, input: ReviewerInput): Promise<string> {
  const { programme, actor: a } = await programmeFor(stores, actor, programmeId, 'manageReview');
  const user = await stores.accounts.findUserByEmail(input.email.trim().toLowerCase());
  if (!user) fail('USER_NOT_FOUND');
  if (input.sectors?.length) {
    const unknown = await stores.platform.unknownConcepts(input.sectors, 'sector');
    if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
  }
  await stores.programmes.upsertReviewer({ programmeId: programme.id, userId: user.id, role: input.role, sectors: input.sectors ?? [], invitedBy: a.userId });
  return user.id;
}

export async function removeReviewer(stores: Stores, actor: Actor | null, programmeId: string, userId: string): Promise<void> {
  await programmeFor(stores, actor, programmeId, 'manageReview');
  for (const assignment of await stores.programmes.assignments(programmeId, { reviewerId: userId })) {
    if (assignment.submittedAt) fail('INVALID_TRANSITION', { reason: 'reviewer_has_submitted_reviews' });
    await stores.programmes.deleteAssignment(assignment.id);
  }
  await stores.programmes.removeReviewer(programmeId, userId);
}

/**
 * Declares a conflict of interest. Reviewers declare their own (with an application they see or an
 * organisation); organisers may record one for any reviewer. An assignment it hits is withdrawn unless
 * its review was already submitted.
 */
export async function declareConflict(stores: Stores, actor: Actor | null, programmeId: string, input: ConflictInput): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  const { programme, reviewer: self } = await loadProgramme(stores, actor, programmeId);
  const organiser = isOrganiser(actor, programme);
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId && !organiser) fail('FORBIDDEN', { reason: 'only_organisers_declare_for_others' });
  const reviewer = userId === actor.userId ? self : await stores.programmes.reviewer(programmeId, userId);
  if (!reviewer) fail('NOT_A_REVIEWER');
  if (!input.applicationId === !input.organisationId) {
    fail('VALIDATION_FAILED', [{ path: '/applicationId', message: 'give either an application or an organisation' }]);
  }
  if (input.applicationId) {
    const application = await stores.programmes.findApplication(input.applicationId);
    if (!application || application.programmeId !== programmeId) fail('APPLICATION_NOT_FOUND');
    if (!organiser) await loadApplication(stores, actor, input.applicationId);
  }
  await stores.programmes.insertConflict({
    id: randomUUID(),
    programmeId,
    userId,
    applicationId: input.applicationId ?? null,
    organisationId: input.organisationId ?? null,
    reason: input.reason.trim(),
    declaredBy: actor.userId,
  });
  const declared = await stores.programmes.conflicts(programmeId);
  for (const assignment of await stores.programmes.assignments(programmeId, { reviewerId: userId })) {
    const application = await stores.programmes.findApplication(assignment.applicationId);
    if (application && !assignment.submittedAt && conflictOf(reviewer, application, declared)) await stores.programmes.deleteAssignment(assignment.id);
  }
}

async function reviewContext(stores: Stores, programme: ProgrammeRecord): Promise<{ reviewers: ReviewerRecord[]; declared: ConflictRecord[]; applications: ApplicationView[] }> {
  const [reviewers, declared, applications] = await Promise.all([
    stores.programmes.reviewers(programme.id),
    stores.programmes.conflicts(programme.id),
    stores.programmes.listApplications(programme.id, { statuses: ['submitted'] }),
  ]);
  return { reviewers, declared, applications };
}

export async function assignReviewer(stores: Stores, actor: Actor | null, programmeId: string, applicationId: string, reviewerId: string): Promise<string> {
  const { programme } = await programmeFor(stores, actor, programmeId, 'manageReview');
  const application = await stores.programmes.findApplication(applicationId);
  if (!application || application.programmeId !== programmeId || !application.submittedAt) fail('APPLICATION_NOT_FOUND');
  if (!inReview(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'assign' });
  const reviewer = await stores.programmes.reviewer(programme.id, reviewerId);
  if (!reviewer || reviewer.role !== 'reviewer') fail('NOT_A_REVIEWER');
  const conflict = conflictOf(reviewer, application, await stores.programmes.conflicts(programmeId));
  if (conflict) fail('REVIEWER_CONFLICTED', conflict);
  const id = randomUUID();
  if (!(await stores.programmes.insertAssignment({ id, programmeId, applicationId, reviewerId }))) fail('ALREADY_ASSIGNED');
  return id;
}

export async function autoAssign(stores: Stores, actor: Actor | null, programmeId: string, perApplication?: number): Promise<AutoAssignmentPlan> {
  const { programme } = await programmeFor(stores, actor, programmeId, 'manageReview');
  const { reviewers, declared, applications } = await reviewContext(stores, programme);
  const pool = reviewers.filter((r) => r.role === 'reviewer');
  const existing = (await stores.programmes.assignments(programmeId)).filter((a) => applications.some((app) => app.id === a.applicationId));
  const byId = new Map(applications.map((a) => [a.id, a]));
  const byReviewer = new Map(pool.map((r) => [r.userId, r]));
  const plan = planAssignments({
    applications: applications.map((a) => ({ id: a.id, sectors: a.sectors })),
    reviewers: pool.map((r) => ({ userId: r.userId, sectors: r.sectors })),
    existing,
    isConflicted: (reviewerId, applicationId) => {
      const reviewer = byReviewer.get(reviewerId);
      const application = byId.get(applicationId);
      return !reviewer || !application || conflictOf(reviewer, application, declared) !== null;
    },
    perApplication: perApplication ?? programme.review.reviewersPerApplication,
  });
  for (const a of plan.assignments) await stores.programmes.insertAssignment({ id: randomUUID(), programmeId, ...a });
  return plan;
}

export async function unassign(stores: Stores, actor: Actor | null, programmeId: string, assignmentId: string): Promise<void> {
  await programmeFor(stores, actor, programmeId, 'manageReview');
  const assignment = await stores.programmes.findAssignment(assignmentId);
  if (!assignment || assignment.programmeId !== programmeId) fail('ASSIGNMENT_NOT_FOUND');
  if (assignment.submittedAt) fail('INVALID_TRANSITION', { reason: 'review_submitted' });
  await stores.programmes.deleteAssignment(assignmentId);
}

/** Scores outside a criterion's range, unknown criteria, and (to submit) missing ones. */
export function scoreProblems(criteria: readonly Criterion[], scores: Record<string, number>, complete: boolean): FieldError[] {
  const problems: FieldError[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const [key, value] of Object.entries(scores)) {
    const c = byId.get(key);
    if (!c) problems.push({ path: `/scores/${key}`, message: 'the rubric has no such criterion', keyword: 'unknown_criterion' });
    else if (value < c.min || value > c.max) problems.push({ path: `/scores/${key}`, message: `must be between ${c.min} and ${c.max}`, keyword: 'range' });
  }
  if (complete) {
    if (!criteria.length) problems.push({ path: '/scores', message: 'the programme has no review criteria yet', keyword: 'no_criteria' });
    for (const c of criteria) if (scores[c.id] === undefined) problems.push({ path: `/scores/${c.id}`, message: 'a score is required', keyword: 'required' });
  }
  return problems;
}

export async function saveReview(stores: Stores, clock: Clock, actor: Actor | null, assignmentId: string, input: ReviewInput): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  const assignment = await stores.programmes.findAssignment(assignmentId);
  if (!assignment || assignment.reviewerId !== actor.userId) fail('ASSIGNMENT_NOT_FOUND');
  const { programme, application } = await loadApplication(stores, actor, assignment.applicationId);
  if (programme.status === 'decided' || programme.status === 'archived' || !inReview(application)) {
    fail('INVALID_TRANSITION', { status: programme.status, action: 'review' });
  }
  const problems = scoreProblems(programme.review.criteria, input.scores, input.submit);
  if (problems.length) fail('REVIEW_INVALID', problems);
  await stores.programmes.saveReview(assignmentId, { scores: input.scores, comment: input.comment?.trim() ?? '', submittedAt: input.submit ? clock.now() : null });
}

/** A juror scores an application on the spot in a live pitch round (again: the later score replaces the earlier). */
export async function scorePitch(stores: Stores, actor: Actor | null, programmeId: string, roundId: string, input: JuryScoreInput): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  const { programme, reviewer } = await loadProgramme(stores, actor, programmeId);
  const round = programme.rounds.find((r) => r.id === roundId);
  if (!round || round.kind !== 'live_pitch') fail('ROUND_NOT_FOUND');
  if (!reviewer || reviewer.role !== 'juror') fail('FORBIDDEN', { reason: 'not_a_juror' });
  const application = await stores.programmes.findApplication(input.applicationId);
  if (!application || application.programmeId !== programmeId || !inReview(application)) fail('APPLICATION_NOT_FOUND');
  if (conflictOf(reviewer, application, await stores.programmes.conflicts(programmeId))) fail('REVIEWER_CONFLICTED');
  const problems = scoreProblems(programme.review.criteria, input.scores, true);
  if (problems.length) fail('REVIEW_INVALID', problems);
  await stores.programmes.upsertJuryScore({ programmeId, roundId, applicationId: application.id, jurorId: actor.userId, scores: input.scores, comment: input.comment?.trim() ?? '' });
}

/** The reviewer pool with each reviewer's load (organisers only). */
export async function reviewerPool(stores: Stores, actor: Actor | null, programmeId: string) {
  await programmeFor(stores, actor, programmeId, 'manageReview');
  const [reviewers, assignments] = await Promise.all([stores.programmes.reviewers(programmeId), stores.programmes.assignments(programmeId)]);
  return reviewers.map((r) => {
    const mine = assignments.filter((a) => a.reviewerId === r.userId);
    return { reviewer: r, load: { assigned: mine.length, submitted: mine.filter((a) => a.submittedAt).length } };
  });
}

export async function conflictList(stores: Stores, actor: Actor | null, programmeId: string): Promise<ConflictRecord[]> {
  if (!actor) fail('UNAUTHENTICATED');
  const { programme } = await loadProgramme(stores, actor, programmeId);
  const all = await stores.programmes.conflicts(programmeId);
  return isOrganiser(actor, programme) ? all : all.filter((c) => c.userId === actor.userId);
}

/**
 * Assignments the actor may list: organisers every one (with the reviewer), a reviewer only their own
 * (each with the application as a reviewer sees it, blinded in blind review).
 */
export async function assignmentList(stores: Stores, actor: Actor | null, programmeId: string) {
  if (!actor) fail('UNAUTHENTICATED');
  const { programme, reviewer } = await loadProgramme(stores, actor, programmeId);
  if (isOrganiser(actor, programme)) {
    const names = new Map((await stores.programmes.reviewers(programmeId)).map((r) => [r.userId, r.displayName]));
    const all = await stores.programmes.assignments(programmeId);
    return { programme, organiser: true, items: all.map((a) => ({ assignment: a, reviewer: { userId: a.reviewerId, displayName: names.get(a.reviewerId) ?? '' }, application: null })) };
  }
  if (!reviewer) fail('FORBIDDEN', { reason: 'not_a_reviewer' });
  const items = [];
  for (const a of await stores.programmes.assignments(programmeId, { reviewerId: actor.userId })) {
    const loaded = await loadApplication(stores, actor, a.applicationId).catch(() => null);
    if (loaded) items.push({ assignment: a, reviewer: null, application: loaded });
  }
  return { programme, organiser: false, items };
}
