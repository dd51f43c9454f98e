/**
 * Saved searches and match alerts with their e-mail digests (see src/domain/alerts/README.md).
 *
 * - saved_searches: a user's named listing search (the listings search filters, as JSON) and how often
 *   new listings found by it are e-mailed.
 * - match_alerts: one row per user and organisation: how often new stored matches of the organisation's
 *   listings are e-mailed.
 * - alert_digests: the sent-log. One row per subscription and period (UNIQUE), written in the same
 *   transaction as the outbox mail, so several servers sweeping at once never send a period twice.
 *
 * Every row carries user_id (the natural distribution column: a user's alerts live together); match
 * alerts also carry organisation_id. Users and organisations are referenced by id only, like the events
 * area's tables (the digest checks membership when it runs).
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    /** The listings search filters (GET /api/listings without paging or sort), validated on write. */
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    /** daily | weekly | off */
    frequency: text('frequency').notNull(),
    /** Listings published after this are new for the next digest (end of the last one, or when switched on). */
    coveredUntil: ts('covered_until').notNull(),
    /** Random secret of the unsubscribe link in every digest (works without login). */
    unsubscribeToken: text('unsubscribe_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('saved_searches_user_idx').on(t.userId, t.createdAt),
    index('saved_searches_frequency_idx').on(t.frequency, t.id),
    uniqueIndex('saved_searches_unsubscribe_key').on(t.unsubscribeToken),
  ],
);

export const matchAlerts = pgTable(
  'match_alerts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    /** daily | weekly | off */
    frequency: text('frequency').notNull(),
    /** Matches stored after this are new for the next digest. */
    coveredUntil: ts('covered_until').notNull(),
    unsubscribeToken: text('unsubscribe_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('match_alerts_user_org_key').on(t.userId, t.organisationId),
    index('match_alerts_frequency_idx').on(t.frequency, t.id),
    uniqueIndex('match_alerts_unsubscribe_key').on(t.unsubscribeToken),
  ],
);

export const alertDigests = pgTable(
  'alert_digests',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    /** saved_search | match_alert */
    subscriptionKind: text('subscription_kind').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    /** 'day:2026-11-21' or 'week:2026-W47' (UTC). */
    periodKey: text('period_key').notNull(),
    windowStart: ts('window_start').notNull(),
    windowEnd: ts('window_end').notNull(),
    /** What was new; 0 means no mail was sent for the period. */
    items: integer('items').notNull().default(0),
    outboxId: uuid('outbox_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('alert_digests_period_key').on(t.subscriptionId, t.periodKey), index('alert_digests_created_idx').on(t.createdAt)],
);
