import Type from 'typebox';
import { agendaByCalendarToken, agendaToICalendar, meetingICalendar, myAgenda, type Agenda } from '../../../domain/meetings/agenda.js';
import { recordAttendance, recordOutcome } from '../../../domain/meetings/outcomes.js';
import { AttendanceInput, OutcomeInput } from '../../../domain/meetings/schema.js';
import { oneMeeting } from '../../../domain/meetings/views.js';
import { ContentLanguage } from '../../../domain/listings/schema.js';
import type { App, AppContext } from '../../context.js';
import { MeetingResponse } from '../../presenters/meeting.js';
import { errors, IdParams } from '../../schemas.js';
import { MeetingParams, presentOne } from './meeting-requests.js';

const tags = ['meetings'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const ICS = 'text/calendar; charset=utf-8';

const AgendaResponse = Type.Object({
  eventId: Type.String({ format: 'uuid' }),
  timeZone: Type.String(),
  participant: Type.Object({ id: Type.String(), displayName: Type.String(), organisationName: Nullable(Type.String()) }),
  /** Path of the participant's secret iCal feed (subscribe to it in a calendar app). */
  calendarFeedPath: Type.String(),
  items: Type.Array(
    Type.Object({
      kind: Type.Enum(['session', 'meeting']),
      id: Type.String(),
      startsAt: Type.String({ format: 'date-time' }),
      endsAt: Type.String({ format: 'date-time' }),
      title: Type.String(),
      location: Nullable(Type.String()),
      tableLabel: Nullable(Type.String()),
      onlineUrl: Nullable(Type.String()),
      sessionKind: Nullable(Type.String()),
      with: Nullable(Type.Object({ id: Type.String(), displayName: Type.String(), organisationName: Nullable(Type.String()), country: Type.String() })),
    }),
  ),
});

function presentAgenda(agenda: Agenda) {
  return {
    eventId: agenda.event.id,
    timeZone: agenda.event.timeZone,
    participant: { id: agenda.participant.id, displayName: agenda.participant.displayName, organisationName: agenda.participant.organisationName },
    calendarFeedPath: `/api/calendar/${agenda.participant.calendarToken}.ics`,
    items: agenda.items.map((i) => ({ ...i, startsAt: i.startsAt.toISOString(), endsAt: i.endsAt.toISOString() })),
  };
}

export async function agendaRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/agenda',
    {
      schema: {
        operationId: 'getMyAgenda',
        tags,
        summary: 'Your personal agenda: sessions you signed up for and your published meetings',
        params: IdParams,
        querystring: Type.Object({ lang: Type.Optional(ContentLanguage) }, { additionalProperties: false }),
        response: { 200: AgendaResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => ctx.uow.read(async (s) => presentAgenda(await myAgenda(s, request.actor, request.params.id, request.query.lang))),
  );

  app.get(
    '/api/events/:id/agenda.ics',
    {
      schema: {
        operationId: 'downloadMyAgenda',
        tags,
        summary: 'Your agenda as an iCalendar file',
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: Type.String({ description: 'RFC 5545 iCalendar' }), ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const agenda = await ctx.uow.read((s) => myAgenda(s, request.actor, request.params.id));
      return reply
        .type(ICS)
        .header('content-disposition', 'attachment; filename="innox-agenda.ics"')
        .send(agendaToICalendar(agenda, ctx.clock, ctx.config.publicUrl));
    },
  );

  app.get(
    '/api/calendar/:feed',
    {
      schema: {
        operationId: 'calendarFeed',
        tags,
        summary: "A participant's agenda feed; the URL's secret is the only credential (for calendar apps)",
        params: Type.Object({ feed: Type.String({ pattern: '^[A-Za-z0-9_-]{16,100}\\.ics$' }) }),
        produces: ['text/calendar'],
        response: { 200: Type.String({ description: 'RFC 5545 iCalendar' }), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const agenda = await ctx.uow.read((s) => agendaByCalendarToken(s, request.params.feed.replace(/\.ics$/, '')));
      return reply.type(ICS).header('cache-control', 'private, max-age=300').send(agendaToICalendar(agenda, ctx.clock, ctx.config.publicUrl));
    },
  );

  app.get(
    '/api/events/:id/meetings/:meetingId/ics',
    {
      schema: {
        operationId: 'downloadMeetingICalendar',
        tags,
        summary: 'One published meeting as an iCalendar file',
        params: MeetingParams,
        produces: ['text/calendar'],
        response: { 200: Type.String({ description: 'RFC 5545 iCalendar' }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const ics = await ctx.uow.read((s) => meetingICalendar(s, ctx.clock, ctx.config.publicUrl, request.actor, request.params.id, request.params.meetingId));
      return reply.type(ICS).header('content-disposition', `attachment; filename="innox-meeting-${request.params.meetingId.slice(0, 8)}.ics"`).send(ics);
    },
  );

  app.put(
    '/api/events/:id/meetings/:meetingId/attendance',
    {
      schema: {
        operationId: 'recordMeetingAttendance',
        tags,
        summary: 'Either side: the meeting was held, or the other side did not show up',
        params: MeetingParams,
        body: AttendanceInput,
        response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await recordAttendance(s, request.actor, request.params.id, request.params.meetingId, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
      }),
  );

  app.put(
    '/api/events/:id/meetings/:meetingId/outcome',
    {
      schema: {
        operationId: 'recordMeetingOutcome',
        tags,
        summary: 'Either side, after a held meeting: record a cooperation intention (type, estimated value); it creates or advances the deal between the two organisations',
        params: MeetingParams,
        body: OutcomeInput,
        response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await recordOutcome(s, { clock: ctx.clock, reportingCurrency: ctx.config.reportingCurrency }, request.actor, request.params.id, request.params.meetingId, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
      }),
  );
}
