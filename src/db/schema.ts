/**
 * Drizzle schema: the one description of the tables, from which drizzle-kit generates the SQL
 * migrations in ./migrations (applied from app code on PGlite and PostgreSQL alike).
 *
 * Distribution note: every tenant-owned table carries organisation_id so that a distributed PostgreSQL
 * (Citus) could shard on it; cross-organisation references are by id only, never by foreign keys that
 * would force co-location beyond that column.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => 'tsvector',
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    locale: text('locale'),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the session token; the token itself only ever lives in the cookie. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    country: text('country').notNull(),
    city: text('city'),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    website: text('website'),
    descriptions: jsonb('descriptions').$type<Record<string, string>>().notNull().default({}),
    verificationStatus: text('verification_status').notNull().default('pending'),
    verificationNote: text('verification_note'),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'date' }),
    hasLogo: boolean('has_logo').notNull().default(false),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organisations_verification_idx').on(t.verificationStatus), index('organisations_country_idx').on(t.country)],
);

/** Kept apart from organisations so that listing organisations never reads image bytes. */
export const organisationLogos = pgTable('organisation_logos', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  mime: text('mime').notNull(),
  image: bytea('image').notNull(),
  updatedAt: updatedAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_key').on(t.tokenHash), index('invitations_org_idx').on(t.organisationId)],
);

export const taxonomyConcepts = pgTable('taxonomy_concepts', {
  code: text('code').primaryKey(),
  kind: text('kind').notNull(),
  parent: text('parent'),
  labels: jsonb('labels').$type<Record<string, string>>().notNull(),
  synonyms: jsonb('synonyms').$type<Record<string, string[]>>().notNull().default({}),
});

export const listings = pgTable(
  'listings',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    status: text('status').notNull(),
    visibility: text('visibility').notNull(),
    language: text('language').notNull(),
    /** True when the author chose the language; false when it was detected. */
    languageConfirmed: boolean('language_confirmed').notNull().default(false),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    translations: jsonb('translations').$type<Array<{ language: string; title: string; summary: string }>>().notNull().default([]),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    freeKeywords: text('free_keywords').array().notNull().default(sql`'{}'::text[]`),
    countriesSought: text('countries_sought').array().notNull().default(sql`'{}'::text[]`),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    /** Denormalised from details for facets, filters and (later) matching. */
    trl: integer('trl'),
    deadline: date('deadline', { mode: 'string' }),
    amountMin: bigint('amount_min', { mode: 'number' }),
    amountMax: bigint('amount_max', { mode: 'number' }),
    currency: text('currency'),
    /** The owning organisation's country, copied so anonymous listings can be faceted without a join. */
    country: text('country').notNull(),
    expiresAt: date('expires_at', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    moderation: jsonb('moderation').$type<{ action: string; reason: string | null; at: string; by: string } | null>(),
    search: tsvector('search').notNull(),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('listings_search_idx').using('gin', t.search),
    index('listings_sectors_idx').using('gin', t.sectors),
    index('listings_keywords_idx').using('gin', t.keywords),
    index('listings_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('listings_org_idx').on(t.organisationId, t.status),
    index('listings_expiry_idx').on(t.status, t.expiresAt),
    index('listings_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), index('audit_created_idx').on(t.createdAt)],
);

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('body_text').notNull(),
    /** Extra headers, e.g. List-Unsubscribe on alert digests. */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** queued → sent | failed (SMTP) or stored (no SMTP configured: kept for admins to read). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_status_idx').on(t.status, t.createdAt)],
);

/** Fixed-window counters shared by every app server (rate limits must hold across a load balancer). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

export * from './schema-events.js';
export * from './schema-jobs.js';
export * from './schema-matching.js';
export * from './schema-alerts.js';
export * from './schema-files.js';
export * from './schema-deals.js';
export * from './schema-registries.js';
export * from './schema-programmes.js';
