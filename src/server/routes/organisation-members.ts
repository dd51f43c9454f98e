import Type from 'typebox';
import * as commands from '../../domain/organisations/commands.js';
import { canOnOrganisation } from '../../domain/organisations/policy.js';
import { InvitationInput } from '../../domain/organisations/schema.js';
import { ListingStatus } from '../../domain/listings/schema.js';
import { fail } from '../../domain/errors.js';
import { today, type App, type AppContext } from '../context.js';
import { decodeCursor, page } from '../cursor.js';
import { ListingResponse, presentListing } from '../presenters/listing.js';
import { Cursor, errors, IdParams, Limit } from '../schemas.js';
import { MEMBER_ROLES } from '../../domain/shared/vocab.js';

const tags = ['organisations'];

export async function organisationMemberRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/organisations/:id/listings',
    {
      schema: {
        operationId: 'listOrganisationListings',
        tags,
        summary: "All of an organisation's listings in every status (its members and platform admins)",
        params: IdParams,
        querystring: Type.Object({ status: Type.Optional(Type.Array(ListingStatus, { maxItems: 6 })), cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(ListingResponse), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 20;
      const day = today(ctx);
      const rows = await ctx.uow.read(async (s) => {
        const org = await commands.loadOrganisation(s, request.params.id);
        if (!canOnOrganisation(request.actor, 'viewMembers', org)) fail(request.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        return s.listings.listByOrganisation(org.id, request.query.status ?? null, limit + 1, decodeCursor(request.query.cursor));
      });
      const { items, nextCursor } = page(rows, limit);
      return { items: items.map((l) => presentListing(l, request.actor, day)), nextCursor };
    },
  );

  app.get(
    '/api/organisations/:id/members',
    {
      schema: {
        operationId: 'listMembers',
        tags,
        summary: 'Members of an organisation (visible to its members)',
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ userId: Type.String(), displayName: Type.String(), email: Type.String(), role: Type.Enum([...MEMBER_ROLES]), joinedAt: Type.String({ format: 'date-time' }) })),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const members = await ctx.uow.read(async (s) => {
        const org = await commands.loadOrganisation(s, request.params.id);
        if (!canOnOrganisation(request.actor, 'viewMembers', org)) fail(request.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        return s.organisations.members(org.id);
      });
      return { items: members.map((m) => ({ userId: m.userId, displayName: m.displayName, email: m.email, role: m.role, joinedAt: m.joinedAt.toISOString() })) };
    },
  );

  app.post(
    '/api/organisations/:id/invitations',
    {
      schema: {
        operationId: 'inviteMember',
        tags,
        summary: 'Invite someone by e-mail (organisation admins)',
        params: IdParams,
        body: InvitationInput,
        response: { 201: Type.Object({ id: Type.String(), email: Type.String(), role: Type.String() }), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const { invitationId } = await ctx.uow.run((s) => commands.inviteMember(s, ctx.clock, request.actor, request.params.id, request.body, ctx.config.publicUrl));
      void ctx.flushOutbox();
      return reply.status(201).send({ id: invitationId, email: request.body.email.toLowerCase(), role: request.body.role });
    },
  );

  app.delete(
    '/api/organisations/:id/members/:userId',
    {
      schema: {
        operationId: 'removeMember',
        tags,
        summary: 'Remove a member (organisation admins, or members leaving)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => commands.removeMember(s, request.actor, request.params.id, request.params.userId));
      return reply.status(204).send(null);
    },
  );
}
