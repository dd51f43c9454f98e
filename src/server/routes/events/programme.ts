/** The programme of an event (read) and its rooms. Sessions are in programme-sessions.ts. */
import Type from 'typebox';
import * as programme from '../../../domain/events/programme.js';
import { ProgrammeQuery, RoomInput, RoomPatch } from '../../../domain/events/programme-schema.js';
import type { Actor, Stores } from '../../../domain/ports.js';
import type { App, AppContext } from '../../context.js';
import { myRegistrations } from '../../presenters/event.js';
import { presentProgramme, presentRoom, ProgrammeResponse, RoomResponse } from '../../presenters/programme.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['events'];
const RoomParams = Type.Object({ id: Type.String({ format: 'uuid' }), roomId: Type.String({ format: 'uuid' }) });

async function presentRoomOf(s: Stores, actor: Actor | null, eventId: string, roomId: string) {
  return presentRoom(await programme.loadRoom(s, actor, eventId, roomId));
}

export async function programmeRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/programme',
    {
      schema: {
        operationId: 'getEventProgramme',
        tags,
        summary: 'The event with its rooms and sessions (with sign-up counts); `day` narrows to one local day',
        params: IdParams,
        querystring: ProgrammeQuery,
        response: { 200: ProgrammeResponse, ...errors(400, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const loaded = await programme.loadProgramme(s, request.actor, request.params.id, request.query.day);
        return presentProgramme(loaded, request.actor, (await myRegistrations(s, request.actor, [loaded.event.id])).get(loaded.event.id) ?? null);
      }),
  );

  app.get(
    '/api/events/:id/rooms',
    { schema: { operationId: 'listEventRooms', tags, summary: 'Rooms of the event, in timetable order', params: IdParams, response: { 200: Type.Object({ items: Type.Array(RoomResponse) }), ...errors(400, 404) } } },
    async (request) =>
      ctx.uow.read(async (s) => ({ items: (await programme.loadRooms(s, request.actor, request.params.id)).map(presentRoom) })),
  );

  app.post(
    '/api/events/:id/rooms',
    {
      schema: {
        operationId: 'createEventRoom',
        tags,
        summary: 'Add a room (organisers and co-organisers)',
        params: IdParams,
        body: RoomInput,
        response: { 201: RoomResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const room = await ctx.uow.run(async (s) => {
        const id = await programme.createRoom(s, request.actor, request.params.id, request.body);
        return presentRoomOf(s, request.actor, request.params.id, id);
      });
      return reply.status(201).send(room);
    },
  );

  app.patch(
    '/api/events/:id/rooms/:roomId',
    {
      schema: {
        operationId: 'updateEventRoom',
        tags,
        summary: 'Rename a room, change its capacity or position',
        params: RoomParams,
        body: RoomPatch,
        response: { 200: RoomResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await programme.updateRoom(s, request.actor, request.params.id, request.params.roomId, request.body);
        return presentRoomOf(s, request.actor, request.params.id, request.params.roomId);
      }),
  );

  app.delete(
    '/api/events/:id/rooms/:roomId',
    {
      schema: {
        operationId: 'deleteEventRoom',
        tags,
        summary: 'Remove a room; its sessions stay in the programme without a room',
        params: RoomParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => programme.deleteRoom(s, request.actor, request.params.id, request.params.roomId));
      return reply.status(204).send(null);
    },
  );
}
