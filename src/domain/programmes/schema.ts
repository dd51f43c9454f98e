/**
 * The programme resources (funding calls, competitions, case selections) and their applications and
 * reviews: one schema family that validates API input and demo data, types the commands and feeds the
 * OpenAPI document.
 */
import Type, { type Static, type TOptional, type TSchema } from 'typebox';
import { LocalisedText } from '../events/schema.js';
import { ConceptCode, ContentLanguage, CountryCode, Currency, IsoDate } from '../listings/schema.js';
import { ORGANISATION_TYPES } from '../shared/vocab.js';
import { DECISIONS, FORM_QUESTION_KINDS, MILESTONE_STATUSES, PROGRAMME_KINDS, PROJECT_STATUSES, REVIEWER_ROLES, ROUND_KINDS } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Key = (description: string) => Type.String({ pattern: '^[a-z0-9_]{1,32}$', description });
const Uuid = Type.String({ format: 'uuid' });
const AmountMinor = (description: string) => Type.Integer({ minimum: 0, maximum: 1e15, description });

export const ProgrammeRound = Type.Object(
  {
    id: Key('Stable key of the round'),
    kind: Type.Enum([...ROUND_KINDS]),
    name: LocalisedText(200, 'Name of the round'),
    opensAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    closesAt: Type.String({ format: 'date-time', description: 'Deadline (applications: last moment to submit)' }),
  },
  Strict,
);
export type ProgrammeRound = Static<typeof ProgrammeRound>;

export const Eligibility = Type.Object(
  {
    organisationTypes: Type.Array(Type.Enum([...ORGANISATION_TYPES]), { uniqueItems: true, default: [], description: 'Lead applicant types allowed; empty: any' }),
    countries: Type.Array(CountryCode, { uniqueItems: true, default: [], description: 'Lead applicant countries allowed; empty: any' }),
    minPartners: Type.Integer({ minimum: 0, maximum: 20, default: 0, description: 'Confirmed co-applicants needed' }),
    partnerFromOtherCountry: Type.Boolean({ default: false, description: 'At least one confirmed co-applicant from another country than the lead' }),
    partnerOrganisationTypes: Type.Array(Type.Enum([...ORGANISATION_TYPES]), {
      uniqueItems: true,
      default: [],
      description: 'At least one confirmed co-applicant of one of these types; empty: any',
    }),
  },
  Strict,
);
export type Eligibility = Static<typeof Eligibility>;
export const OPEN_ELIGIBILITY: Eligibility = { organisationTypes: [], countries: [], minPartners: 0, partnerFromOtherCountry: false, partnerOrganisationTypes: [] };

export const FormQuestion = Type.Object(
  {
    id: Key('Stable key of the answer'),
    kind: Type.Enum([...FORM_QUESTION_KINDS]),
    label: LocalisedText(300, 'The question'),
    options: Type.Optional(Type.Array(Type.Object({ value: Key('Option value'), label: LocalisedText(200, 'Option label') }, Strict), { maxItems: 30 })),
    min: Type.Optional(Type.Number({ description: 'Smallest number allowed (number questions)' })),
    max: Type.Optional(Type.Number({ description: 'Largest number allowed (number questions)' })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 20_000, description: 'Longest text allowed (text questions)' })),
    required: Type.Boolean({ default: false }),
  },
  Strict,
);
export type FormQuestion = Static<typeof FormQuestion>;

export const Criterion = Type.Object(
  {
    id: Key('Stable key of the criterion'),
    label: LocalisedText(200, 'The criterion'),
    weight: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'Relative weight' }),
    min: Type.Integer({ minimum: 0, maximum: 100, default: 0 }),
    max: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  },
  Strict,
);
export type Criterion = Static<typeof Criterion>;

export const ReviewSettings = Type.Object(
  {
    blind: Type.Boolean({ default: false, description: 'Reviewers and jurors do not see who applied' }),
    reviewersPerApplication: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
    criteria: Type.Array(Criterion, { maxItems: 20, default: [] }),
  },
  Strict,
);
export type ReviewSettings = Static<typeof ReviewSettings>;

const ProgrammeFields = {
  kind: Type.Enum([...PROGRAMME_KINDS]),
  title: LocalisedText(300, 'Title'),
  description: Type.Optional(LocalisedText(20_000, 'Description')),
  defaultLanguage: ContentLanguage,
  sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
  budgetMinor: Type.Optional(Type.Union([AmountMinor('Total budget in minor units (cents, fen)'), Type.Null()])),
  currency: Type.Optional(Type.Union([Currency, Type.Null()])),
  rounds: Type.Optional(Type.Array(ProgrammeRound, { maxItems: 10 })),
  eligibility: Type.Optional(Eligibility),
  form: Type.Optional(Type.Array(FormQuestion, { maxItems: 50, description: 'The application form' })),
  review: Type.Optional(ReviewSettings),
};

export const ProgrammeInput = Type.Object({ organisationId: Type.String({ format: 'uuid', description: 'The organising organisation (you must be one of its admins)' }), ...ProgrammeFields }, Strict);
export type ProgrammeInput = Static<typeof ProgrammeInput>;

function optionalFields<T extends Record<string, TSchema>>(fields: T): { [K in keyof T]: TOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: TOptional<T[K]> };
}

export const ProgrammePatch = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic concurrency)' }), ...optionalFields(ProgrammeFields) },
  { ...Strict, minProperties: 2 },
);
export type ProgrammePatch = Static<typeof ProgrammePatch>;

export const ProgrammeQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum([...PROGRAMME_KINDS])),
    mine: Type.Optional(Type.Boolean({ description: 'Only programmes my organisations run (drafts included)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  Strict,
);
export type ProgrammeQuery = Static<typeof ProgrammeQuery>;

export const Answer = Type.Union([Type.String({ maxLength: 20_000 }), Type.Number(), Type.Boolean(), Type.Array(Type.String({ maxLength: 64 }), { maxItems: 30 }), Type.Null()]);
export type Answer = Static<typeof Answer>;
export const Answers = Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,32}$' }), Answer, { description: 'Answers by question id' });

export const ApplicationInput = Type.Object(
  {
    organisationId: Type.String({ format: 'uuid', description: 'The applying (lead) organisation; you must be a member' }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    summary: Type.Optional(Type.String({ maxLength: 5000 })),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
    requestedMinor: Type.Optional(Type.Union([AmountMinor('Funding requested, minor units of the programme currency'), Type.Null()])),
    answers: Type.Optional(Answers),
  },
  Strict,
);
export type ApplicationInput = Static<typeof ApplicationInput>;

export const ApplicationPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    summary: Type.Optional(Type.String({ maxLength: 5000 })),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
    requestedMinor: Type.Optional(Type.Union([AmountMinor('Funding requested'), Type.Null()])),
    answers: Type.Optional(Answers),
  },
  { ...Strict, minProperties: 2 },
);
export type ApplicationPatch = Static<typeof ApplicationPatch>;

export const CoApplicantInput = Type.Object({ organisationId: Uuid }, Strict);
export const CoApplicantAnswer = Type.Object({ accept: Type.Boolean() }, Strict);

export const ReviewerInput = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, description: 'An existing user to invite into the pool' }),
    role: Type.Enum([...REVIEWER_ROLES], { default: 'reviewer' }),
    sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10, description: 'Expertise, used by automatic assignment' })),
  },
  Strict,
);
export type ReviewerInput = Static<typeof ReviewerInput>;

export const ConflictInput = Type.Object(
  {
    userId: Type.Optional(Type.String({ format: 'uuid', description: 'The reviewer (organisers only; reviewers declare for themselves)' })),
    applicationId: Type.Optional(Uuid),
    organisationId: Type.Optional(Type.String({ format: 'uuid', description: 'Conflicted with every application this organisation takes part in' })),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  Strict,
);
export type ConflictInput = Static<typeof ConflictInput>;

export const AssignmentInput = Type.Object({ applicationId: Uuid, reviewerId: Uuid }, Strict);
export const AutoAssignInput = Type.Object({ reviewersPerApplication: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })) }, Strict);

export const Scores = Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,32}$' }), Type.Number(), { description: 'Score by criterion id' });
export const ReviewInput = Type.Object(
  { scores: Scores, comment: Type.Optional(Type.String({ maxLength: 10_000 })), submit: Type.Boolean({ default: false, description: 'Submit (all criteria needed) or keep as a draft' }) },
  Strict,
);
export type ReviewInput = Static<typeof ReviewInput>;

export const JuryScoreInput = Type.Object({ applicationId: Uuid, scores: Scores, comment: Type.Optional(Type.String({ maxLength: 5000 })) }, Strict);
export type JuryScoreInput = Static<typeof JuryScoreInput>;

export const DecisionInput = Type.Object(
  {
    decision: Type.Enum([...DECISIONS]),
    awardedMinor: Type.Optional(AmountMinor('Awarded amount (fund), minor units of the programme currency')),
    note: Type.Optional(Type.String({ maxLength: 5000, description: 'Shown to the applicant' })),
    resubmitBy: Type.Optional(Type.String({ format: 'date-time', description: 'Deadline of the resubmission (revise_and_resubmit)' })),
  },
  Strict,
);
export type DecisionInput = Static<typeof DecisionInput>;

export const RankingQuery = Type.Object({ roundId: Type.Optional(Key('A live pitch round: rank its jury scores')) }, Strict);
export const ExportQuery = Type.Object({ format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }) }, Strict);

export const MilestoneInput = Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }), dueOn: IsoDate }, Strict);
export const MilestonePatch = Type.Object({ status: Type.Enum([...MILESTONE_STATUSES]) }, Strict);
export const ProgressReportInput = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }) }, Strict);
export const PaymentInput = Type.Object({ amountMinor: Type.Integer({ minimum: 1, maximum: 1e15 }), paidOn: IsoDate, note: Type.Optional(Type.String({ maxLength: 1000 })) }, Strict);
export const ProjectPatch = Type.Object({ status: Type.Enum([...PROJECT_STATUSES]) }, Strict);
