/** A user's saved listing searches (CRUD; only the owner sees them). Digests: src/domain/alerts/digests.ts. */
import Type from 'typebox';
import { createSavedSearch, deleteSavedSearch, listSavedSearches, loadSavedSearch, updateSavedSearch } from '../../domain/alerts/commands.js';
import { SavedSearchInput, SavedSearchPatch } from '../../domain/alerts/schema.js';
import type { App, AppContext } from '../context.js';
import { presentSavedSearch, presentSavedSearches, SavedSearchList, SavedSearchResponse } from '../presenters/alert.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['alerts'];

export async function savedSearchRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/me/saved-searches',
    { schema: { operationId: 'listSavedSearches', tags, summary: 'My saved searches, oldest first', response: { 200: SavedSearchList, ...errors(401) } } },
    async (request) => presentSavedSearches(await ctx.uow.read((s) => listSavedSearches(s, request.actor))),
  );

  app.post(
    '/api/me/saved-searches',
    {
      schema: {
        operationId: 'createSavedSearch',
        tags,
        summary: 'Save a listings search with a name and how often new listings it finds are e-mailed',
        description: 'The filters are those of GET /api/listings (without status, sort and paging). 409 SAVED_SEARCH_LIMIT beyond the per-user maximum.',
        body: SavedSearchInput,
        response: { 201: SavedSearchResponse, ...errors(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const search = await ctx.uow.run((s) => createSavedSearch(s, ctx.clock, request.actor, request.body));
      return reply.status(201).send(presentSavedSearch(search));
    },
  );

  app.get(
    '/api/me/saved-searches/:id',
    { schema: { operationId: 'getSavedSearch', tags, summary: 'One of my saved searches', params: IdParams, response: { 200: SavedSearchResponse, ...errors(400, 401, 404) } } },
    async (request) => presentSavedSearch(await ctx.uow.read((s) => loadSavedSearch(s, request.actor, request.params.id))),
  );

  app.patch(
    '/api/me/saved-searches/:id',
    {
      schema: {
        operationId: 'updateSavedSearch',
        tags,
        summary: 'Rename a saved search, change its filters or its e-mail frequency',
        description: 'Switching e-mails on again (from off) starts from now: listings published meanwhile are not mailed.',
        params: IdParams,
        body: SavedSearchPatch,
        response: { 200: SavedSearchResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request) => presentSavedSearch(await ctx.uow.run((s) => updateSavedSearch(s, ctx.clock, request.actor, request.params.id, request.body))),
  );

  app.delete(
    '/api/me/saved-searches/:id',
    { schema: { operationId: 'deleteSavedSearch', tags, summary: 'Delete a saved search (its unsubscribe links stop working)', params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => deleteSavedSearch(s, request.actor, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
