import Type from 'typebox';
import * as commands from '../../domain/listings/commands.js';
import { ListingCreateBody, ListingPatch, RenewInput } from '../../domain/listings/schema.js';
import type { Stores } from '../../domain/ports.js';
import { today, type App, type AppContext } from '../context.js';
import { ListingResponse, presentListing } from '../presenters/listing.js';
import { errors, IdParams } from '../schemas.js';
import type { FastifyRequest } from 'fastify';

const tags = ['listings'];

export async function listingLifecycleRoutes(app: App, ctx: AppContext) {
  const present = async (request: FastifyRequest, s: Stores, id: string) => {
    const day = today(ctx);
    return presentListing(await commands.loadListing(s, request.actor, id, day), request.actor, day);
  };

  app.post(
    '/api/listings',
    {
      schema: {
        operationId: 'createListing',
        tags,
        summary: 'Create a listing (as a draft) for one of your organisations',
        body: ListingCreateBody,
        response: { 201: ListingResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { organisationId, ...input } = request.body;
      const listing = await ctx.uow.run(async (s) => {
        const id = await commands.createListing(s, ctx.clock, request.actor, organisationId, input);
        return present(request, s, id);
      });
      return reply.status(201).send(listing);
    },
  );

  app.patch(
    '/api/listings/:id',
    {
      schema: {
        operationId: 'updateListing',
        tags,
        summary: 'Edit a listing; send the version you edited',
        params: IdParams,
        body: ListingPatch,
        response: { 200: ListingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateListing(s, ctx.clock, request.actor, request.params.id, request.body);
        return present(request, s, request.params.id);
      }),
  );

  const transitions = [
    ['submit', 'submitListing', 'Submit a draft for moderation', commands.submitListing],
    ['withdraw', 'withdrawListing', 'Take a submitted listing back to draft', commands.withdrawListing],
    ['close', 'closeListing', 'Close a published listing', commands.closeListing],
  ] as const;
  for (const [verb, operationId, summary, command] of transitions) {
    app.post(
      `/api/listings/:id/${verb}`,
      { schema: { operationId, tags, summary, params: IdParams, response: { 200: ListingResponse, ...errors(400, 401, 403, 404, 409, 429) } } },
      async (request) =>
        ctx.uow.run(async (s) => {
          await command(s, ctx.clock, request.actor, request.params.id);
          return present(request, s, request.params.id);
        }),
    );
  }

  app.post(
    '/api/listings/:id/renew',
    {
      schema: {
        operationId: 'renewListing',
        tags,
        summary: 'Extend a published or expired listing',
        params: IdParams,
        body: Type.Optional(RenewInput),
        response: { 200: ListingResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.renewListing(s, ctx.clock, request.actor, request.params.id, request.body?.expiresAt);
        return present(request, s, request.params.id);
      }),
  );

  app.delete(
    '/api/listings/:id',
    {
      schema: { operationId: 'deleteListing', tags, summary: 'Delete a draft or rejected listing', params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => commands.deleteListing(s, ctx.clock, request.actor, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
