/**
 * Events, registrations, timetables and 1:1 meetings.
 *
 * Distribution note: every table below carries event_id, so a distributed PostgreSQL could shard the
 * whole area on the event (co-locating an event's registrations, slots and meetings); references to
 * organisations, users and listings are by id only.
 */
import { sql } from 'drizzle-orm';
import type { SessionPerson } from '../domain/events/store.js';
import type { MeetingOutcome } from '../domain/meetings/store.js';
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

export type LocalisedText = Record<string, string>;

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** A sub-forum belongs to its forum. */
    parentEventId: uuid('parent_event_id'),
    /** draft → published → (cancelled); past events stay published. */
    status: text('status').notNull(),
    /** Title and description per language; `defaultLanguage` is the one that must exist. */
    title: jsonb('title').$type<LocalisedText>().notNull(),
    description: jsonb('description').$type<LocalisedText>().notNull().default({}),
    defaultLanguage: text('default_language').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** IANA time zone of the venue; all local times of the event are read in it. */
    timeZone: text('time_zone').notNull(),
    venue: text('venue'),
    city: text('city'),
    country: text('country'),
    onlineUrl: text('online_url'),
    /** open | approval | closed */
    registrationMode: text('registration_mode').notNull(),
    capacity: integer('capacity'),
    registrationClosesAt: ts('registration_closes_at'),
    /** The registration form: which participant types, which fields are required, extra questions. */
    registrationForm: jsonb('registration_form').$type<Record<string, unknown>>().notNull(),
    /** Meeting settings (request expiry, reminders, caps, fairness, time limit); see domain/events/schema. */
    meetingSettings: jsonb('meeting_settings').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    demo: boolean('demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('events_status_start_idx').on(t.status, t.startsOn), index('events_parent_idx').on(t.parentEventId)],
);

export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    /** organiser (full control) | co_organiser (everything but organisers and deletion) */
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.organisationId] }), index('event_organisers_org_idx').on(t.organisationId)],
);

export const eventRooms = pgTable(
  'event_rooms',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    capacity: integer('capacity'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('event_rooms_event_idx').on(t.eventId)],
);

export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    description: jsonb('description').$type<LocalisedText>().notNull().default({}),
    /** A track, e.g. a sector sub-forum ("biomedicine"). */
    track: text('track'),
    roomId: uuid('room_id'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** [{ role: speaker|moderator, name, organisation?, delegationId? }] */
    people: jsonb('people').$type<SessionPerson[]>().notNull().default([]),
    capacity: integer('capacity'),
    streamed: boolean('streamed').notNull().default(false),
    /** Recorded online-viewer figure for streamed sessions (for reports). */
    onlineViewers: integer('online_viewers'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('event_sessions_event_idx').on(t.eventId, t.startsAt)],
);

export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id'),
    /** pending (awaiting approval) | confirmed | waitlisted | declined | cancelled */
    status: text('status').notNull(),
    participantType: text('participant_type').notNull(),
    /** Name and organisation name as printed on badges and agendas. */
    displayName: text('display_name').notNull(),
    organisationName: text('organisation_name'),
    country: text('country').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    interpreterNeeds: text('interpreter_needs'),
    offerListingIds: text('offer_listing_ids').array().notNull().default(sql`'{}'::text[]`),
    seekListingIds: text('seek_listing_ids').array().notNull().default(sql`'{}'::text[]`),
    /** Answers to the event's extra questions, by question id. */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /** Position on the waiting list is by this time (first come, first promoted). */
    waitlistedAt: ts('waitlisted_at'),
    decisionReason: text('decision_reason'),
    /**
     * The ticket code shown as a QR code. Kept readable (not hashed) because participants must be able to
     * show their ticket again; it grants nothing but being checked in.
     */
    ticketCode: text('ticket_code').notNull(),
    /** The secret in the participant's iCal feed URL (shown again on request, can be rotated). */
    calendarToken: text('calendar_token').notNull(),
    /** The participant's cap on scheduled meetings (null: the event default). */
    maxMeetings: integer('max_meetings'),
    /** Meeting slot ids the participant cannot attend. */
    unavailableSlotIds: text('unavailable_slot_ids').array().notNull().default(sql`'{}'::text[]`),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: uuid('checked_in_by'),
    cancelledAt: ts('cancelled_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('event_registrations_user_key').on(t.eventId, t.userId),
    uniqueIndex('event_registrations_ticket_key').on(t.ticketCode),
    uniqueIndex('event_registrations_calendar_key').on(t.calendarToken),
    index('event_registrations_status_idx').on(t.eventId, t.status, t.waitlistedAt),
    index('event_registrations_user_idx').on(t.userId),
  ],
);

/** Sessions a participant signed up for (they appear in the personal agenda). */
export const eventSessionAttendees = pgTable(
  'event_session_attendees',
  {
    eventId: uuid('event_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.registrationId] }), index('event_session_attendees_reg_idx').on(t.registrationId)],
);

/** One check-in scan (a participant may be scanned at the door on each day). */
export const eventAttendance = pgTable(
  'event_attendance',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    scannedAt: ts('scanned_at').notNull(),
    scannedBy: uuid('scanned_by'),
  },
  (t) => [uniqueIndex('event_attendance_day_key').on(t.registrationId, t.day), index('event_attendance_event_idx').on(t.eventId, t.day)],
);

export const eventDelegations = pgTable(
  'event_delegations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** country | organisation */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    country: text('country'),
    organisationId: uuid('organisation_id'),
    /** The registration that leads the delegation (may answer requests addressed to it). */
    leaderRegistrationId: uuid('leader_registration_id'),
    createdAt: createdAt(),
  },
  (t) => [index('event_delegations_event_idx').on(t.eventId)],
);

export const eventDelegationMembers = pgTable(
  'event_delegation_members',
  {
    eventId: uuid('event_id').notNull(),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => eventDelegations.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.delegationId, t.registrationId] }), index('event_delegation_members_reg_idx').on(t.registrationId)],
);

export const eventExhibitors = pgTable(
  'event_exhibitors',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    boothNumber: text('booth_number').notNull(),
    areaSqm: numeric('area_sqm', { precision: 10, scale: 2, mode: 'number' }),
    hall: text('hall'),
    listingIds: text('listing_ids').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('event_exhibitors_booth_key').on(t.eventId, t.boothNumber), index('event_exhibitors_org_idx').on(t.organisationId)],
);

/** A 1:1 meeting slot of a matchmaking day. `ordinal` orders the slots of the event (0-based). */
export const meetingSlots = pgTable(
  'meeting_slots',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** am | pm */
    session: text('session').notNull(),
  },
  (t) => [uniqueIndex('meeting_slots_ordinal_key').on(t.eventId, t.ordinal)],
);

export const meetingTables = pgTable(
  'meeting_tables',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Shown on agendas and table sheets, e.g. "12" or "B-3". */
    label: text('label').notNull(),
    location: text('location'),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('meeting_tables_label_key').on(t.eventId, t.label)],
);

/**
 * A 1:1 meeting from request to outcome: pending → accepted | declined | expired | cancelled. An accepted
 * meeting gets a draft place from the scheduler (or the organiser's hand), which publishing makes the
 * published place participants see.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id').notNull(),
    /** The registration asked (for a delegation: the member who accepted, once accepted). */
    receiverId: uuid('receiver_id'),
    delegationId: uuid('delegation_id'),
    message: text('message').notNull(),
    status: text('status').notNull(),
    declineReason: text('decline_reason'),
    declineNote: text('decline_note'),
    priority: integer('priority').notNull().default(1),
    expiresAt: ts('expires_at').notNull(),
    remindedAt: ts('reminded_at'),
    respondedAt: ts('responded_at'),
    /** The organiser pinned it to its draft place; the scheduler keeps it there. */
    fixed: boolean('fixed').notNull().default(false),
    draftSlotId: uuid('draft_slot_id'),
    draftTableId: uuid('draft_table_id'),
    slotId: uuid('slot_id'),
    tableId: uuid('table_id'),
    publishedAt: ts('published_at'),
    onlineUrl: text('online_url'),
    /** held | no_show, as each side recorded it. */
    requesterAttendance: text('requester_attendance'),
    receiverAttendance: text('receiver_attendance'),
    /** { kind: 'cooperation_intention', cooperationType, estimatedValueMinor, currency, note, by, at } */
    outcome: jsonb('outcome').$type<MeetingOutcome | null>(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_event_status_idx').on(t.eventId, t.status),
    index('meetings_requester_idx').on(t.requesterId),
    index('meetings_receiver_idx').on(t.receiverId),
    index('meetings_expiry_idx').on(t.status, t.expiresAt),
  ],
);

/** One scheduler run: queued by the organiser, run off the main thread by a job, result kept for audit. */
export const scheduleRuns = pgTable(
  'schedule_runs',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** all | unbooked */
    mode: text('mode').notNull(),
    /** queued → running → done | failed */
    status: text('status').notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    requestedBy: uuid('requested_by'),
    result: jsonb('result').$type<Record<string, unknown> | null>(),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    createdAt: createdAt(),
  },
  (t) => [index('schedule_runs_status_idx').on(t.status, t.createdAt), index('schedule_runs_event_idx').on(t.eventId, t.createdAt)],
);
