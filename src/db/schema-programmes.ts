/**
 * Programmes: funding calls, competitions and case selections; applications, co-applicants, the
 * reviewer pool, conflicts of interest, review assignments, jury scores, and funded projects with their
 * milestones, progress reports and payments.
 *
 * Distribution note: every table carries programme_id, so a distributed PostgreSQL could shard the
 * area on the programme; references to organisations and users are by id only.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();
const money = (name: string) => bigint(name, { mode: 'number' });

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey(),
    /** The organising organisation; its admins manage the programme. */
    organisationId: uuid('organisation_id').notNull(),
    /** call | competition | case_selection */
    kind: text('kind').notNull(),
    /** draft → open → closed → decided → archived */
    status: text('status').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull().default({}),
    defaultLanguage: text('default_language').notNull(),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    budgetMinor: money('budget_minor'),
    currency: text('currency'),
    /** Rounds with deadlines (application, review, live pitch); see domain/programmes/schema. */
    rounds: jsonb('rounds').$type<unknown[]>().notNull().default([]),
    eligibility: jsonb('eligibility').$type<Record<string, unknown>>().notNull(),
    /** The application form's questions. */
    form: jsonb('form').$type<unknown[]>().notNull().default([]),
    /** Blind review, reviewers per application, weighted criteria. */
    review: jsonb('review').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('programmes_status_idx').on(t.status, t.createdAt), index('programmes_organisation_idx').on(t.organisationId)],
);

export const programmeApplications = pgTable(
  'programme_applications',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** The lead applicant. */
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    requestedMinor: money('requested_minor'),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: ts('submitted_at'),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    awardedMinor: money('awarded_minor'),
    resubmitBy: ts('resubmit_by'),
    decidedAt: ts('decided_at'),
    createdBy: uuid('created_by').notNull(),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('programme_applications_programme_idx').on(t.programmeId, t.status), index('programme_applications_org_idx').on(t.organisationId)],
);

export const programmeCoApplicants = pgTable(
  'programme_co_applicants',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programmeApplications.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    /** invited → confirmed | declined */
    status: text('status').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.organisationId] }), index('programme_co_applicants_org_idx').on(t.organisationId)],
);

export const programmeReviewers = pgTable(
  'programme_reviewers',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** reviewer (written reviews) | juror (live pitch scoring) */
    role: text('role').notNull(),
    /** Expertise, matched against application sectors by automatic assignment. */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] }), index('programme_reviewers_user_idx').on(t.userId)],
);

/** Declared conflicts of interest (membership conflicts are derived, not stored). */
export const programmeConflicts = pgTable(
  'programme_conflicts',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    applicationId: uuid('application_id'),
    organisationId: uuid('organisation_id'),
    reason: text('reason').notNull(),
    declaredBy: uuid('declared_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('programme_conflicts_programme_idx').on(t.programmeId, t.userId)],
);

export const programmeAssignments = pgTable(
  'programme_assignments',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programmeApplications.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').notNull(),
    /** Score by criterion id. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    comment: text('comment').notNull().default(''),
    submittedAt: ts('submitted_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('programme_assignments_pair_key').on(t.applicationId, t.reviewerId),
    index('programme_assignments_reviewer_idx').on(t.programmeId, t.reviewerId),
  ],
);

export const programmeJuryScores = pgTable(
  'programme_jury_scores',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    roundId: text('round_id').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programmeApplications.id, { onDelete: 'cascade' }),
    jurorId: uuid('juror_id').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.roundId, t.applicationId, t.jurorId] })],
);

export const programmeProjects = pgTable(
  'programme_projects',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programmeApplications.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    awardedMinor: money('awarded_minor').notNull(),
    currency: text('currency'),
    /** active | suspended | completed | terminated */
    status: text('status').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('programme_projects_application_key').on(t.applicationId), index('programme_projects_programme_idx').on(t.programmeId)],
);

export const programmeMilestones = pgTable(
  'programme_milestones',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => programmeProjects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
  },
  (t) => [index('programme_milestones_project_idx').on(t.projectId, t.dueOn)],
);

export const programmeReports = pgTable(
  'programme_reports',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => programmeProjects.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('programme_reports_project_idx').on(t.projectId, t.createdAt)],
);

export const programmePayments = pgTable(
  'programme_payments',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => programmeProjects.id, { onDelete: 'cascade' }),
    amountMinor: money('amount_minor').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('programme_payments_project_idx').on(t.projectId, t.paidOn)],
);
