import Type from 'typebox';
import { MEETING_STATUSES } from '../../../domain/events/vocab.js';
import { acceptMeeting, cancelMeeting, declineMeeting, requestMeeting } from '../../../domain/meetings/requests.js';
import { DeclineInput, MeetingPatch, MeetingRequestInput } from '../../../domain/meetings/schema.js';
import { updateMeeting } from '../../../domain/meetings/outcomes.js';
import { eventMeetings, myMeetings, oneMeeting, type MeetingListView } from '../../../domain/meetings/views.js';
import type { App, AppContext } from '../../context.js';
import { MeetingResponse, presentMeeting } from '../../presenters/meeting.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['meetings'];
export const MeetingParams = Type.Object({ id: Type.String({ format: 'uuid' }), meetingId: Type.String({ format: 'uuid' }) });
const MeetingList = Type.Object({ items: Type.Array(MeetingResponse) });

export function presentList(view: MeetingListView) {
  return view.rows.map((r) => presentMeeting(r.meeting, r.side, view.staff, view));
}
export const presentOne = (view: MeetingListView) => presentList(view)[0]!;

export async function meetingRequestRoutes(app: App, ctx: AppContext) {
  const mctx = { clock: ctx.clock, publicUrl: ctx.config.publicUrl };

  app.post(
    '/api/events/:id/meetings',
    {
      schema: {
        operationId: 'requestMeeting',
        tags,
        summary: 'Ask another participant (or a delegation) for a 1:1 meeting',
        params: IdParams,
        body: MeetingRequestInput,
        response: { 201: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const meeting = await ctx.uow.run(async (s) => {
        const id = await requestMeeting(s, mctx, request.actor, request.params.id, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, id));
      });
      return reply.status(201).send(meeting);
    },
  );

  app.get(
    '/api/events/:id/meetings/mine',
    {
      schema: {
        operationId: 'listMyMeetings',
        tags,
        summary: 'Your meeting requests, sent and received',
        params: IdParams,
        response: { 200: MeetingList, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => ctx.uow.read(async (s) => ({ items: presentList(await myMeetings(s, request.actor, request.params.id)) })),
  );

  app.get(
    '/api/events/:id/meetings',
    {
      schema: {
        operationId: 'listEventMeetings',
        tags,
        summary: 'Organisers: every meeting request of the event',
        params: IdParams,
        querystring: Type.Object({ status: Type.Optional(Type.Array(Type.Enum([...MEETING_STATUSES]), { maxItems: 5 })) }, { additionalProperties: false }),
        response: { 200: MeetingList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ctx.uow.read(async (s) => ({ items: presentList(await eventMeetings(s, request.actor, request.params.id, request.query.status)) })),
  );

  app.get(
    '/api/events/:id/meetings/:meetingId',
    { schema: { operationId: 'getMeeting', tags, summary: 'One meeting', params: MeetingParams, response: { 200: MeetingResponse, ...errors(400, 401, 404) } } },
    async (request) => ctx.uow.read(async (s) => presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId))),
  );

  const answers = [
    ['accept', 'acceptMeeting', 'Accept a meeting request (for a delegation: you will attend)', acceptMeeting],
    ['cancel', 'cancelMeeting', 'Withdraw your request or cancel an accepted meeting', cancelMeeting],
  ] as const;
  for (const [verb, operationId, summary, command] of answers) {
    app.post(
      `/api/events/:id/meetings/:meetingId/${verb}`,
      { schema: { operationId, tags, summary, params: MeetingParams, response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) } } },
      async (request) =>
        ctx.uow.run(async (s) => {
          await command(s, mctx, request.actor, request.params.id, request.params.meetingId);
          return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
        }),
    );
  }

  app.post(
    '/api/events/:id/meetings/:meetingId/decline',
    {
      schema: {
        operationId: 'declineMeeting',
        tags,
        summary: 'Decline a meeting request with a reason (and a note for "other")',
        params: MeetingParams,
        body: DeclineInput,
        response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await declineMeeting(s, mctx, request.actor, request.params.id, request.params.meetingId, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
      }),
  );

  app.patch(
    '/api/events/:id/meetings/:meetingId',
    {
      schema: {
        operationId: 'updateMeeting',
        tags,
        summary: 'Set the priority (organisers) or the online link (organisers and both sides)',
        params: MeetingParams,
        body: MeetingPatch,
        response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await updateMeeting(s, request.actor, request.params.id, request.params.meetingId, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
      }),
  );
}
