/**
 * Who may do what with a programme and its applications.
 *
 * Organisers are the administrators of the organising organisation (and platform admins): they edit the
 * programme, run review and decide. Members of an applying organisation work on its applications;
 * co-applicant organisations see them and confirm their part. Reviewers see only the applications
 * assigned to them, jurors the applications of live pitch rounds, and neither sees one they are
 * conflicted on; in a blind programme they never see who applied (see the presenter). Organisers never
 * see drafts.
 */
import type { Actor } from '../ports.js';
import type { ApplicationView, ConflictRecord, ProgrammeRecord, ReviewerRecord } from './store.js';

export type ProgrammeAction = 'view' | 'edit' | 'open' | 'close' | 'decide' | 'archive' | 'manageReview' | 'decideApplications' | 'apply';

export function isOrganiser(actor: Actor | null, programme: Pick<ProgrammeRecord, 'organisationId'>): boolean {
  return !!actor && (actor.isPlatformAdmin || actor.memberships.get(programme.organisationId) === 'admin');
}

export function canOnProgramme(actor: Actor | null, action: ProgrammeAction, programme: ProgrammeRecord, reviewer: ReviewerRecord | null = null): boolean {
  const organiser = isOrganiser(actor, programme);
  const s = programme.status;
  switch (action) {
    case 'view':
      return s !== 'draft' || organiser || reviewer !== null;
    case 'edit':
      return organiser && (s === 'draft' || s === 'open');
    case 'open':
      return organiser && s === 'draft';
    case 'close':
      return organiser && s === 'open';
    case 'decide':
      return organiser && s === 'closed';
    case 'archive':
      return organiser && s === 'decided';
    case 'manageReview':
      return organiser && s !== 'archived';
    case 'decideApplications':
      return organiser && s === 'closed';
    case 'apply':
      return !!actor && s === 'open';
  }
}

export function programmeAbilities(actor: Actor | null, programme: ProgrammeRecord, reviewer: ReviewerRecord | null) {
  return {
    edit: canOnProgramme(actor, 'edit', programme),
    open: canOnProgramme(actor, 'open', programme),
    close: canOnProgramme(actor, 'close', programme),
    decide: canOnProgramme(actor, 'decide', programme),
    archive: canOnProgramme(actor, 'archive', programme),
    manageReview: canOnProgramme(actor, 'manageReview', programme),
    decideApplications: canOnProgramme(actor, 'decideApplications', programme),
    apply: canOnProgramme(actor, 'apply', programme),
    review: reviewer?.role === 'reviewer',
    judge: reviewer?.role === 'juror',
  };
}

/** Organisations taking part in an application (lead and every co-applicant not declined). */
export function applicationOrganisationIds(application: Pick<ApplicationView, 'organisationId' | 'coApplicants'>): string[] {
  return [application.organisationId, ...application.coApplicants.filter((c) => c.status !== 'declined').map((c) => c.organisationId)];
}

/**
 * A reviewer is conflicted on an application when they belong to one of its organisations (automatic)
 * or declared a conflict with the application or with one of its organisations.
 */
export function conflictOf(
  reviewer: Pick<ReviewerRecord, 'userId' | 'organisationIds'>,
  application: Pick<ApplicationView, 'id' | 'organisationId' | 'coApplicants'>,
  declared: readonly ConflictRecord[],
): { kind: 'membership' | 'declared'; reason: string } | null {
  const orgs = applicationOrganisationIds(application);
  if (reviewer.organisationIds.some((o) => orgs.includes(o))) return { kind: 'membership', reason: "member of an applicant's organisation" };
  const hit = declared.find((c) => c.userId === reviewer.userId && (c.applicationId === application.id || (c.organisationId !== null && orgs.includes(c.organisationId))));
  return hit ? { kind: 'declared', reason: hit.reason } : null;
}

export type ApplicationRoleView = 'applicant' | 'partner' | 'organiser' | 'reviewer' | 'juror';

/** How the actor sees an application, or null when they may not see it at all. */
export function applicationRole(
  actor: Actor | null,
  programme: ProgrammeRecord,
  application: ApplicationView,
  review: { reviewer: ReviewerRecord | null; assigned: boolean; conflicted: boolean },
): ApplicationRoleView | null {
  if (!actor) return null;
  if (actor.memberships.has(application.organisationId)) return 'applicant';
  if (application.coApplicants.some((c) => actor.memberships.has(c.organisationId))) return 'partner';
  const submittedOnce = application.submittedAt !== null;
  if (isOrganiser(actor, programme) && submittedOnce) return 'organiser';
  if (!review.reviewer || review.conflicted || !submittedOnce || application.status === 'withdrawn') return null;
  if (review.reviewer.role === 'reviewer' && review.assigned) return 'reviewer';
  if (review.reviewer.role === 'juror' && programme.rounds.some((r) => r.kind === 'live_pitch')) return 'juror';
  return null;
}

/** Whether the applicant side may change the application now. */
export const editableByApplicant = (application: Pick<ApplicationView, 'status'>) => application.status === 'draft' || application.status === 'revise_and_resubmit';
