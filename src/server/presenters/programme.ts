import Type from 'typebox';
import { canOnEvent } from '../../domain/events/policy.js';
import { effectiveCapacity, eventDays, localSlot, roomConflicts, type Programme } from '../../domain/events/programme.js';
import type { EventRoom, EventSessionRecord } from '../../domain/events/store.js';
import { SESSION_KINDS, SESSION_ROLES } from '../../domain/events/vocab.js';
import type { Actor } from '../../domain/ports.js';
import { EventResponse, type MyRegistration, presentEvent } from './event.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Localised = Type.Record(Type.String(), Type.String(), { description: 'Text by language code' });
const Day = Type.String({ format: 'date', description: 'Local day in the event time zone' });
const Time = Type.String({ description: 'Local time HH:MM in the event time zone' });

export const RoomResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  capacity: Nullable(Type.Integer()),
  position: Type.Integer(),
});

export const SessionResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  eventId: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...SESSION_KINDS]),
  title: Localised,
  description: Localised,
  track: Nullable(Type.String()),
  roomId: Nullable(Type.String({ format: 'uuid' })),
  day: Day,
  start: Time,
  end: Time,
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  people: Type.Array(
    Type.Object({
      role: Type.Enum([...SESSION_ROLES]),
      name: Type.String(),
      organisation: Type.Optional(Type.String()),
      delegationId: Type.Optional(Type.String({ format: 'uuid' })),
    }),
  ),
  capacity: Nullable(Type.Integer({ description: "The session's own capacity as set" })),
  effectiveCapacity: Nullable(Type.Integer({ description: 'Sign-up places: own capacity, else the room capacity; null is unlimited' })),
  attendeeCount: Type.Integer({ description: 'Confirmed participants signed up' }),
  placesLeft: Nullable(Type.Integer({ description: 'null when unlimited' })),
  attending: Type.Boolean({ description: 'The caller signed up for it' }),
  streamed: Type.Boolean(),
  onlineViewers: Nullable(Type.Integer({ description: 'Recorded online-viewer figure of a streamed session' })),
  version: Type.Integer(),
  conflicts: Type.Array(
    Type.Object({ sessionId: Type.String({ format: 'uuid' }), title: Localised, day: Day, start: Time, end: Time }),
    { description: 'Other sessions in the same room at overlapping times (a warning; the programme still accepts them)' },
  ),
});

export const ProgrammeResponse = Type.Object({
  event: EventResponse,
  days: Type.Array(Day, { description: 'Every day of the event' }),
  rooms: Type.Array(RoomResponse),
  sessions: Type.Array(SessionResponse),
  abilities: Type.Object({
    manageProgramme: Type.Boolean(),
    signUp: Type.Boolean({ description: 'The caller has a confirmed registration and may sign up for sessions' }),
  }),
});

export function presentRoom(room: EventRoom) {
  return { id: room.id, name: room.name, capacity: room.capacity, position: room.position };
}

export function presentSession(session: EventSessionRecord, programme: Programme) {
  const timeZone = programme.event.timeZone;
  const capacity = effectiveCapacity(session, programme.rooms);
  const attendeeCount = programme.attendeeCounts.get(session.id) ?? 0;
  return {
    id: session.id,
    eventId: session.eventId,
    kind: session.kind,
    title: session.title,
    description: session.description,
    track: session.track,
    roomId: session.roomId,
    ...localSlot(session, timeZone),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    people: session.people.map((p) => ({
      role: p.role,
      name: p.name,
      ...(p.organisation ? { organisation: p.organisation } : {}),
      ...(p.delegationId ? { delegationId: p.delegationId } : {}),
    })),
    capacity: session.capacity,
    effectiveCapacity: capacity,
    attendeeCount,
    placesLeft: capacity === null ? null : Math.max(0, capacity - attendeeCount),
    attending: programme.attending.has(session.id),
    streamed: session.streamed,
    onlineViewers: session.onlineViewers,
    version: session.version,
    conflicts: roomConflicts(session, programme.allSessions).map((c) => ({ sessionId: c.id, title: c.title, ...localSlot(c, timeZone) })),
  };
}

export function presentProgramme(programme: Programme, actor: Actor | null, myRegistration: MyRegistration) {
  return {
    event: presentEvent(programme.event, actor, myRegistration),
    days: eventDays(programme.event),
    rooms: programme.rooms.map(presentRoom),
    sessions: programme.sessions.map((s) => presentSession(s, programme)),
    abilities: { manageProgramme: canOnEvent(actor, 'manageProgramme', programme.event), signUp: programme.canSignUp },
  };
}
