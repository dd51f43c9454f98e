import Type from 'typebox';
import { placeMeeting, publishSchedule, queueScheduleRun, scheduleOverview } from '../../../domain/meetings/planning.js';
import { PlaceInput, ScheduleRunInput } from '../../../domain/meetings/schema.js';
import type { ScheduleRunRecord } from '../../../domain/meetings/store.js';
import { oneMeeting } from '../../../domain/meetings/views.js';
import { eventFor } from '../../../domain/events/commands.js';
import { fail } from '../../../domain/errors.js';
import type { App, AppContext } from '../../context.js';
import { MeetingResponse, presentMeeting } from '../../presenters/meeting.js';
import { errors, IdParams } from '../../schemas.js';
import { MeetingParams, presentOne } from './meeting-requests.js';

const tags = ['meetings'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const ScheduleRunResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  mode: Type.Enum(['all', 'unbooked']),
  status: Type.Enum(['queued', 'running', 'done', 'failed']),
  timeLimitMs: Type.Integer(),
  result: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'placed, requested, breaks, fairnessGap, upperBound, solver, optimal, infeasible…' })),
  error: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
});

function presentRun(run: ScheduleRunRecord) {
  return {
    id: run.id,
    mode: run.mode,
    status: run.status,
    timeLimitMs: run.timeLimitMs,
    result: run.result,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

const ScheduleResponse = Type.Object({
  timeZone: Type.String(),
  slots: Type.Array(Type.Object({ id: Type.String(), ordinal: Type.Integer(), startsAt: Type.String(), endsAt: Type.String(), session: Type.String() })),
  tables: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), location: Nullable(Type.String()) })),
  participants: Type.Array(
    Type.Object({
      id: Type.String(),
      displayName: Type.String(),
      organisationName: Nullable(Type.String()),
      country: Type.String(),
      unavailableSlotIds: Type.Array(Type.String()),
      maxMeetings: Nullable(Type.Integer()),
    }),
  ),
  meetings: Type.Array(MeetingResponse),
  latestRun: Nullable(ScheduleRunResponse),
  quality: Type.Object({
    requested: Type.Integer(),
    placed: Type.Integer(),
    breaks: Type.Integer({ description: 'Idle slots between first and last meeting, summed over participants' }),
    idlePeriods: Type.Integer({ description: 'Runs of idle slots, summed over participants' }),
    fairnessGap: Type.Integer(),
    violations: Type.Integer({ description: 'Hard-constraint violations found by the independent checker (0 for a valid draft)' }),
  }),
  unpublishedChanges: Type.Integer(),
});

export async function meetingScheduleRoutes(app: App, ctx: AppContext) {
  const mctx = { clock: ctx.clock, publicUrl: ctx.config.publicUrl };

  app.post(
    '/api/events/:id/schedule-runs',
    {
      schema: {
        operationId: 'queueScheduleRun',
        tags,
        summary: 'Start the scheduler on accepted meetings; it runs in the background and writes a draft',
        params: IdParams,
        body: ScheduleRunInput,
        response: { 202: ScheduleRunResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const run = await ctx.uow.run(async (s) => {
        const id = await queueScheduleRun(s, request.actor, request.params.id, request.body);
        return (await s.meetings.findRun(request.params.id, id))!;
      });
      void ctx.runScheduleJobs().catch((error: unknown) => request.log.error(error));
      return reply.status(202).send(presentRun(run));
    },
  );

  app.get(
    '/api/events/:id/schedule-runs/:runId',
    {
      schema: {
        operationId: 'getScheduleRun',
        tags,
        summary: 'Progress and result of a scheduler run',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), runId: Type.String({ format: 'uuid' }) }),
        response: { 200: ScheduleRunResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const { event } = await eventFor(s, request.actor, request.params.id, 'manageMeetings');
        const run = await s.meetings.findRun(event.id, request.params.runId);
        if (!run) fail('SCHEDULE_RUN_NOT_FOUND');
        return presentRun(run);
      }),
  );

  app.get(
    '/api/events/:id/schedule',
    {
      schema: {
        operationId: 'getSchedule',
        tags,
        summary: 'Organisers: the draft and published schedule with its quality',
        params: IdParams,
        response: { 200: ScheduleResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const o = await scheduleOverview(s, request.actor, request.params.id);
        const lookups = {
          participants: new Map(o.participants.map((p) => [p.id, p])),
          delegations: new Map((await s.meetings.delegationNames(o.event.id)).map((d) => [d.id, d.name])),
          slots: new Map(o.problem.slots.map((x) => [x.id, x])),
          tables: new Map(o.problem.tables.map((t) => [t.id, t])),
        };
        return {
          timeZone: o.event.timeZone,
          slots: o.problem.slots.map((x) => ({ id: x.id, ordinal: x.ordinal, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString(), session: x.session })),
          tables: o.problem.tables.map((t) => ({ id: t.id, label: t.label, location: t.location })),
          participants: o.participants.map((p) => ({
            id: p.id,
            displayName: p.displayName,
            organisationName: p.organisationName,
            country: p.country,
            unavailableSlotIds: p.unavailableSlotIds,
            maxMeetings: p.maxMeetings,
          })),
          meetings: o.problem.meetings.map((m) => presentMeeting(m, null, true, lookups)),
          latestRun: o.latestRun ? presentRun(o.latestRun) : null,
          quality: o.quality,
          unpublishedChanges: o.unpublishedChanges,
        };
      }),
  );

  app.put(
    '/api/events/:id/meetings/:meetingId/place',
    {
      schema: {
        operationId: 'placeMeeting',
        tags,
        summary: 'Organisers: move a meeting in the draft (checked for conflicts), pin it, or take it out',
        params: MeetingParams,
        body: PlaceInput,
        response: { 200: MeetingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await placeMeeting(s, request.actor, request.params.id, request.params.meetingId, request.body);
        return presentOne(await oneMeeting(s, request.actor, request.params.id, request.params.meetingId));
      }),
  );

  app.post(
    '/api/events/:id/schedule/publish',
    {
      schema: {
        operationId: 'publishSchedule',
        tags,
        summary: 'Organisers: publish the draft; participants whose meetings changed are notified',
        params: IdParams,
        response: { 200: Type.Object({ changed: Type.Integer() }), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => ctx.uow.run((s) => publishSchedule(s, mctx, request.actor, request.params.id)),
  );
}
