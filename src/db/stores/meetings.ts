import { and, asc, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DeclineReason, MeetingStatus } from '../../domain/events/vocab.js';
import type { MeetingParticipant, MeetingRecord, MeetingStore, ScheduleRunRecord } from '../../domain/meetings/store.js';
import type { Executor } from '../client.js';
import { eventDelegationMembers, eventDelegations, eventRegistrations, eventRooms, events, eventSessionAttendees, eventSessions, meetings, meetingSlots, meetingTables, scheduleRuns, users } from '../schema.js';

const toMeeting = (row: typeof meetings.$inferSelect): MeetingRecord => ({
  ...row,
  status: row.status as MeetingStatus,
  declineReason: row.declineReason as DeclineReason | null,
  requesterAttendance: row.requesterAttendance as MeetingRecord['requesterAttendance'],
  receiverAttendance: row.receiverAttendance as MeetingRecord['receiverAttendance'],
});

const toRun = (row: typeof scheduleRuns.$inferSelect): ScheduleRunRecord => ({
  ...row,
  mode: row.mode === 'unbooked' ? 'unbooked' : 'all',
  status: row.status as ScheduleRunRecord['status'],
});

export function meetingStore(db: Executor): MeetingStore {
  const participantColumns = {
    id: eventRegistrations.id,
    eventId: eventRegistrations.eventId,
    userId: eventRegistrations.userId,
    email: users.email,
    locale: users.locale,
    status: eventRegistrations.status,
    displayName: eventRegistrations.displayName,
    organisationId: eventRegistrations.organisationId,
    organisationName: eventRegistrations.organisationName,
    country: eventRegistrations.country,
    participantType: eventRegistrations.participantType,
    maxMeetings: eventRegistrations.maxMeetings,
    unavailableSlotIds: eventRegistrations.unavailableSlotIds,
    calendarToken: eventRegistrations.calendarToken,
  };
  const selectParticipants = (where: SQL | undefined): Promise<MeetingParticipant[]> =>
    db
      .select(participantColumns)
      .from(eventRegistrations)
      .innerJoin(users, eq(users.id, eventRegistrations.userId))
      .where(where)
      .orderBy(asc(eventRegistrations.displayName), asc(eventRegistrations.id));
  const involving = (participantId: string) => or(eq(meetings.requesterId, participantId), eq(meetings.receiverId, participantId)) as SQL;

  return {
    async agendaSessions(eventId, registrationId) {
      return db
        .select({
          id: eventSessions.id,
          kind: eventSessions.kind,
          title: eventSessions.title,
          track: eventSessions.track,
          roomName: eventRooms.name,
          startsAt: eventSessions.startsAt,
          endsAt: eventSessions.endsAt,
        })
        .from(eventSessionAttendees)
        .innerJoin(eventSessions, eq(eventSessions.id, eventSessionAttendees.sessionId))
        .leftJoin(eventRooms, eq(eventRooms.id, eventSessions.roomId))
        .where(and(eq(eventSessionAttendees.eventId, eventId), eq(eventSessionAttendees.registrationId, registrationId)))
        .orderBy(asc(eventSessions.startsAt));
    },
    async slots(eventId) {
      const rows = await db.select().from(meetingSlots).where(eq(meetingSlots.eventId, eventId)).orderBy(asc(meetingSlots.ordinal));
      return rows.map((r) => ({ ...r, session: r.session === 'pm' ? 'pm' : 'am' }));
    },
    async replaceSlots(eventId, slots) {
      await db.delete(meetingSlots).where(eq(meetingSlots.eventId, eventId));
      if (slots.length) await db.insert(meetingSlots).values(slots);
    },
    async tables(eventId) {
      return db.select().from(meetingTables).where(eq(meetingTables.eventId, eventId)).orderBy(asc(meetingTables.position));
    },
    async replaceTables(eventId, tables) {
      await db.delete(meetingTables).where(eq(meetingTables.eventId, eventId));
      if (tables.length) await db.insert(meetingTables).values(tables);
    },

    async participant(eventId, registrationId) {
      const [row] = await selectParticipants(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.id, registrationId)));
      return row ?? null;
    },
    async participantByUser(eventId, userId) {
      const [row] = await selectParticipants(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
      return row ?? null;
    },
    async participants(eventId, ids) {
      if (ids.length === 0) return [];
      return selectParticipants(and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.id, ids)));
    },
    async confirmedParticipants(eventId) {
      return selectParticipants(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
    },
    async participantByCalendarToken(token) {
      const [row] = await selectParticipants(eq(eventRegistrations.calendarToken, token));
      return row ?? null;
    },
    async setParticipantMeetingSettings(eventId, registrationId, settings) {
      await db
        .update(eventRegistrations)
        .set({ ...settings, updatedAt: new Date() })
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.id, registrationId)));
    },
    async delegationIdsOf(eventId, registrationId) {
      const rows = await db
        .select({ id: eventDelegations.id })
        .from(eventDelegations)
        .leftJoin(eventDelegationMembers, eq(eventDelegationMembers.delegationId, eventDelegations.id))
        .where(and(eq(eventDelegations.eventId, eventId), or(eq(eventDelegationMembers.registrationId, registrationId), eq(eventDelegations.leaderRegistrationId, registrationId))));
      return [...new Set(rows.map((r) => r.id))];
    },
    async delegationNames(eventId) {
      return db.select({ id: eventDelegations.id, name: eventDelegations.name }).from(eventDelegations).where(eq(eventDelegations.eventId, eventId));
    },
    async delegationMembers(eventId, delegationId) {
      const [delegation] = await db
        .select()
        .from(eventDelegations)
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.id, delegationId)))
        .limit(1);
      if (!delegation) return null;
      const members = await db
        .select({ id: eventDelegationMembers.registrationId })
        .from(eventDelegationMembers)
        .where(eq(eventDelegationMembers.delegationId, delegationId));
      const ids = members.map((m) => m.id);
      if (delegation.leaderRegistrationId && !ids.includes(delegation.leaderRegistrationId)) ids.unshift(delegation.leaderRegistrationId);
      return { name: delegation.name, leaderId: delegation.leaderRegistrationId, memberIds: ids };
    },

    async insert(meeting) {
      await db.insert(meetings).values(meeting);
    },
    async find(eventId, id) {
      const [row] = await db
        .select()
        .from(meetings)
        .where(and(eq(meetings.eventId, eventId), eq(meetings.id, id)))
        .limit(1);
      return row ? toMeeting(row) : null;
    },
    async update(eventId, id, patch, expectedVersion) {
      const base = and(eq(meetings.eventId, eventId), eq(meetings.id, id));
      const where = expectedVersion === undefined ? base : and(base, eq(meetings.version, expectedVersion));
      const rows = await db
        .update(meetings)
        .set({ ...patch, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
        .where(where)
        .returning({ id: meetings.id });
      return rows.length === 1;
    },
    async list(eventId, filter = {}) {
      const conditions: SQL[] = [eq(meetings.eventId, eventId)];
      if (filter.participantId) {
        const who: SQL[] = [involving(filter.participantId)];
        // Requests addressed to a delegation reach its members until one of them accepts.
        if (filter.delegationIds?.length) who.push(and(inArray(meetings.delegationId, filter.delegationIds), isNull(meetings.receiverId)) as SQL);
        conditions.push(or(...who) as SQL);
      }
      if (filter.status?.length) conditions.push(inArray(meetings.status, filter.status));
      const rows = await db
        .select()
        .from(meetings)
        .where(and(...conditions))
        .orderBy(desc(meetings.createdAt), asc(meetings.id));
      return rows.map(toMeeting);
    },
    async openBetween(eventId, requesterId, other) {
      const open = inArray(meetings.status, ['pending', 'accepted']);
      let pair: SQL;
      if (other.delegationId) {
        pair = and(eq(meetings.requesterId, requesterId), eq(meetings.delegationId, other.delegationId)) as SQL;
      } else {
        const receiverId = other.receiverId ?? '';
        pair = or(
          and(eq(meetings.requesterId, requesterId), eq(meetings.receiverId, receiverId)),
          and(eq(meetings.requesterId, receiverId), eq(meetings.receiverId, requesterId)),
        ) as SQL;
      }
      const [row] = await db
        .select()
        .from(meetings)
        .where(and(eq(meetings.eventId, eventId), open, pair))
        .limit(1);
      return row ? toMeeting(row) : null;
    },
    async countActive(eventId, participantId) {
      const rows = await db
        .select({ status: meetings.status, n: sql<number>`count(*)::int` })
        .from(meetings)
        .where(and(eq(meetings.eventId, eventId), involving(participantId), inArray(meetings.status, ['pending', 'accepted'])))
        .groupBy(meetings.status);
      const get = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
      return { accepted: get('accepted'), pending: get('pending') };
    },
    async dueForExpiry(now, limit) {
      const rows = await db
        .select()
        .from(meetings)
        .where(and(eq(meetings.status, 'pending'), lte(meetings.expiresAt, now)))
        .orderBy(asc(meetings.expiresAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return rows.map(toMeeting);
    },
    async dueForReminder(now, limit) {
      const hours = sql<number>`coalesce((${events.meetingSettings}->>'reminderAfterHours')::int, 24)`;
      const rows = await db
        .select({ meeting: meetings, hours })
        .from(meetings)
        .innerJoin(events, eq(events.id, meetings.eventId))
        .where(
          and(
            eq(meetings.status, 'pending'),
            isNull(meetings.remindedAt),
            sql`${meetings.createdAt} + make_interval(hours => ${hours}) <= ${now.toISOString()}::timestamptz`,
            sql`${meetings.expiresAt} > ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(meetings.createdAt))
        .limit(limit)
        .for('update', { of: meetings, skipLocked: true });
      return rows.map((r) => ({ ...toMeeting(r.meeting), reminderAfterHours: r.hours }));
    },
    async publishDraft(eventId, now) {
      const changed = await db
        .update(meetings)
        .set({ slotId: meetings.draftSlotId, tableId: meetings.draftTableId, publishedAt: now, version: sql`${meetings.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(meetings.eventId, eventId),
            eq(meetings.status, 'accepted'),
            sql`(${meetings.slotId} is distinct from ${meetings.draftSlotId} or ${meetings.tableId} is distinct from ${meetings.draftTableId})`,
          ),
        )
        .returning({ id: meetings.id });
      return changed.map((r) => r.id);
    },

    async insertRun(run) {
      await db.insert(scheduleRuns).values(run);
    },
    async findRun(eventId, id) {
      const [row] = await db
        .select()
        .from(scheduleRuns)
        .where(and(eq(scheduleRuns.eventId, eventId), eq(scheduleRuns.id, id)))
        .limit(1);
      return row ? toRun(row) : null;
    },
    async latestRun(eventId) {
      const [row] = await db.select().from(scheduleRuns).where(eq(scheduleRuns.eventId, eventId)).orderBy(desc(scheduleRuns.createdAt)).limit(1);
      return row ? toRun(row) : null;
    },
    async activeRun(eventId) {
      const [row] = await db
        .select()
        .from(scheduleRuns)
        .where(and(eq(scheduleRuns.eventId, eventId), inArray(scheduleRuns.status, ['queued', 'running'])))
        .limit(1);
      return row ? toRun(row) : null;
    },
    async claimRun(now, staleBefore) {
      const [candidate] = await db
        .select({ id: scheduleRuns.id })
        .from(scheduleRuns)
        .where(or(eq(scheduleRuns.status, 'queued'), and(eq(scheduleRuns.status, 'running'), lte(scheduleRuns.startedAt, staleBefore))))
        .orderBy(asc(scheduleRuns.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!candidate) return null;
      const [row] = await db
        .update(scheduleRuns)
        .set({ status: 'running', startedAt: now, attempts: sql`${scheduleRuns.attempts} + 1` })
        .where(eq(scheduleRuns.id, candidate.id))
        .returning();
      return row ? toRun(row) : null;
    },
    async finishRun(id, outcome) {
      await db
        .update(scheduleRuns)
        .set({ status: outcome.status, result: outcome.result ?? null, error: outcome.error ?? null, finishedAt: outcome.at })
        .where(eq(scheduleRuns.id, id));
    },
    async setDraftPlaces(eventId, places) {
      // One statement per chunk: a large event writes thousands of places at once.
      for (let i = 0; i < places.length; i += 500) {
        const rows = places.slice(i, i + 500).map((p) => sql`(${p.meetingId}::uuid, ${p.slotId}::uuid, ${p.tableId}::uuid)`);
        await db.execute(sql`
          update ${meetings} set draft_slot_id = v.slot_id, draft_table_id = v.table_id, version = ${meetings.version} + 1, updated_at = now()
          from (values ${sql.join(rows, sql`, `)}) as v(id, slot_id, table_id)
          where ${meetings.id} = v.id and ${meetings.eventId} = ${eventId}`);
      }
    },
  };
}
