/** Programmes as the API shows them: allow-lists with what the caller may do. */
import Type from 'typebox';
import { programmeAbilities } from '../../domain/programmes/policy.js';
import { Eligibility, FormQuestion, ProgrammeRound, ReviewSettings } from '../../domain/programmes/schema.js';
import type { ProgrammeRecord, ReviewerRecord } from '../../domain/programmes/store.js';
import { PROGRAMME_KINDS, PROGRAMME_STATUSES, REVIEWER_ROLES } from '../../domain/programmes/vocab.js';
import type { Actor } from '../../domain/ports.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Localised = Type.Record(Type.String(), Type.String(), { description: 'Text by language code' });

export const ProgrammeResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  organisationName: Type.String(),
  kind: Type.Enum([...PROGRAMME_KINDS]),
  status: Type.Enum([...PROGRAMME_STATUSES]),
  title: Localised,
  description: Localised,
  defaultLanguage: Type.String(),
  sectors: Type.Array(Type.String()),
  budgetMinor: Nullable(Type.Integer()),
  currency: Nullable(Type.String()),
  rounds: Type.Array(ProgrammeRound),
  eligibility: Eligibility,
  form: Type.Array(FormQuestion),
  review: ReviewSettings,
  /** The caller's place in the reviewer pool, or null. */
  myReviewerRole: Nullable(Type.Enum([...REVIEWER_ROLES])),
  demo: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object({
    edit: Type.Boolean(),
    open: Type.Boolean(),
    close: Type.Boolean(),
    decide: Type.Boolean(),
    archive: Type.Boolean(),
    manageReview: Type.Boolean(),
    decideApplications: Type.Boolean(),
    apply: Type.Boolean(),
    review: Type.Boolean(),
    judge: Type.Boolean(),
  }),
});

export function presentProgramme(p: ProgrammeRecord, actor: Actor | null, reviewer: ReviewerRecord | null) {
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    kind: p.kind,
    status: p.status,
    title: p.title as Record<string, string>,
    description: p.description as Record<string, string>,
    defaultLanguage: p.defaultLanguage,
    sectors: p.sectors,
    budgetMinor: p.budgetMinor,
    currency: p.currency,
    rounds: p.rounds,
    eligibility: p.eligibility,
    form: p.form,
    review: p.review,
    myReviewerRole: reviewer?.role ?? null,
    demo: p.demo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    abilities: programmeAbilities(actor, p, reviewer),
  };
}

export const ReviewerResponse = Type.Object({
  userId: Type.String({ format: 'uuid' }),
  displayName: Type.String(),
  email: Type.String(),
  role: Type.Enum([...REVIEWER_ROLES]),
  sectors: Type.Array(Type.String()),
  /** Applications assigned to this reviewer. */
  assigned: Type.Integer(),
  /** Of those, reviews submitted. */
  submitted: Type.Integer(),
});

export function presentReviewer(r: ReviewerRecord, load: { assigned: number; submitted: number }) {
  return { userId: r.userId, displayName: r.displayName, email: r.email, role: r.role, sectors: r.sectors, ...load };
}
