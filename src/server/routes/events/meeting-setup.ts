import Type from 'typebox';
import { fail } from '../../../domain/errors.js';
import { loadEvent } from '../../../domain/events/commands.js';
import { isEventStaff } from '../../../domain/events/policy.js';
import { AvailabilityInput, SlotPlanInput, TablesInput } from '../../../domain/meetings/schema.js';
import { setMeetingSlots, setMeetingTables, setMyAvailability, setParticipantAvailability } from '../../../domain/meetings/setup.js';
import type { Stores } from '../../../domain/ports.js';
import type { App, AppContext } from '../../context.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['meetings'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const MeetingSetupResponse = Type.Object({
  slots: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      ordinal: Type.Integer(),
      startsAt: Type.String({ format: 'date-time' }),
      endsAt: Type.String({ format: 'date-time' }),
      session: Type.Enum(['am', 'pm']),
    }),
  ),
  tables: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), label: Type.String(), location: Nullable(Type.String()) })),
  timeZone: Type.String(),
  /** The caller's own unavailable slots and cap (participants), null for others. */
  mine: Nullable(Type.Object({ registrationId: Type.String({ format: 'uuid' }), unavailableSlotIds: Type.Array(Type.String()), maxMeetings: Type.Integer() })),
});

async function presentSetup(s: Stores, eventId: string, actor: Parameters<typeof loadEvent>[1]) {
  const event = await loadEvent(s, actor, eventId);
  const me = actor ? await s.meetings.participantByUser(event.id, actor.userId) : null;
  const confirmed = me?.status === 'confirmed';
  if (!confirmed && !isEventStaff(actor, event)) fail(actor ? 'NOT_A_PARTICIPANT' : 'UNAUTHENTICATED');
  const [slots, tables] = await Promise.all([s.meetings.slots(event.id), s.meetings.tables(event.id)]);
  return {
    slots: slots.map((x) => ({ id: x.id, ordinal: x.ordinal, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString(), session: x.session })),
    tables: tables.map((t) => ({ id: t.id, label: t.label, location: t.location })),
    timeZone: event.timeZone,
    mine:
      me && confirmed
        ? { registrationId: me.id, unavailableSlotIds: me.unavailableSlotIds, maxMeetings: me.maxMeetings ?? event.meetingSettings.defaultMaxMeetings }
        : null,
  };
}

export async function meetingSetupRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/meeting-setup',
    {
      schema: {
        operationId: 'getMeetingSetup',
        tags,
        summary: 'Meeting slots and tables of the event (organisers and confirmed participants)',
        params: IdParams,
        response: { 200: MeetingSetupResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ctx.uow.read((s) => presentSetup(s, request.params.id, request.actor)),
  );

  app.put(
    '/api/events/:id/meeting-slots',
    {
      schema: {
        operationId: 'setMeetingSlots',
        tags,
        summary: 'Replace the meeting slots from blocks (day, start, length, count, breaks); placed meetings keep slots whose times stay',
        params: IdParams,
        body: SlotPlanInput,
        response: { 200: MeetingSetupResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await setMeetingSlots(s, request.actor, request.params.id, request.body);
        return presentSetup(s, request.params.id, request.actor);
      }),
  );

  app.put(
    '/api/events/:id/meeting-tables',
    {
      schema: {
        operationId: 'setMeetingTables',
        tags,
        summary: 'Replace the meeting tables (a table keeps its identity by label)',
        params: IdParams,
        body: TablesInput,
        response: { 200: MeetingSetupResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await setMeetingTables(s, request.actor, request.params.id, request.body);
        return presentSetup(s, request.params.id, request.actor);
      }),
  );

  app.put(
    '/api/events/:id/meeting-availability',
    {
      schema: {
        operationId: 'setMyMeetingAvailability',
        tags,
        summary: 'Mark the meeting slots you cannot attend',
        params: IdParams,
        body: AvailabilityInput,
        response: { 200: MeetingSetupResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await setMyAvailability(s, request.actor, request.params.id, request.body);
        return presentSetup(s, request.params.id, request.actor);
      }),
  );

  app.put(
    '/api/events/:id/participants/:registrationId/meeting-availability',
    {
      schema: {
        operationId: 'setParticipantMeetingAvailability',
        tags,
        summary: "Organisers: a participant's unavailable slots and meeting cap",
        params: Type.Object({ id: Type.String({ format: 'uuid' }), registrationId: Type.String({ format: 'uuid' }) }),
        body: AvailabilityInput,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => setParticipantAvailability(s, request.actor, request.params.id, request.params.registrationId, request.body));
      return reply.status(204).send(null);
    },
  );
}
