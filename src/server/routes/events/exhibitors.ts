/** Exhibitors of an event: booths assigned by its staff, the list public on published events. */
import Type from 'typebox';
import * as exhibitors from '../../../domain/events/exhibitors.js';
import { ExhibitorInput, ExhibitorPatch } from '../../../domain/events/registration-schema.js';
import type { App, AppContext } from '../../context.js';
import { ExhibitorResponse, presentExhibitor } from '../../presenters/registration.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['exhibitors'];
const ExhibitorParams = Type.Object({ id: Type.String({ format: 'uuid' }), exhibitorId: Type.String({ format: 'uuid' }) });

export async function exhibitorRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/exhibitors',
    {
      schema: {
        operationId: 'listEventExhibitors',
        tags,
        summary: 'Exhibitors with booth, hall, area and showcased listings; count and total area for reports',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(ExhibitorResponse), count: Type.Integer(), totalAreaSqm: Type.Number({ description: 'Sum of the stand areas given' }) }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => {
      const { items, totalAreaSqm } = await ctx.uow.read((s) => exhibitors.listExhibitors(s, ctx.clock, request.actor, request.params.id));
      return { items: items.map(presentExhibitor), count: items.length, totalAreaSqm };
    },
  );

  app.get(
    '/api/events/:id/exhibitors/:exhibitorId',
    { schema: { operationId: 'getEventExhibitor', tags, summary: 'One exhibitor', params: ExhibitorParams, response: { 200: ExhibitorResponse, ...errors(400, 404) } } },
    async (request) => presentExhibitor(await ctx.uow.read((s) => exhibitors.getExhibitor(s, ctx.clock, request.actor, request.params.id, request.params.exhibitorId))),
  );

  app.post(
    '/api/events/:id/exhibitors',
    {
      schema: {
        operationId: 'createEventExhibitor',
        tags,
        summary: 'Give an organisation a booth (event staff); booth numbers are unique per event (409 BOOTH_TAKEN)',
        params: IdParams,
        body: ExhibitorInput,
        response: { 201: ExhibitorResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const body = await ctx.uow.run(async (s) => {
        const id = await exhibitors.createExhibitor(s, ctx.clock, request.actor, request.params.id, request.body);
        return presentExhibitor(await exhibitors.getExhibitor(s, ctx.clock, request.actor, request.params.id, id));
      });
      return reply.status(201).send(body);
    },
  );

  app.patch(
    '/api/events/:id/exhibitors/:exhibitorId',
    {
      schema: {
        operationId: 'updateEventExhibitor',
        tags,
        summary: 'Change booth, hall, area or showcased listings (event staff)',
        params: ExhibitorParams,
        body: ExhibitorPatch,
        response: { 200: ExhibitorResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const { id, exhibitorId } = request.params;
        await exhibitors.updateExhibitor(s, ctx.clock, request.actor, id, exhibitorId, request.body);
        return presentExhibitor(await exhibitors.getExhibitor(s, ctx.clock, request.actor, id, exhibitorId));
      }),
  );

  app.delete(
    '/api/events/:id/exhibitors/:exhibitorId',
    {
      schema: { operationId: 'deleteEventExhibitor', tags, summary: 'Remove an exhibitor (event staff)', params: ExhibitorParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => exhibitors.deleteExhibitor(s, request.actor, request.params.id, request.params.exhibitorId));
      return reply.status(204).send(null);
    },
  );
}
