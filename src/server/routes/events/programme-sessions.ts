/** Sessions of an event's programme: edits by organisers, sign-ups by participants, viewer figures. */
import Type from 'typebox';
import * as programme from '../../../domain/events/programme.js';
import { OnlineViewersInput, SessionInput, SessionPatch } from '../../../domain/events/programme-schema.js';
import type { Actor, Stores } from '../../../domain/ports.js';
import type { App, AppContext } from '../../context.js';
import { presentSession, SessionResponse } from '../../presenters/programme.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['events'];
const SessionParams = Type.Object({ id: Type.String({ format: 'uuid' }), sessionId: Type.String({ format: 'uuid' }) });

async function present(s: Stores, actor: Actor | null, eventId: string, sessionId: string) {
  const loaded = await programme.loadSession(s, actor, eventId, sessionId);
  return presentSession(loaded.session, loaded);
}

export async function programmeSessionRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/sessions/:sessionId',
    { schema: { operationId: 'getEventSession', tags, summary: 'One session of the programme', params: SessionParams, response: { 200: SessionResponse, ...errors(400, 404) } } },
    async (request) => ctx.uow.read((s) => present(s, request.actor, request.params.id, request.params.sessionId)),
  );

  app.post(
    '/api/events/:id/sessions',
    {
      schema: {
        operationId: 'createEventSession',
        tags,
        summary: 'Add a session: local `day`, `start` and `end` in the event time zone; `conflicts` lists room double-bookings',
        params: IdParams,
        body: SessionInput,
        response: { 201: SessionResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await ctx.uow.run(async (s) => {
        const id = await programme.createSession(s, request.actor, request.params.id, request.body);
        return present(s, request.actor, request.params.id, id);
      });
      return reply.status(201).send(session);
    },
  );

  app.patch(
    '/api/events/:id/sessions/:sessionId',
    {
      schema: {
        operationId: 'updateEventSession',
        tags,
        summary: 'Edit a session; send the version you edited',
        params: SessionParams,
        body: SessionPatch,
        response: { 200: SessionResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await programme.updateSession(s, request.actor, request.params.id, request.params.sessionId, request.body);
        return present(s, request.actor, request.params.id, request.params.sessionId);
      }),
  );

  app.delete(
    '/api/events/:id/sessions/:sessionId',
    {
      schema: { operationId: 'deleteEventSession', tags, summary: 'Remove a session (and its sign-ups)', params: SessionParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => programme.deleteSession(s, request.actor, request.params.id, request.params.sessionId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/events/:id/sessions/:sessionId/attendance',
    {
      schema: {
        operationId: 'signUpForEventSession',
        tags,
        summary: 'Sign up for a session with your confirmed registration (idempotent); 409 SESSION_FULL when no place is left',
        params: SessionParams,
        response: { 200: SessionResponse, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await programme.signUpForSession(s, request.actor, request.params.id, request.params.sessionId);
        return present(s, request.actor, request.params.id, request.params.sessionId);
      }),
  );

  app.delete(
    '/api/events/:id/sessions/:sessionId/attendance',
    {
      schema: {
        operationId: 'withdrawFromEventSession',
        tags,
        summary: 'Withdraw your sign-up for a session (idempotent)',
        params: SessionParams,
        response: { 200: SessionResponse, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await programme.withdrawFromSession(s, request.actor, request.params.id, request.params.sessionId);
        return present(s, request.actor, request.params.id, request.params.sessionId);
      }),
  );

  app.put(
    '/api/events/:id/sessions/:sessionId/online-viewers',
    {
      schema: {
        operationId: 'recordEventSessionViewers',
        tags,
        summary: 'Record how many watched a streamed session online (organisers; for reports)',
        params: SessionParams,
        body: OnlineViewersInput,
        response: { 200: SessionResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await programme.recordOnlineViewers(s, request.actor, request.params.id, request.params.sessionId, request.body);
        return present(s, request.actor, request.params.id, request.params.sessionId);
      }),
  );
}
