/**
 * Who takes part: the organisers' registration list, export and decisions; the participants directory;
 * the event marketplace of the listings participants and exhibitors bring.
 */
import Type from 'typebox';
import { eventMarketplace, participantDirectory, staffRegistrationList } from '../../../domain/events/registration-directory.js';
import * as registrations from '../../../domain/events/registrations.js';
import { DecisionInput, ParticipantQuery, RegistrationExportQuery, RegistrationListQuery } from '../../../domain/events/registration-schema.js';
import { today, type App, type AppContext } from '../../context.js';
import { page } from '../../cursor.js';
import { ListingResponse, presentListing } from '../../presenters/listing.js';
import {
  MarketplaceSourceSchema,
  ParticipantResponse,
  presentCounts,
  presentParticipant,
  presentRegistration,
  registrationSheet,
  RegistrationListResponse,
  RegistrationResponse,
} from '../../presenters/registration.js';
import { errors, IdParams } from '../../schemas.js';
import { CSV_MIME, writeCsv, writeXlsx, XLSX_MIME } from '../../spreadsheets.js';
import { ListingSearchQuery, toListingQuery } from '../listings.js';
import { bodyDefaultsToEmpty, presentRegistrationFor, RegistrationParams } from './registrations.js';

const tags = ['registrations'];

const { type, sector, keyword, country, q, sort, cursor, limit } = ListingSearchQuery.properties;
const MarketplaceQuery = Type.Object({ type, sector, keyword, country, q, sort, cursor, limit }, { additionalProperties: false });

export async function participantRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/registrations',
    {
      schema: {
        operationId: 'listEventRegistrations',
        tags,
        summary: 'All registrations with counts per status (event staff)',
        params: IdParams,
        querystring: RegistrationListQuery,
        response: { 200: RegistrationListResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const list = await staffRegistrationList(s, request.actor, request.params.id, request.query);
        return {
          items: list.items.map((r) => presentRegistration(r, list.event, request.actor, list.waitlistPositions.get(r.id) ?? null)),
          ...presentCounts(list.counts, list.event.capacity),
        };
      }),
  );

  app.get(
    '/api/events/:id/registrations/export',
    {
      schema: {
        operationId: 'exportEventRegistrations',
        tags,
        summary: 'Download the registrations as CSV or XLSX, one column per form question (event staff)',
        params: IdParams,
        querystring: RegistrationExportQuery,
        response: {
          200: Type.Unsafe({ description: 'One registration per row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const list = await ctx.uow.read((s) => staffRegistrationList(s, request.actor, request.params.id, filters));
      const table = registrationSheet(list.event, list.items, list.waitlistPositions);
      const file = format === 'xlsx' ? await writeXlsx('Registrations', table) : writeCsv(table);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="registrations-${request.params.id}-${today(ctx)}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  app.get(
    '/api/events/:id/registrations/:registrationId',
    {
      schema: {
        operationId: 'getEventRegistration',
        tags,
        summary: 'One registration (its registrant and the event staff)',
        params: RegistrationParams,
        response: { 200: RegistrationResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => ctx.uow.read((s) => presentRegistrationFor(s, request.actor, request.params.id, request.params.registrationId)),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/approve',
    {
      schema: {
        operationId: 'approveRegistration',
        tags,
        summary: 'Approve a pending (or declined) registration: confirmed while places are free, else waitlisted (event staff)',
        params: RegistrationParams,
        response: { 200: RegistrationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const { id, registrationId } = request.params;
        await registrations.approveRegistration(s, ctx.clock, request.actor, id, registrationId, ctx.config.publicUrl);
        return presentRegistrationFor(s, request.actor, id, registrationId);
      }),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/decline',
    {
      preValidation: bodyDefaultsToEmpty,
      schema: {
        operationId: 'declineRegistration',
        tags,
        summary: 'Decline a pending or waitlisted registration; the reason is required and mailed (event staff)',
        params: RegistrationParams,
        body: DecisionInput,
        response: { 200: RegistrationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const { id, registrationId } = request.params;
        await registrations.declineRegistration(s, ctx.clock, request.actor, id, registrationId, request.body, ctx.config.publicUrl);
        return presentRegistrationFor(s, request.actor, id, registrationId);
      }),
  );

  app.get(
    '/api/events/:id/participants',
    {
      schema: {
        operationId: 'listEventParticipants',
        tags,
        summary: 'The participants directory: confirmed participants (for confirmed participants and event staff)',
        description: 'Never shows e-mail addresses. Listings appear as far as you may see them; anonymous listings never among offers.',
        params: IdParams,
        querystring: ParticipantQuery,
        response: { 200: Type.Object({ items: Type.Array(ParticipantResponse), total: Type.Integer() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const entries = await ctx.uow.read((s) => participantDirectory(s, ctx.clock, request.actor, request.params.id, request.query));
      return { items: entries.map(presentParticipant), total: entries.length };
    },
  );

  app.get(
    '/api/events/:id/marketplace',
    {
      schema: {
        operationId: 'searchEventMarketplace',
        tags: ['events', 'listings'],
        summary: "The event's marketplace: published listings its confirmed participants offer or seek and its exhibitors show",
        params: IdParams,
        querystring: MarketplaceQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ listing: ListingResponse, sources: MarketplaceSourceSchema })),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
            total: Type.Integer(),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => {
      const size = request.query.limit ?? 20;
      const day = today(ctx);
      const query = toListingQuery(request.query, request.actor, day, size + 1, false);
      const result = await ctx.uow.read((s) => eventMarketplace(s, request.actor, request.params.id, query));
      const { items, nextCursor } = page(result.rows, size);
      return { items: items.map((l) => ({ listing: presentListing(l, request.actor, day), sources: result.sources.get(l.id) ?? [] })), nextCursor, total: result.total };
    },
  );
}
