/**
 * The event resource and its settings: one schema family that validates API input and demo data, types
 * the domain commands and feeds the OpenAPI document.
 */
import Type, { type Static, type TOptional, type TSchema } from 'typebox';
import { ConceptCode, ContentLanguage, CountryCode, IsoDate } from '../listings/schema.js';
import { CONTENT_LANGUAGES } from '../shared/vocab.js';
import { EVENT_KINDS, ORGANISER_ROLES, PARTICIPANT_TYPES, QUESTION_KINDS, REGISTRATION_MODES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Text = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

/** A text in several languages: `{ "en": "…", "zh-Hans": "…" }`. */
export const LocalisedText = (maxLength: number, description: string) =>
  Type.Object(Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, Type.Optional(Type.String({ maxLength }))])), {
    ...Strict,
    minProperties: 1,
    description: `${description}, by language code`,
  });
export type LocalisedTextValue = Partial<Record<(typeof CONTENT_LANGUAGES)[number], string>>;

export const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Shanghai' });
export const HttpUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });

export const RegistrationQuestion = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9_]{1,32}$', description: 'Stable key of the answer' }),
    kind: Type.Enum([...QUESTION_KINDS]),
    label: LocalisedText(300, 'The question'),
    options: Type.Optional(Type.Array(Type.Object({ value: Type.String({ pattern: '^[a-z0-9_]{1,32}$' }), label: LocalisedText(200, 'Option label') }, Strict), { maxItems: 30 })),
    required: Type.Boolean({ default: false }),
  },
  Strict,
);
export type RegistrationQuestion = Static<typeof RegistrationQuestion>;

export const RegistrationForm = Type.Object(
  {
    participantTypes: Type.Array(Type.Enum([...PARTICIPANT_TYPES]), { minItems: 1, uniqueItems: true, description: 'Types a registrant may choose' }),
    requireOrganisation: Type.Boolean({ default: false }),
    askOffersAndSeeks: Type.Boolean({ default: true, description: 'Ask which listings the participant offers and seeks' }),
    askInterpreter: Type.Boolean({ default: true }),
    questions: Type.Array(RegistrationQuestion, { maxItems: 30, default: [] }),
  },
  Strict,
);
export type RegistrationForm = Static<typeof RegistrationForm>;

export const DEFAULT_REGISTRATION_FORM: RegistrationForm = {
  participantTypes: [...PARTICIPANT_TYPES],
  requireOrganisation: false,
  askOffersAndSeeks: true,
  askInterpreter: true,
  questions: [],
};

export const MeetingSettings = Type.Object(
  {
    requestsOpen: Type.Boolean({ default: true, description: 'Participants may send meeting requests' }),
    requestExpiryHours: Type.Integer({ minimum: 1, maximum: 24 * 60, default: 72, description: 'A request not answered within this becomes expired' }),
    reminderAfterHours: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 24, description: 'Remind the receiver of an unanswered request after this' }),
    defaultMaxMeetings: Type.Integer({ minimum: 1, maximum: 100, default: 12, description: 'Per-participant cap on scheduled meetings' }),
    maxBreakDifference: Type.Integer({ minimum: 0, maximum: 50, default: 2, description: 'Fairness: most idle breaks minus fewest, at most this' }),
    scheduleTimeLimitSeconds: Type.Integer({ minimum: 1, maximum: 300, default: 10 }),
  },
  Strict,
);
export type MeetingSettings = Static<typeof MeetingSettings>;

export const DEFAULT_MEETING_SETTINGS: MeetingSettings = {
  requestsOpen: true,
  requestExpiryHours: 72,
  reminderAfterHours: 24,
  defaultMaxMeetings: 12,
  maxBreakDifference: 2,
  scheduleTimeLimitSeconds: 10,
};

const EventFields = {
  kind: Type.Enum([...EVENT_KINDS]),
  parentEventId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'The forum a sub-forum belongs to' })),
  title: LocalisedText(200, 'Title'),
  description: Type.Optional(LocalisedText(10_000, 'Description')),
  defaultLanguage: ContentLanguage,
  languages: Type.Array(ContentLanguage, { minItems: 1, uniqueItems: true, description: 'Working languages of the event' }),
  sectors: Type.Optional(Type.Array(ConceptCode, { uniqueItems: true, maxItems: 10 })),
  startsOn: IsoDate,
  endsOn: IsoDate,
  timeZone: TimeZone,
  venue: Type.Optional(Type.Union([Text(300), Type.Null()])),
  city: Type.Optional(Type.Union([Text(100), Type.Null()])),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
  onlineUrl: Type.Optional(Type.Union([HttpUrl, Type.Null()])),
  registrationMode: Type.Enum([...REGISTRATION_MODES]),
  capacity: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000 }), Type.Null()], { description: 'Confirmed places; beyond it registrants join the waiting list' })),
  registrationClosesAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  registrationForm: Type.Optional(RegistrationForm),
  meetingSettings: Type.Optional(MeetingSettings),
};

export const EventInput = Type.Object(
  { organisationId: Type.String({ format: 'uuid', description: 'The organising organisation (you must be a member)' }), ...EventFields },
  Strict,
);
export type EventInput = Static<typeof EventInput>;

/** Every field optional, for patches. */
function optionalFields<T extends Record<string, TSchema>>(fields: T): { [K in keyof T]: TOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: TOptional<T[K]> };
}

export const EventPatch = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic concurrency)' }), ...optionalFields(EventFields) },
  { ...Strict, minProperties: 2 },
);
export type EventPatch = Static<typeof EventPatch>;

export const OrganiserInput = Type.Object({ organisationId: Type.String({ format: 'uuid' }), role: Type.Enum([...ORGANISER_ROLES]) }, Strict);
export type OrganiserInput = Static<typeof OrganiserInput>;

export const EventQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum([...EVENT_KINDS])),
    when: Type.Optional(Type.Enum(['upcoming', 'past', 'all'], { default: 'upcoming' })),
    mine: Type.Optional(Type.Boolean({ description: 'Only events I organise or registered for (drafts included)' })),
    parentEventId: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  Strict,
);
export type EventQuery = Static<typeof EventQuery>;
