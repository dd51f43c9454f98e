import { and, asc, desc, eq, exists, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { MeetingSettings, RegistrationForm } from '../../domain/events/schema.js';
import type { EventOrganiser, EventRecord, EventSessionRecord, EventStore, EventView} from '../../domain/events/store.js';
import type { EventKind, EventStatus, OrganiserRole, RegistrationMode, SessionKind } from '../../domain/events/vocab.js';
import type { Executor } from '../client.js';
import { eventOrganisers, eventRegistrations, eventRooms, events, eventSessionAttendees, eventSessions, organisations } from '../schema.js';

const toRecord = (row: typeof events.$inferSelect): EventRecord => ({
  ...row,
  kind: row.kind as EventKind,
  status: row.status as EventStatus,
  registrationMode: row.registrationMode as RegistrationMode,
  registrationForm: row.registrationForm as RegistrationForm,
  meetingSettings: row.meetingSettings as MeetingSettings,
});

const toSession = (row: typeof eventSessions.$inferSelect): EventSessionRecord => ({
  ...row,
  kind: row.kind as SessionKind,
});

export function eventStore(db: Executor): EventStore {
  async function organisersOf(eventIds: string[]): Promise<Map<string, EventOrganiser[]>> {
    const out = new Map<string, EventOrganiser[]>();
    if (eventIds.length === 0) return out;
    const rows = await db
      .select({ eventId: eventOrganisers.eventId, organisationId: eventOrganisers.organisationId, role: eventOrganisers.role, name: organisations.name })
      .from(eventOrganisers)
      .innerJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
      .where(inArray(eventOrganisers.eventId, eventIds))
      .orderBy(asc(eventOrganisers.createdAt), asc(organisations.name));
    for (const r of rows) {
      const list = out.get(r.eventId) ?? [];
      list.push({ organisationId: r.organisationId, organisationName: r.name, role: r.role as OrganiserRole });
      out.set(r.eventId, list);
    }
    return out;
  }
  const withOrganisers = async (rows: Array<typeof events.$inferSelect>): Promise<EventView[]> => {
    const orgs = await organisersOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...toRecord(r), organisers: orgs.get(r.id) ?? [] }));
  };

  return {
    async insert(event) {
      await db.insert(events).values(event);
    },
    async find(id) {
      const rows = await db.select().from(events).where(eq(events.id, id)).limit(1);
      return (await withOrganisers(rows))[0] ?? null;
    },
    async update(id, patch, expectedVersion) {
      const where = expectedVersion === undefined ? eq(events.id, id) : and(eq(events.id, id), eq(events.version, expectedVersion));
      const rows = await db
        .update(events)
        .set({ ...patch, version: sql`${events.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: events.id });
      return rows.length === 1;
    },
    async delete(id) {
      await db.delete(events).where(eq(events.id, id));
    },
    async list(filter) {
      const conditions: SQL[] = [];
      const organisedBy = (orgIds: string[]) =>
        exists(
          db
            .select({ one: sql`1` })
            .from(eventOrganisers)
            .where(and(eq(eventOrganisers.eventId, events.id), inArray(eventOrganisers.organisationId, orgIds))),
        );
      const visible: SQL[] = [ne(events.status, 'draft')];
      if (filter.includeAllDrafts) visible.push(sql`true`);
      if (filter.organiserOrganisationIds.length) visible.push(organisedBy(filter.organiserOrganisationIds));
      conditions.push(or(...visible) as SQL);
      if (filter.kind) conditions.push(eq(events.kind, filter.kind));
      if (filter.parentEventId) conditions.push(eq(events.parentEventId, filter.parentEventId));
      if (filter.when === 'upcoming') conditions.push(gte(events.endsOn, filter.today));
      if (filter.when === 'past') conditions.push(lt(events.endsOn, filter.today));
      if (filter.mineForUserId) {
        const mine: SQL[] = [
          exists(
            db
              .select({ one: sql`1` })
              .from(eventRegistrations)
              .where(and(eq(eventRegistrations.eventId, events.id), eq(eventRegistrations.userId, filter.mineForUserId), ne(eventRegistrations.status, 'cancelled'))),
          ),
        ];
        if (filter.organiserOrganisationIds.length) mine.push(organisedBy(filter.organiserOrganisationIds));
        conditions.push(or(...mine) as SQL);
      }
      const order = filter.when === 'past' ? [desc(events.startsOn), asc(events.id)] : [asc(events.startsOn), asc(events.id)];
      const rows = await db
        .select()
        .from(events)
        .where(and(...conditions))
        .orderBy(...order)
        .limit(filter.limit);
      return withOrganisers(rows);
    },
    async setOrganiser(eventId, organisationId, role) {
      await db
        .insert(eventOrganisers)
        .values({ eventId, organisationId, role })
        .onConflictDoUpdate({ target: [eventOrganisers.eventId, eventOrganisers.organisationId], set: { role } });
    },
    async removeOrganiser(eventId, organisationId) {
      await db.delete(eventOrganisers).where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.organisationId, organisationId)));
    },

    async rooms(eventId) {
      return db.select().from(eventRooms).where(eq(eventRooms.eventId, eventId)).orderBy(asc(eventRooms.position), asc(eventRooms.name));
    },
    async insertRoom(room) {
      await db.insert(eventRooms).values(room);
    },
    async updateRoom(room) {
      await db
        .update(eventRooms)
        .set({ name: room.name, capacity: room.capacity, position: room.position })
        .where(and(eq(eventRooms.eventId, room.eventId), eq(eventRooms.id, room.id)));
    },
    async deleteRoom(eventId, roomId) {
      await db.update(eventSessions).set({ roomId: null }).where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.roomId, roomId)));
      const rows = await db
        .delete(eventRooms)
        .where(and(eq(eventRooms.eventId, eventId), eq(eventRooms.id, roomId)))
        .returning({ id: eventRooms.id });
      return rows.length === 1;
    },

    async sessions(eventId) {
      const rows = await db.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
      return rows.map(toSession);
    },
    async findSession(eventId, sessionId) {
      const [row] = await db
        .select()
        .from(eventSessions)
        .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, sessionId)))
        .limit(1);
      return row ? toSession(row) : null;
    },
    async insertSession(session) {
      await db.insert(eventSessions).values(session);
    },
    async updateSession(eventId, sessionId, patch, expectedVersion) {
      const base = and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, sessionId));
      const where = expectedVersion === undefined ? base : and(base, eq(eventSessions.version, expectedVersion));
      const rows = await db
        .update(eventSessions)
        .set({ ...patch, version: sql`${eventSessions.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: eventSessions.id });
      return rows.length === 1;
    },
    async deleteSession(eventId, sessionId) {
      const rows = await db
        .delete(eventSessions)
        .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, sessionId)))
        .returning({ id: eventSessions.id });
      return rows.length === 1;
    },
    async lockSession(eventId, sessionId) {
      const [row] = await db
        .select()
        .from(eventSessions)
        .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, sessionId)))
        .for('update');
      return row ? toSession(row) : null;
    },
    async setOnlineViewers(eventId, sessionId, count) {
      const rows = await db
        .update(eventSessions)
        .set({ onlineViewers: count, updatedAt: new Date() })
        .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.id, sessionId)))
        .returning({ id: eventSessions.id });
      return rows.length === 1;
    },

    async sessionAttendeeCounts(eventId) {
      const rows = await db
        .select({ sessionId: eventSessionAttendees.sessionId, count: sql<number>`count(*)::int` })
        .from(eventSessionAttendees)
        .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventSessionAttendees.registrationId))
        .where(and(eq(eventSessionAttendees.eventId, eventId), eq(eventRegistrations.status, 'confirmed')))
        .groupBy(eventSessionAttendees.sessionId);
      return new Map(rows.map((r) => [r.sessionId, Number(r.count)]));
    },
    async sessionsAttendedBy(eventId, registrationId) {
      const rows = await db
        .select({ sessionId: eventSessionAttendees.sessionId })
        .from(eventSessionAttendees)
        .where(and(eq(eventSessionAttendees.eventId, eventId), eq(eventSessionAttendees.registrationId, registrationId)));
      return rows.map((r) => r.sessionId);
    },
    async addSessionAttendee(eventId, sessionId, registrationId) {
      const rows = await db
        .insert(eventSessionAttendees)
        .values({ eventId, sessionId, registrationId })
        .onConflictDoNothing()
        .returning({ sessionId: eventSessionAttendees.sessionId });
      return rows.length === 1;
    },
    async removeSessionAttendee(eventId, sessionId, registrationId) {
      const rows = await db
        .delete(eventSessionAttendees)
        .where(and(eq(eventSessionAttendees.eventId, eventId), eq(eventSessionAttendees.sessionId, sessionId), eq(eventSessionAttendees.registrationId, registrationId)))
        .returning({ sessionId: eventSessionAttendees.sessionId });
      return rows.length === 1;
    },
  };
}
