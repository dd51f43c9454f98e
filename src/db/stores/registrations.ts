import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type {
  DelegationRecord,
  DelegationView,
  ExhibitorRecord,
  RegistrationAnswer,
  RegistrationCounts,
  RegistrationFilter,
  RegistrationStore,
  RegistrationView,
} from '../../domain/events/registration-store.js';
import { REGISTRATION_STATUSES, type ParticipantType, type RegistrationStatus } from '../../domain/events/vocab.js';
import { queryRows, type Executor } from '../client.js';
import { eventAttendance, eventDelegationMembers, eventDelegations, eventExhibitors, eventRegistrations, events, organisations, users } from '../schema.js';

const r = eventRegistrations;
const viewColumns = {
  id: r.id,
  eventId: r.eventId,
  userId: r.userId,
  organisationId: r.organisationId,
  status: r.status,
  participantType: r.participantType,
  displayName: r.displayName,
  organisationName: r.organisationName,
  country: r.country,
  languages: r.languages,
  interpreterNeeds: r.interpreterNeeds,
  offerListingIds: r.offerListingIds,
  seekListingIds: r.seekListingIds,
  answers: r.answers,
  waitlistedAt: r.waitlistedAt,
  decisionReason: r.decisionReason,
  ticketCode: r.ticketCode,
  calendarToken: r.calendarToken,
  maxMeetings: r.maxMeetings,
  unavailableSlotIds: r.unavailableSlotIds,
  checkedInAt: r.checkedInAt,
  checkedInBy: r.checkedInBy,
  cancelledAt: r.cancelledAt,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  email: users.email,
  locale: users.locale,
};

type ViewRow = Omit<RegistrationView, 'status' | 'participantType' | 'answers'> & { status: string; participantType: string; answers: Record<string, unknown> };

const toView = (row: ViewRow): RegistrationView => ({
  ...row,
  status: row.status as RegistrationStatus,
  participantType: row.participantType as ParticipantType,
  answers: row.answers as Record<string, RegistrationAnswer>,
});

/** `%word%` for ILIKE with the pattern characters of the word taken literally. */
const contains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function registrationStore(db: Executor): RegistrationStore {
  const select = () => db.select(viewColumns).from(r).innerJoin(users, eq(users.id, r.userId));

  async function membersOf(delegationIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!delegationIds.length) return out;
    const rows = await db
      .select({ delegationId: eventDelegationMembers.delegationId, registrationId: eventDelegationMembers.registrationId })
      .from(eventDelegationMembers)
      .innerJoin(r, eq(r.id, eventDelegationMembers.registrationId))
      .where(inArray(eventDelegationMembers.delegationId, delegationIds))
      .orderBy(asc(r.displayName), asc(r.id));
    for (const row of rows) out.set(row.delegationId, [...(out.get(row.delegationId) ?? []), row.registrationId]);
    return out;
  }

  async function delegationViews(rows: Array<typeof eventDelegations.$inferSelect>): Promise<DelegationView[]> {
    const members = await membersOf(rows.map((d) => d.id));
    return rows.map((d) => {
      const ids = members.get(d.id) ?? [];
      // The leader comes first, so callers addressing the delegation find them without a second look-up.
      const ordered = d.leaderRegistrationId && ids.includes(d.leaderRegistrationId) ? [d.leaderRegistrationId, ...ids.filter((id) => id !== d.leaderRegistrationId)] : ids;
      return { ...d, kind: d.kind as DelegationRecord['kind'], memberRegistrationIds: ordered };
    });
  }

  const exhibitorSelect = () =>
    db
      .select({
        id: eventExhibitors.id,
        eventId: eventExhibitors.eventId,
        organisationId: eventExhibitors.organisationId,
        boothNumber: eventExhibitors.boothNumber,
        areaSqm: eventExhibitors.areaSqm,
        hall: eventExhibitors.hall,
        listingIds: eventExhibitors.listingIds,
        createdAt: eventExhibitors.createdAt,
        organisationName: organisations.name,
        organisationCountry: organisations.country,
      })
      .from(eventExhibitors)
      .innerJoin(organisations, eq(organisations.id, eventExhibitors.organisationId));

  return {
    async lockEvent(eventId) {
      await db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('update');
    },

    async insertRegistration(registration) {
      await db.insert(r).values(registration);
    },
    async updateRegistration(eventId, id, patch, expectedVersion) {
      const base = and(eq(r.eventId, eventId), eq(r.id, id));
      const rows = await db
        .update(r)
        .set({ ...patch, version: sql`${r.version} + 1`, updatedAt: new Date() })
        .where(expectedVersion === undefined ? base : and(base, eq(r.version, expectedVersion)))
        .returning({ id: r.id });
      return rows.length === 1;
    },
    async findRegistration(eventId, registrationId) {
      const [row] = await select()
        .where(and(eq(r.eventId, eventId), eq(r.id, registrationId)))
        .limit(1);
      return row ? toView(row) : null;
    },
    async findRegistrationByUser(eventId, userId) {
      const [row] = await select()
        .where(and(eq(r.eventId, eventId), eq(r.userId, userId)))
        .limit(1);
      return row ? toView(row) : null;
    },
    async findRegistrationByTicket(eventId, ticketCode) {
      const [row] = await select()
        .where(and(eq(r.eventId, eventId), eq(r.ticketCode, ticketCode)))
        .limit(1);
      return row ? toView(row) : null;
    },
    async listRegistrations(eventId, filter: RegistrationFilter = {}) {
      const c: SQL[] = [eq(r.eventId, eventId)];
      const statuses = typeof filter.status === 'string' ? [filter.status] : (filter.status ?? []);
      if (statuses.length) c.push(inArray(r.status, statuses));
      if (filter.participantType?.length) c.push(inArray(r.participantType, filter.participantType));
      if (filter.country?.length) c.push(inArray(r.country, filter.country));
      for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
        const fields = [ilike(r.displayName, contains(word)), ilike(r.organisationName, contains(word))];
        if (filter.includeEmailInSearch) fields.push(ilike(users.email, contains(word)));
        c.push(or(...fields) as SQL);
      }
      const rows = await select()
        .where(and(...c))
        .orderBy(asc(sql`lower(${r.displayName})`), asc(r.id));
      return rows.map(toView);
    },
    async registrationsByIds(eventId, ids) {
      if (!ids.length) return [];
      const rows = await select().where(and(eq(r.eventId, eventId), inArray(r.id, ids)));
      return rows.map(toView);
    },
    async countsByStatus(eventId) {
      const rows = await db
        .select({ status: r.status, n: sql<number>`count(*)::int` })
        .from(r)
        .where(eq(r.eventId, eventId))
        .groupBy(r.status);
      const counts = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as RegistrationCounts;
      for (const row of rows) counts[row.status as RegistrationStatus] = Number(row.n);
      return counts;
    },
    async waitlist(eventId, limit) {
      const rows = await select()
        .where(and(eq(r.eventId, eventId), eq(r.status, 'waitlisted')))
        .orderBy(asc(r.waitlistedAt), asc(r.createdAt), asc(r.id))
        .limit(limit);
      return rows.map(toView);
    },
    async waitlistPosition(eventId, registrationId) {
      const [row] = await queryRows<{ position: number }>(
        db,
        sql`SELECT position FROM (
              SELECT id, row_number() OVER (ORDER BY waitlisted_at, created_at, id)::int AS position
              FROM ${r} WHERE event_id = ${eventId} AND status = 'waitlisted'
            ) w WHERE id = ${registrationId}`,
      );
      return row ? Number(row.position) : null;
    },

    async insertAttendance(attendance) {
      const rows = await db.insert(eventAttendance).values(attendance).onConflictDoNothing().returning({ id: eventAttendance.id });
      return rows.length === 1;
    },
    async attendance(eventId) {
      return db.select().from(eventAttendance).where(eq(eventAttendance.eventId, eventId)).orderBy(asc(eventAttendance.day), asc(eventAttendance.scannedAt));
    },

    async insertDelegation(delegation) {
      await db.insert(eventDelegations).values(delegation);
    },
    async updateDelegation(eventId, id, patch) {
      const rows = await db
        .update(eventDelegations)
        .set(patch)
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.id, id)))
        .returning({ id: eventDelegations.id });
      return rows.length === 1;
    },
    async deleteDelegation(eventId, id) {
      const rows = await db
        .delete(eventDelegations)
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.id, id)))
        .returning({ id: eventDelegations.id });
      return rows.length === 1;
    },
    async findDelegation(eventId, id) {
      const rows = await db
        .select()
        .from(eventDelegations)
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.id, id)))
        .limit(1);
      return (await delegationViews(rows))[0] ?? null;
    },
    async listDelegations(eventId) {
      const rows = await db.select().from(eventDelegations).where(eq(eventDelegations.eventId, eventId)).orderBy(asc(eventDelegations.name), asc(eventDelegations.id));
      return delegationViews(rows);
    },
    async setDelegationMembers(eventId, delegationId, registrationIds) {
      await db.delete(eventDelegationMembers).where(and(eq(eventDelegationMembers.eventId, eventId), eq(eventDelegationMembers.delegationId, delegationId)));
      if (registrationIds.length) {
        await db.insert(eventDelegationMembers).values(registrationIds.map((registrationId) => ({ eventId, delegationId, registrationId })));
      }
    },
    async delegationsOf(eventId, registrationId) {
      const rows = await db
        .select({ d: eventDelegations })
        .from(eventDelegations)
        .innerJoin(eventDelegationMembers, eq(eventDelegationMembers.delegationId, eventDelegations.id))
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegationMembers.registrationId, registrationId)))
        .orderBy(asc(eventDelegations.name));
      return delegationViews(rows.map((row) => row.d));
    },
    async removeFromDelegations(eventId, registrationId) {
      await db.delete(eventDelegationMembers).where(and(eq(eventDelegationMembers.eventId, eventId), eq(eventDelegationMembers.registrationId, registrationId)));
      await db
        .update(eventDelegations)
        .set({ leaderRegistrationId: null })
        .where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.leaderRegistrationId, registrationId)));
    },

    async insertExhibitor(exhibitor) {
      await db.insert(eventExhibitors).values(exhibitor);
    },
    async updateExhibitor(eventId, id, patch) {
      const rows = await db
        .update(eventExhibitors)
        .set(patch)
        .where(and(eq(eventExhibitors.eventId, eventId), eq(eventExhibitors.id, id)))
        .returning({ id: eventExhibitors.id });
      return rows.length === 1;
    },
    async deleteExhibitor(eventId, id) {
      const rows = await db
        .delete(eventExhibitors)
        .where(and(eq(eventExhibitors.eventId, eventId), eq(eventExhibitors.id, id)))
        .returning({ id: eventExhibitors.id });
      return rows.length === 1;
    },
    async findExhibitor(eventId, id) {
      const [row] = await exhibitorSelect()
        .where(and(eq(eventExhibitors.eventId, eventId), eq(eventExhibitors.id, id)))
        .limit(1);
      return row ?? null;
    },
    async findExhibitorByBooth(eventId, boothNumber): Promise<ExhibitorRecord | null> {
      const [row] = await db
        .select()
        .from(eventExhibitors)
        .where(and(eq(eventExhibitors.eventId, eventId), eq(eventExhibitors.boothNumber, boothNumber)))
        .limit(1);
      return row ?? null;
    },
    async listExhibitors(eventId) {
      return exhibitorSelect()
        .where(eq(eventExhibitors.eventId, eventId))
        .orderBy(asc(sql`coalesce(${eventExhibitors.hall}, '')`), asc(eventExhibitors.boothNumber), asc(eventExhibitors.id));
    },
  };
}
