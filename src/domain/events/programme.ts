/** Commands on an event's programme: rooms, sessions, sign-ups for sessions, online-viewer figures. */
import { randomUUID } from 'node:crypto';
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import { eventFor, loadEvent } from './commands.js';
import type { OnlineViewersInput, RoomInput, RoomPatch, SessionInput, SessionPatch } from './programme-schema.js';
import type { EventRecord, EventRoom, EventSessionRecord, EventView, SessionPerson } from './store.js';
import { localDay, localTime, zonedTimeToInstant } from './time.js';

/** A session's place in the event's own calendar: local day and wall-clock times in its time zone. */
export interface LocalSlot {
  day: string;
  start: string;
  end: string;
}

export function localSlot(session: Pick<EventSessionRecord, 'startsAt' | 'endsAt'>, timeZone: string): LocalSlot {
  return { day: localDay(session.startsAt, timeZone), start: localTime(session.startsAt, timeZone), end: localTime(session.endsAt, timeZone) };
}

/** Every day of the event, in order (YYYY-MM-DD). */
export function eventDays(event: Pick<EventRecord, 'startsOn' | 'endsOn'>): string[] {
  const days: string[] = [];
  for (let d = new Date(`${event.startsOn}T00:00:00Z`); d.toISOString().slice(0, 10) <= event.endsOn; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Turns a local slot into instants; it must lie within the event's days and end after it starts. */
function slotInstants(event: EventRecord, slot: LocalSlot): { startsAt: Date; endsAt: Date } {
  if (slot.day < event.startsOn || slot.day > event.endsOn) {
    fail('SESSION_OUTSIDE_EVENT', [{ path: '/day', message: `must be between ${event.startsOn} and ${event.endsOn}` }]);
  }
  if (slot.end <= slot.start) fail('INVALID_RANGE', [{ path: '/end', message: 'must be after start' }]);
  return { startsAt: zonedTimeToInstant(slot.day, slot.start, event.timeZone), endsAt: zonedTimeToInstant(slot.day, slot.end, event.timeZone) };
}

/** Sessions in the same room whose times overlap this one's: a warning for the organiser, not a refusal. */
export function roomConflicts(session: Pick<EventSessionRecord, 'id' | 'roomId' | 'startsAt' | 'endsAt'>, sessions: EventSessionRecord[]): EventSessionRecord[] {
  if (!session.roomId) return [];
  return sessions.filter((s) => s.id !== session.id && s.roomId === session.roomId && s.startsAt < session.endsAt && session.startsAt < s.endsAt);
}

/** Places for sign-ups: the session's own capacity, else its room's, else unlimited (null). */
export function effectiveCapacity(session: Pick<EventSessionRecord, 'capacity' | 'roomId'>, rooms: EventRoom[]): number | null {
  return session.capacity ?? rooms.find((r) => r.id === session.roomId)?.capacity ?? null;
}

function assertTitle(event: EventRecord, title: SessionInput['title']): void {
  if (!title[event.defaultLanguage as keyof typeof title]?.trim()) {
    fail('VALIDATION_FAILED', [{ path: `/title/${event.defaultLanguage}`, message: 'the title must be given in the event default language' }]);
  }
}

async function assertRoom(stores: Stores, eventId: string, roomId: string | null | undefined): Promise<void> {
  if (!roomId) return;
  if (!(await stores.events.rooms(eventId)).some((r) => r.id === roomId)) fail('ROOM_NOT_FOUND', [{ path: '/roomId', message: 'not a room of this event' }]);
}

/** A person may come with a delegation; it must be one of this event's. */
async function assertDelegations(stores: Stores, eventId: string, list: SessionInput['people']): Promise<void> {
  for (const [i, person] of (list ?? []).entries()) {
    if (person.delegationId && !(await stores.registrations.findDelegation(eventId, person.delegationId))) {
      fail('DELEGATION_NOT_FOUND', [{ path: `/people/${i}/delegationId`, message: 'not a delegation of this event' }]);
    }
  }
}

const people = (list: SessionInput['people']): SessionPerson[] =>
  (list ?? []).map((p) => ({
    role: p.role,
    name: p.name.trim(),
    ...(p.organisation ? { organisation: p.organisation.trim() } : {}),
    ...(p.delegationId ? { delegationId: p.delegationId } : {}),
  }));

// ---------------------------------------------------------------------------------------------------
// Rooms

async function assertRoomName(stores: Stores, eventId: string, name: string, selfId?: string): Promise<void> {
  const taken = (await stores.events.rooms(eventId)).some((r) => r.id !== selfId && r.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (taken) fail('VALIDATION_FAILED', [{ path: '/name', message: 'the event already has a room of this name' }]);
}

export async function createRoom(stores: Stores, actor: Actor | null, eventId: string, input: RoomInput): Promise<string> {
  await eventFor(stores, actor, eventId, 'manageProgramme');
  await assertRoomName(stores, eventId, input.name);
  const rooms = await stores.events.rooms(eventId);
  const id = randomUUID();
  const position = input.position ?? rooms.reduce((max, r) => Math.max(max, r.position + 1), 0);
  await stores.events.insertRoom({ id, eventId, name: input.name.trim(), capacity: input.capacity ?? null, position });
  return id;
}

export async function updateRoom(stores: Stores, actor: Actor | null, eventId: string, roomId: string, patch: RoomPatch): Promise<void> {
  await eventFor(stores, actor, eventId, 'manageProgramme');
  const room = (await stores.events.rooms(eventId)).find((r) => r.id === roomId) ?? fail('ROOM_NOT_FOUND');
  if (patch.name !== undefined) await assertRoomName(stores, eventId, patch.name, roomId);
  await stores.events.updateRoom({
    ...room,
    name: patch.name?.trim() ?? room.name,
    capacity: patch.capacity === undefined ? room.capacity : patch.capacity,
    position: patch.position ?? room.position,
  });
}

/** Sessions in a deleted room stay in the programme without a room. */
export async function deleteRoom(stores: Stores, actor: Actor | null, eventId: string, roomId: string): Promise<void> {
  await eventFor(stores, actor, eventId, 'manageProgramme');
  if (!(await stores.events.deleteRoom(eventId, roomId))) fail('ROOM_NOT_FOUND');
}

// ---------------------------------------------------------------------------------------------------
// Sessions

export async function createSession(stores: Stores, actor: Actor | null, eventId: string, input: SessionInput): Promise<string> {
  const { event, actor: a } = await eventFor(stores, actor, eventId, 'manageProgramme');
  assertTitle(event, input.title);
  const times = slotInstants(event, input);
  await assertRoom(stores, eventId, input.roomId);
  await assertDelegations(stores, eventId, input.people);
  const id = randomUUID();
  await stores.events.insertSession({
    id,
    eventId,
    kind: input.kind,
    title: input.title,
    description: input.description ?? {},
    track: input.track?.trim() || null,
    roomId: input.roomId ?? null,
    ...times,
    people: people(input.people),
    capacity: input.capacity ?? null,
    streamed: input.streamed ?? false,
    onlineViewers: null,
  });
  await stores.platform.audit({ actorId: a.userId, action: 'event.session_created', subjectType: 'event', subjectId: eventId, details: { sessionId: id } });
  return id;
}

export async function updateSession(stores: Stores, actor: Actor | null, eventId: string, sessionId: string, patch: SessionPatch): Promise<void> {
  const { event, actor: a } = await eventFor(stores, actor, eventId, 'manageProgramme');
  const session = (await stores.events.findSession(eventId, sessionId)) ?? fail('EVENT_SESSION_NOT_FOUND');
  const { version, day, start, end, people: persons, ...fields } = patch;
  if (fields.title) assertTitle(event, fields.title);
  await assertRoom(stores, eventId, fields.roomId);
  await assertDelegations(stores, eventId, persons);
  const update: Parameters<Stores['events']['updateSession']>[2] = { ...fields };
  if (fields.track !== undefined) update.track = fields.track?.trim() || null;
  if (persons !== undefined) update.people = people(persons);
  if (day !== undefined || start !== undefined || end !== undefined) {
    const current = localSlot(session, event.timeZone);
    Object.assign(update, slotInstants(event, { day: day ?? current.day, start: start ?? current.start, end: end ?? current.end }));
  }
  if (!(await stores.events.updateSession(eventId, sessionId, update, version))) {
    const now = await stores.events.findSession(eventId, sessionId);
    fail('VERSION_CONFLICT', { currentVersion: now?.version });
  }
  await stores.platform.audit({ actorId: a.userId, action: 'event.session_updated', subjectType: 'event', subjectId: eventId, details: { sessionId } });
}

export async function deleteSession(stores: Stores, actor: Actor | null, eventId: string, sessionId: string): Promise<void> {
  const { actor: a } = await eventFor(stores, actor, eventId, 'manageProgramme');
  if (!(await stores.events.deleteSession(eventId, sessionId))) fail('EVENT_SESSION_NOT_FOUND');
  await stores.platform.audit({ actorId: a.userId, action: 'event.session_deleted', subjectType: 'event', subjectId: eventId, details: { sessionId } });
}

export async function recordOnlineViewers(stores: Stores, actor: Actor | null, eventId: string, sessionId: string, input: OnlineViewersInput): Promise<void> {
  await eventFor(stores, actor, eventId, 'manageProgramme');
  const session = (await stores.events.findSession(eventId, sessionId)) ?? fail('EVENT_SESSION_NOT_FOUND');
  if (!session.streamed) fail('INVALID_TRANSITION', { reason: 'the session is not streamed' });
  await stores.events.setOnlineViewers(eventId, sessionId, input.count);
}

// ---------------------------------------------------------------------------------------------------
// Sign-ups

/** The caller's registration for the event, if any (any status). */
async function registrationOf(stores: Stores, actor: Actor, eventId: string) {
  return stores.registrations.findRegistrationByUser(eventId, actor.userId);
}

/**
 * Signs the caller's confirmed registration up for a session. The session row is locked first, so two
 * sign-ups for the last place cannot both count the same free seat.
 */
export async function signUpForSession(stores: Stores, actor: Actor | null, eventId: string, sessionId: string): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  const event = await loadEvent(stores, actor, eventId);
  if (event.status !== 'published') fail('INVALID_TRANSITION', { status: event.status });
  const session = (await stores.events.lockSession(eventId, sessionId)) ?? fail('EVENT_SESSION_NOT_FOUND');
  const registration = await registrationOf(stores, actor, eventId);
  if (!registration || registration.status !== 'confirmed') fail('NOT_A_PARTICIPANT');
  if ((await stores.events.sessionsAttendedBy(eventId, registration.id)).includes(sessionId)) return;
  const capacity = effectiveCapacity(session, await stores.events.rooms(eventId));
  const taken = (await stores.events.sessionAttendeeCounts(eventId)).get(sessionId) ?? 0;
  if (capacity !== null && taken >= capacity) fail('SESSION_FULL', { capacity });
  await stores.events.addSessionAttendee(eventId, sessionId, registration.id);
}

export async function withdrawFromSession(stores: Stores, actor: Actor | null, eventId: string, sessionId: string): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  await loadEvent(stores, actor, eventId);
  if (!(await stores.events.findSession(eventId, sessionId))) fail('EVENT_SESSION_NOT_FOUND');
  const registration = await registrationOf(stores, actor, eventId);
  if (!registration) fail('NOT_A_PARTICIPANT');
  await stores.events.removeSessionAttendee(eventId, sessionId, registration.id);
}

// ---------------------------------------------------------------------------------------------------
// Reading

export async function loadRooms(stores: Stores, actor: Actor | null, eventId: string): Promise<EventRoom[]> {
  await loadEvent(stores, actor, eventId);
  return stores.events.rooms(eventId);
}

export async function loadRoom(stores: Stores, actor: Actor | null, eventId: string, roomId: string): Promise<EventRoom> {
  return (await loadRooms(stores, actor, eventId)).find((r) => r.id === roomId) ?? fail('ROOM_NOT_FOUND');
}

export interface Programme {
  event: EventView;
  rooms: EventRoom[];
  sessions: EventSessionRecord[];
  /** Every session of the event (for room conflicts), even when `sessions` is one day's. */
  allSessions: EventSessionRecord[];
  attendeeCounts: Map<string, number>;
  /** Sessions the caller signed up for. */
  attending: Set<string>;
  /** The caller has a confirmed registration and may sign up for sessions. */
  canSignUp: boolean;
}

export async function loadProgramme(stores: Stores, actor: Actor | null, eventId: string, day?: string): Promise<Programme> {
  const event = await loadEvent(stores, actor, eventId);
  const rooms = await stores.events.rooms(eventId);
  const allSessions = await stores.events.sessions(eventId);
  const attendeeCounts = await stores.events.sessionAttendeeCounts(eventId);
  const registration = actor ? await registrationOf(stores, actor, eventId) : null;
  const attending = new Set(registration ? await stores.events.sessionsAttendedBy(eventId, registration.id) : []);
  const sessions = day ? allSessions.filter((s) => localDay(s.startsAt, event.timeZone) === day) : allSessions;
  const canSignUp = event.status === 'published' && registration?.status === 'confirmed';
  return { event, rooms, sessions, allSessions, attendeeCounts, attending, canSignUp };
}

/** One session with what its presenter needs, after a write. */
export async function loadSession(stores: Stores, actor: Actor | null, eventId: string, sessionId: string): Promise<Programme & { session: EventSessionRecord }> {
  const programme = await loadProgramme(stores, actor, eventId);
  const session = programme.allSessions.find((s) => s.id === sessionId) ?? fail('EVENT_SESSION_NOT_FOUND');
  return { ...programme, session };
}
