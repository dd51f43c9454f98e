/**
 * The registries: agreements (framework agreements, memoranda, joint labs, platforms) with their parties,
 * and training programmes with batches and trainee lists. Designed for counting by the reports: dates,
 * countries, kinds and trainee figures are columns, not buried in JSON.
 *
 * Distribution note: agreements have several parties and no single owner, so they are a small reference
 * table; training tables carry organisation_id (the organiser) to shard on.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalisedText } from './schema-events.js';
import { files } from './schema-files.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey(),
    /** framework_agreement | mou | joint_lab | incubation_platform | technology_transfer_platform | other */
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    defaultLanguage: text('default_language').notNull(),
    /** The parties' countries, kept in step with agreement_parties for filters and counts. */
    countries: textArray('countries'),
    sectors: textArray('sectors'),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    /** Last day in force; the status "expired" is derived from it, never stored. */
    validUntil: date('valid_until', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    /** The agreement this one renews ("memoranda renewed" counts rows where this is set). */
    renewedFromId: uuid('renewed_from_id'),
    eventId: uuid('event_id'),
    /** public | parties */
    visibility: text('visibility').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agreements_signed_idx').on(t.signedOn, t.kind),
    index('agreements_renewed_from_idx').on(t.renewedFromId),
    index('agreements_event_idx').on(t.eventId),
    index('agreements_countries_idx').using('gin', t.countries),
    index('agreements_sectors_idx').using('gin', t.sectors),
  ],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** An organisation on the platform, or null for a named outside party (a province, a ministry). */
    organisationId: uuid('organisation_id'),
    name: text('name').notNull(),
    country: text('country'),
    region: text('region'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.position] }), index('agreement_parties_org_idx').on(t.organisationId)],
);

/** Documents of an agreement: generic files (schema-files) that the agreement's viewers may download. */
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    addedBy: uuid('added_by'),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.fileId] })],
);

export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: uuid('id').primaryKey(),
    /** The organiser. */
    organisationId: uuid('organisation_id').notNull(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    defaultLanguage: text('default_language').notNull(),
    description: jsonb('description').$type<LocalisedText>().notNull().default({}),
    partnerCountries: textArray('partner_countries'),
    partnerRegions: textArray('partner_regions'),
    sectors: textArray('sectors'),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('training_programmes_org_idx').on(t.organisationId)],
);

export const trainingBatches = pgTable(
  'training_batches',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    label: text('label'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** offline | online | hybrid */
    mode: text('mode').notNull(),
    location: text('location'),
    /** Trainees in the batch (at least the listed ones; lists are optional). */
    traineeCount: integer('trainee_count').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('training_batches_programme_idx').on(t.programmeId, t.startsOn), index('training_batches_starts_idx').on(t.startsOn)],
);

/** Personal data: read only by the organiser organisation and platform admins. */
export const trainees = pgTable(
  'trainees',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => trainingBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    country: text('country'),
    email: text('email'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.position] })],
);
