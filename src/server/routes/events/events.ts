import Type from 'typebox';
import * as commands from '../../../domain/events/commands.js';
import { EventInput, EventPatch, EventQuery, OrganiserInput } from '../../../domain/events/schema.js';
import { today, type App, type AppContext } from '../../context.js';
import { EventResponse, myRegistrations, presentEvent, presentEventFor } from '../../presenters/event.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['events'];
const OrganiserParams = Type.Object({ id: Type.String({ format: 'uuid' }), organisationId: Type.String({ format: 'uuid' }) });

export async function eventRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events',
    {
      schema: {
        operationId: 'listEvents',
        tags,
        summary: 'Events: published ones, plus drafts of events you organise',
        querystring: EventQuery,
        response: { 200: Type.Object({ items: Type.Array(EventResponse) }), ...errors(400) },
      },
    },
    async (request) => {
      return ctx.uow.read(async (s) => {
        const items = await s.events.list(commands.eventListFilter(request.actor, request.query, today(ctx)));
        const mine = await myRegistrations(s, request.actor, items.map((e) => e.id));
        return { items: items.map((e) => presentEvent(e, request.actor, mine.get(e.id) ?? null)) };
      });
    },
  );

  app.get(
    '/api/events/:id',
    { schema: { operationId: 'getEvent', tags, summary: 'One event', params: IdParams, response: { 200: EventResponse, ...errors(400, 404) } } },
    async (request) => ctx.uow.read(async (s) => presentEventFor(s, await commands.loadEvent(s, request.actor, request.params.id), request.actor)),
  );

  app.post(
    '/api/events',
    {
      schema: {
        operationId: 'createEvent',
        tags,
        summary: 'Create an event (as a draft) organised by one of your organisations',
        body: EventInput,
        response: { 201: EventResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const event = await ctx.uow.run(async (s) => {
        const id = await commands.createEvent(s, ctx.clock, request.actor, request.body);
        return presentEventFor(s, await commands.loadEvent(s, request.actor, id), request.actor);
      });
      return reply.status(201).send(event);
    },
  );

  app.patch(
    '/api/events/:id',
    {
      schema: {
        operationId: 'updateEvent',
        tags,
        summary: 'Edit an event; send the version you edited',
        params: IdParams,
        body: EventPatch,
        response: { 200: EventResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateEvent(s, request.actor, request.params.id, request.body, ctx.clock, ctx.config.publicUrl);
        return presentEventFor(s, await commands.loadEvent(s, request.actor, request.params.id), request.actor);
      }),
  );

  const transitions = [
    ['publish', 'publishEvent', 'Publish a draft event (organisers)', commands.publishEvent],
    ['cancel', 'cancelEvent', 'Cancel a published event (organisers)', commands.cancelEvent],
  ] as const;
  for (const [verb, operationId, summary, command] of transitions) {
    app.post(
      `/api/events/:id/${verb}`,
      { schema: { operationId, tags, summary, params: IdParams, response: { 200: EventResponse, ...errors(400, 401, 403, 404, 409, 429) } } },
      async (request) =>
        ctx.uow.run(async (s) => {
          await command(s, request.actor, request.params.id);
          return presentEventFor(s, await commands.loadEvent(s, request.actor, request.params.id), request.actor);
        }),
    );
  }

  app.delete(
    '/api/events/:id',
    { schema: { operationId: 'deleteEvent', tags, summary: 'Delete a draft event', params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => commands.deleteEvent(s, request.actor, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/events/:id/organisers',
    {
      schema: {
        operationId: 'setEventOrganiser',
        tags,
        summary: 'Add an organising organisation or change its role',
        params: IdParams,
        body: OrganiserInput,
        response: { 200: EventResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.setOrganiser(s, request.actor, request.params.id, request.body);
        return presentEventFor(s, await commands.loadEvent(s, request.actor, request.params.id), request.actor);
      }),
  );

  app.delete(
    '/api/events/:id/organisers/:organisationId',
    {
      schema: {
        operationId: 'removeEventOrganiser',
        tags,
        summary: 'Remove an organising organisation (one organiser must remain)',
        params: OrganiserParams,
        response: { 200: EventResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.removeOrganiser(s, request.actor, request.params.id, request.params.organisationId);
        return presentEventFor(s, await commands.loadEvent(s, request.actor, request.params.id), request.actor);
      }),
  );
}
