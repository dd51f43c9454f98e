/** Applications: drafts, co-applicants, submission (form, eligibility, deadline), withdrawal. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { eligibilityProblems } from './eligibility.js';
import { answerProblems, unknownAnswerProblems } from './form.js';
import { applicationRole, conflictOf, editableByApplicant, type ApplicationRoleView } from './policy.js';
import { authoriseOnProgramme, loadProgramme } from './programmes.js';
import type { ApplicationInput, ApplicationPatch } from './schema.js';
import type { ApplicationView, ProgrammeRecord, ReviewerRecord } from './store.js';

export interface LoadedApplication {
  programme: ProgrammeRecord;
  application: ApplicationView;
  role: ApplicationRoleView;
  reviewer: ReviewerRecord | null;
}

/** Loads an application the actor may see, with how they see it; anything else is not found. */
export async function loadApplication(stores: Stores, actor: Actor | null, id: string): Promise<LoadedApplication> {
  const application = await stores.programmes.findApplication(id);
  if (!application) fail('APPLICATION_NOT_FOUND');
  const programme = await stores.programmes.find(application.programmeId);
  if (!programme) fail('APPLICATION_NOT_FOUND');
  const reviewer = actor ? await stores.programmes.reviewer(programme.id, actor.userId) : null;
  let assigned = false;
  let conflicted = false;
  if (reviewer) {
    assigned = (await stores.programmes.assignments(programme.id, { reviewerId: reviewer.userId, applicationId: id })).length > 0;
    conflicted = conflictOf(reviewer, application, await stores.programmes.conflicts(programme.id)) !== null;
  }
  const role = applicationRole(actor, programme, application, { reviewer, assigned, conflicted });
  if (!role) fail('APPLICATION_NOT_FOUND');
  return { programme, application, role, reviewer };
}

/** The application for the applicant side (members of the lead organisation). */
async function ownApplication(stores: Stores, actor: Actor | null, id: string): Promise<LoadedApplication & { actor: Actor }> {
  if (!actor) fail('UNAUTHENTICATED');
  const loaded = await loadApplication(stores, actor, id);
  if (loaded.role !== 'applicant') fail('FORBIDDEN', { reason: 'not_the_applicant' });
  return { ...loaded, actor };
}

async function assertSectors(stores: Stores, sectors: string[] | undefined): Promise<void> {
  if (!sectors?.length) return;
  const unknown = await stores.platform.unknownConcepts(sectors, 'sector');
  if (unknown.length) fail('UNKNOWN_CONCEPT', unknown.map((c) => ({ path: '/sectors', message: `unknown sector ${c}` })));
}

function roundOf(programme: ProgrammeRecord) {
  // The latest application round is the one that decides: a call may have an early registration round.
  return programme.rounds.filter((r) => r.kind === 'application').sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0] ?? null;
}

export async function createApplication(stores: Stores, clock: Clock, actor: Actor | null, programmeId: string, input: ApplicationInput): Promise<string> {
  const { programme } = await loadProgramme(stores, actor, programmeId);
  authoriseOnProgramme(actor, 'apply', programme);
  await loadOrganisation(stores, input.organisationId);
  if (!actor.memberships.has(input.organisationId)) fail('FORBIDDEN', { reason: 'not_a_member' });
  if (input.organisationId === programme.organisationId) fail('FORBIDDEN', { reason: 'organisers_cannot_apply' });
  const problems = unknownAnswerProblems(programme.form, input.answers ?? {});
  if (problems.length) fail('APPLICATION_INVALID', problems);
  await assertSectors(stores, input.sectors);
  const round = roundOf(programme);
  if (round && new Date(round.closesAt) <= clock.now()) fail('DEADLINE_PASSED', { roundId: round.id, closesAt: round.closesAt });
  const id = randomUUID();
  await stores.programmes.insertApplication({
    id,
    programmeId,
    organisationId: input.organisationId,
    status: 'draft',
    title: input.title,
    summary: input.summary ?? '',
    sectors: input.sectors ?? [],
    requestedMinor: input.requestedMinor ?? null,
    answers: input.answers ?? {},
    submittedAt: null,
    decision: null,
    decisionNote: null,
    awardedMinor: null,
    resubmitBy: null,
    decidedAt: null,
    createdBy: actor.userId,
    demo: false,
  });
  return id;
}

export async function updateApplication(stores: Stores, actor: Actor | null, id: string, patch: ApplicationPatch): Promise<void> {
  const { application, programme } = await ownApplication(stores, actor, id);
  if (!editableByApplicant(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'edit' });
  const { version, ...fields } = patch;
  const problems = unknownAnswerProblems(programme.form, fields.answers ?? {});
  if (problems.length) fail('APPLICATION_INVALID', problems);
  await assertSectors(stores, fields.sectors);
  if (!(await stores.programmes.updateApplication(id, fields, version))) fail('VERSION_CONFLICT', { currentVersion: application.version });
}

export async function inviteCoApplicant(stores: Stores, actor: Actor | null, id: string, organisationId: string): Promise<void> {
  const { application } = await ownApplication(stores, actor, id);
  if (!editableByApplicant(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'inviteCoApplicant' });
  if (organisationId === application.organisationId) fail('VALIDATION_FAILED', [{ path: '/organisationId', message: 'the lead applicant cannot be its own co-applicant' }]);
  await loadOrganisation(stores, organisationId);
  if (application.coApplicants.some((c) => c.organisationId === organisationId)) return;
  await stores.programmes.setCoApplicant(id, organisationId, 'invited');
}

export async function removeCoApplicant(stores: Stores, actor: Actor | null, id: string, organisationId: string): Promise<void> {
  const { application } = await ownApplication(stores, actor, id);
  if (!editableByApplicant(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'removeCoApplicant' });
  await stores.programmes.removeCoApplicant(id, organisationId);
}

/** A co-applicant organisation's members confirm or decline taking part. */
export async function answerCoApplication(stores: Stores, actor: Actor | null, id: string, organisationId: string, accept: boolean): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  const { application } = await loadApplication(stores, actor, id);
  const entry = application.coApplicants.find((c) => c.organisationId === organisationId);
  if (!entry) fail('ORGANISATION_NOT_FOUND');
  if (!actor.memberships.has(organisationId)) fail('FORBIDDEN', { reason: 'not_a_member' });
  if (!editableByApplicant(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'answerCoApplication' });
  await stores.programmes.setCoApplicant(id, organisationId, accept ? 'confirmed' : 'declined');
}

export async function submitApplication(stores: Stores, clock: Clock, actor: Actor | null, id: string): Promise<void> {
  const { application, programme } = await ownApplication(stores, actor, id);
  if (!editableByApplicant(application)) fail('INVALID_TRANSITION', { status: application.status, action: 'submit' });
  const now = clock.now();
  if (application.status === 'revise_and_resubmit') {
    if (application.resubmitBy && application.resubmitBy <= now) fail('DEADLINE_PASSED', { resubmitBy: application.resubmitBy.toISOString() });
  } else {
    if (programme.status !== 'open') fail('INVALID_TRANSITION', { status: programme.status, action: 'submit' });
    const round = roundOf(programme);
    if (round && new Date(round.closesAt) <= now) fail('DEADLINE_PASSED', { roundId: round.id, closesAt: round.closesAt });
  }
  const problems = answerProblems(programme.form, application.answers);
  if (problems.length) fail('APPLICATION_INVALID', problems);
  const ineligible = eligibilityProblems(programme.eligibility, application.lead, application.coApplicants);
  if (ineligible.length) fail('NOT_ELIGIBLE', ineligible);
  await stores.programmes.updateApplication(id, { status: 'submitted', submittedAt: now, decision: null, decisionNote: null, resubmitBy: null, decidedAt: null });
}

export async function withdrawApplication(stores: Stores, actor: Actor | null, id: string): Promise<void> {
  const { application } = await ownApplication(stores, actor, id);
  if (!['draft', 'submitted', 'revise_and_resubmit'].includes(application.status)) fail('INVALID_TRANSITION', { status: application.status, action: 'withdraw' });
  await stores.programmes.updateApplication(id, { status: 'withdrawn' });
}

/** Applications the actor may list in a programme: organisers see every submitted one, others their organisations'. */
export async function applicationList(stores: Stores, actor: Actor | null, programmeId: string): Promise<{ programme: ProgrammeRecord; items: ApplicationView[]; organiser: boolean }> {
  if (!actor) fail('UNAUTHENTICATED');
  const { programme } = await loadProgramme(stores, actor, programmeId);
  const organiser = actor.isPlatformAdmin || actor.memberships.get(programme.organisationId) === 'admin';
  const mine = await stores.programmes.listApplications(programmeId, { organisationIds: [...actor.memberships.keys()] });
  if (!organiser) return { programme, items: mine, organiser };
  const all = (await stores.programmes.listApplications(programmeId, {})).filter((a) => a.submittedAt !== null || mine.some((m) => m.id === a.id));
  return { programme, items: all, organiser };
}
