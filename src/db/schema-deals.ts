/**
 * Deals between organisations: the pipeline from first contact to a completed cooperation.
 *
 * Distribution note: deals are shared by several organisations, so no one organisation id can shard them;
 * every table below carries deal_id and would be co-located on it. References to organisations, events,
 * meetings and listings are by id only; a deal's documents reference their files.
 */
import { bigint, bigserial, boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { files } from './schema-files.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const deals = pgTable(
  'deals',
  {
    id: uuid('id').primaryKey(),
    /** The organisation that entered the deal; it manages the parties. */
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    type: text('type').notNull(),
    /** contact → meeting_held → cooperation_intention → agreement_signed → in_execution → completed | dropped */
    stage: text('stage').notNull(),
    dropCategory: text('drop_category'),
    dropReason: text('drop_reason'),
    eventId: uuid('event_id'),
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    currency: text('currency'),
    /** The conversion recorded with the value: rate (reporting units per deal-currency unit), its day and source. */
    reportingCurrency: text('reporting_currency'),
    exchangeRate: numeric('exchange_rate', { precision: 20, scale: 10 }),
    rateDate: date('rate_date', { mode: 'string' }),
    rateSource: text('rate_source'),
    reportingAmountMinor: bigint('reporting_amount_minor', { mode: 'number' }),
    expectedCloseOn: date('expected_close_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    stageChangedAt: ts('stage_changed_at').notNull(),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('deals_stage_idx').on(t.stage, t.updatedAt), index('deals_event_idx').on(t.eventId), index('deals_owner_idx').on(t.ownerOrganisationId)],
);

export const dealParties = pgTable(
  'deal_parties',
  {
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    /** owner | party */
    role: text('role').notNull(),
    addedBy: uuid('added_by'),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.organisationId] }), index('deal_parties_org_idx').on(t.organisationId, t.dealId)],
);

export const dealListings = pgTable(
  'deal_listings',
  {
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.listingId] }), index('deal_listings_listing_idx').on(t.listingId)],
);

/** A meeting belongs to at most one deal. */
export const dealMeetings = pgTable(
  'deal_meetings',
  {
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.meetingId] }), uniqueIndex('deal_meetings_meeting_key').on(t.meetingId)],
);

/** Every stage change: forward moves, corrections, drops and reopenings, with who and when. */
export const dealStageChanges = pgTable(
  'deal_stage_changes',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order: several changes may share a timestamp (one transaction, a coarse clock). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    dropCategory: text('drop_category'),
    reason: text('reason'),
    /** user | meeting_outcome */
    source: text('source').notNull(),
    actorId: uuid('actor_id'),
    organisationId: uuid('organisation_id'),
    at: ts('at').notNull(),
  },
  (t) => [index('deal_stage_changes_deal_idx').on(t.dealId, t.seq)],
);

export const dealNotes = pgTable(
  'deal_notes',
  {
    id: uuid('id').primaryKey(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('deal_notes_deal_idx').on(t.dealId, t.createdAt)],
);

export const dealDocuments = pgTable(
  'deal_documents',
  {
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    addedBy: uuid('added_by'),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.fileId] })],
);

/** Rates to the reporting currency, entered by platform administrators, valid from a day on. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    reportingCurrency: text('reporting_currency').notNull(),
    validOn: date('valid_on', { mode: 'string' }).notNull(),
    rate: numeric('rate', { precision: 20, scale: 10 }).notNull(),
    setBy: uuid('set_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.reportingCurrency, t.validOn] })],
);
