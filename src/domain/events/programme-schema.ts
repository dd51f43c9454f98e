/**
 * The programme of an event: rooms and sessions. Session times are given as a local `day` and `start`/
 * `end` wall-clock times in the event's time zone, the way organisers write a programme ("3 Dec,
 * 09:30–10:15, Hall A"); the API answers with both those and the instants they stand for.
 */
import Type, { type Static } from 'typebox';
import { LocalisedText } from './schema.js';
import { SESSION_KINDS, SESSION_ROLES } from './vocab.js';

const Strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const LOCAL_TIME = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
export const LocalTime = Type.String({ pattern: LOCAL_TIME, description: 'Local wall-clock time in the event time zone, HH:MM (24-hour)' });

export const RoomInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120, description: 'Shown on the timetable, e.g. "Hall A" or "会议室 3"' }),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Seats; sessions without their own capacity use it for sign-ups' }))),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Column order on the timetable (default: after the last room)' })),
  },
  Strict,
);
export type RoomInput = Static<typeof RoomInput>;

export const RoomPatch = Type.Object(
  {
    name: Type.Optional(RoomInput.properties.name),
    capacity: RoomInput.properties.capacity,
    position: RoomInput.properties.position,
  },
  { ...Strict, minProperties: 1 },
);
export type RoomPatch = Static<typeof RoomPatch>;

export const SessionPersonInput = Type.Object(
  {
    role: Type.Enum([...SESSION_ROLES]),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    delegationId: Type.Optional(Type.String({ format: 'uuid', description: 'The delegation the person comes with (e.g. a country presentation)' })),
  },
  Strict,
);

const SessionFields = {
  kind: Type.Enum([...SESSION_KINDS]),
  title: LocalisedText(300, 'Title (required in the event default language)'),
  description: Type.Optional(LocalisedText(5_000, 'Description')),
  track: Type.Optional(
    Nullable(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Track, e.g. a sector sub-forum: a sector code from the taxonomy (labelled in every language) or a short name',
      }),
    ),
  ),
  roomId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'A room of this event' }))),
  day: Type.String({ format: 'date', description: 'Local day (YYYY-MM-DD) in the event time zone; one of the event days' }),
  start: LocalTime,
  end: Type.String({ pattern: LOCAL_TIME, description: 'Local end time (HH:MM) on the same day, after start' }),
  people: Type.Optional(Type.Array(SessionPersonInput, { maxItems: 50, description: 'Speakers, moderators and panellists' })),
  capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Sign-up places (default: the room capacity, else unlimited)' }))),
  // No schema default: the validator would fill it into every patch and reset the flag.
  streamed: Type.Optional(Type.Boolean({ description: 'Streamed online (default false)' })),
};

export const SessionInput = Type.Object(SessionFields, Strict);
export type SessionInput = Static<typeof SessionInput>;

export const SessionPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you edited (optimistic concurrency)' }),
    kind: Type.Optional(SessionFields.kind),
    title: Type.Optional(SessionFields.title),
    description: SessionFields.description,
    track: SessionFields.track,
    roomId: SessionFields.roomId,
    day: Type.Optional(SessionFields.day),
    start: Type.Optional(SessionFields.start),
    end: Type.Optional(SessionFields.end),
    people: SessionFields.people,
    capacity: SessionFields.capacity,
    streamed: SessionFields.streamed,
  },
  { ...Strict, minProperties: 2 },
);
export type SessionPatch = Static<typeof SessionPatch>;

export const OnlineViewersInput = Type.Object(
  { count: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Online viewers of the stream, as reported by the streaming platform' }) },
  Strict,
);
export type OnlineViewersInput = Static<typeof OnlineViewersInput>;

export const ProgrammeQuery = Type.Object({ day: Type.Optional(Type.String({ format: 'date', description: 'Only sessions of this local day (YYYY-MM-DD)' })) }, Strict);
export type ProgrammeQuery = Static<typeof ProgrammeQuery>;
