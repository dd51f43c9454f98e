/**
 * Applications as the API shows them. Blind review is enforced here: reviewers and jurors of a blind
 * programme get no organisation, no co-applicants and no author, only the content. Applicants never get
 * reviewer identities: applications carry the decision, never the reviews.
 */
import Type from 'typebox';
import { editableByApplicant, type ApplicationRoleView } from '../../domain/programmes/policy.js';
import { Answer } from '../../domain/programmes/schema.js';
import type { ApplicationView, AssignmentRecord, ProgrammeRecord } from '../../domain/programmes/store.js';
import { APPLICATION_STATUSES, CO_APPLICANT_STATUSES, DECISIONS } from '../../domain/programmes/vocab.js';
import { ORGANISATION_TYPES } from '../../domain/shared/vocab.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Organisation = {
  organisationId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  type: Type.Enum([...ORGANISATION_TYPES]),
  country: Type.String(),
};

export const ApplicationResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  programmeId: Type.String({ format: 'uuid' }),
  status: Type.Enum([...APPLICATION_STATUSES]),
  title: Type.String(),
  summary: Type.String(),
  sectors: Type.Array(Type.String()),
  requestedMinor: Nullable(Type.Integer()),
  answers: Type.Record(Type.String(), Answer),
  /** The lead applicant; null in blind review. */
  lead: Nullable(Type.Object(Organisation)),
  /** Co-applicants; empty in blind review. */
  coApplicants: Type.Array(Type.Object({ ...Organisation, status: Type.Enum([...CO_APPLICANT_STATUSES]) })),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  decision: Nullable(Type.Enum([...DECISIONS])),
  decisionNote: Nullable(Type.String()),
  awardedMinor: Nullable(Type.Integer()),
  resubmitBy: Nullable(Type.String({ format: 'date-time' })),
  /** How the caller sees it: applicant, partner (co-applicant), organiser, reviewer, juror. */
  viewerRole: Type.Enum(['applicant', 'partner', 'organiser', 'reviewer', 'juror']),
  /** True when identities are hidden from the caller (blind review). */
  blinded: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object({ edit: Type.Boolean(), submit: Type.Boolean(), withdraw: Type.Boolean(), decide: Type.Boolean() }),
});

export function presentApplication(a: ApplicationView, programme: ProgrammeRecord, role: ApplicationRoleView) {
  const blinded = programme.review.blind && (role === 'reviewer' || role === 'juror');
  const organiser = role === 'organiser';
  const showDecision = role === 'applicant' || role === 'partner' || organiser;
  const org = (o: ApplicationView['lead']) => ({ organisationId: o.organisationId, name: o.name, type: o.type, country: o.country });
  return {
    id: a.id,
    programmeId: a.programmeId,
    status: a.status,
    title: a.title,
    summary: a.summary,
    sectors: a.sectors,
    requestedMinor: a.requestedMinor,
    answers: a.answers,
    lead: blinded ? null : org(a.lead),
    coApplicants: blinded ? [] : a.coApplicants.map((c) => ({ ...org(c), status: c.status })),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    decision: showDecision ? a.decision : null,
    decisionNote: showDecision ? a.decisionNote : null,
    awardedMinor: showDecision ? a.awardedMinor : null,
    resubmitBy: showDecision ? (a.resubmitBy?.toISOString() ?? null) : null,
    viewerRole: role,
    blinded,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    abilities: {
      edit: role === 'applicant' && editableByApplicant(a),
      submit: role === 'applicant' && editableByApplicant(a) && (a.status === 'revise_and_resubmit' || programme.status === 'open'),
      withdraw: role === 'applicant' && ['draft', 'submitted', 'revise_and_resubmit'].includes(a.status),
      decide: organiser && programme.status === 'closed' && a.status === 'submitted',
    },
  };
}

export const AssignmentResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  applicationId: Type.String({ format: 'uuid' }),
  /** The reviewer (organisers' view only; a reviewer sees their own assignments). */
  reviewer: Nullable(Type.Object({ userId: Type.String({ format: 'uuid' }), displayName: Type.String() })),
  scores: Type.Record(Type.String(), Type.Number()),
  comment: Type.String(),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  /** For reviewers: the application itself (blinded in blind review). */
  application: Nullable(ApplicationResponse),
});

export function presentAssignment(
  a: AssignmentRecord,
  extra: { reviewer?: { userId: string; displayName: string } | null; application?: ReturnType<typeof presentApplication> | null },
) {
  return {
    id: a.id,
    applicationId: a.applicationId,
    reviewer: extra.reviewer ?? null,
    scores: a.scores,
    comment: a.comment,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    application: extra.application ?? null,
  };
}
