import Type from 'typebox';
import { moderateListing } from '../../domain/listings/commands.js';
import { ModerationInput } from '../../domain/listings/schema.js';
import { decideVerification, loadOrganisation } from '../../domain/organisations/commands.js';
import { Organisation, VerificationDecision } from '../../domain/organisations/schema.js';
import { fail } from '../../domain/errors.js';
import type { Actor } from '../../domain/ports.js';
import { today, type App, type AppContext } from '../context.js';
import { ListingResponse, presentListing } from '../presenters/listing.js';
import { presentOrganisation } from '../presenters/organisation.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['admin'];

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) fail('UNAUTHENTICATED');
  if (!actor.isPlatformAdmin) fail('FORBIDDEN');
  return actor;
}

export async function adminRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/admin/moderation',
    { schema: { operationId: 'getModerationQueue', tags, summary: 'Listings waiting for moderation, oldest first', response: { 200: Type.Object({ items: Type.Array(ListingResponse) }), ...errors(401, 403) } } },
    async (request) => {
      requireAdmin(request.actor);
      const day = today(ctx);
      const rows = await ctx.uow.read((s) => s.listings.moderationQueue(200));
      return { items: rows.map((l) => presentListing(l, request.actor, day)) };
    },
  );

  app.post(
    '/api/admin/listings/:id/moderate',
    {
      schema: { operationId: 'moderateListing', tags, summary: 'Approve, reject (with reason) or request changes (with reason)', params: IdParams, body: ModerationInput, response: { 200: ListingResponse, ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request) => {
      const day = today(ctx);
      const listing = await ctx.uow.run(async (s) => {
        await moderateListing(s, ctx.clock, request.actor, request.params.id, request.body);
        return (await s.listings.find(request.params.id)) ?? fail('LISTING_NOT_FOUND');
      });
      void ctx.flushOutbox();
      return presentListing(listing, request.actor, day);
    },
  );

  app.get(
    '/api/admin/verifications',
    { schema: { operationId: 'getVerificationQueue', tags, summary: 'Organisations waiting for verification', response: { 200: Type.Object({ items: Type.Array(Organisation) }), ...errors(401, 403) } } },
    async (request) => {
      requireAdmin(request.actor);
      const rows = await ctx.uow.read((s) => s.organisations.list({ verificationStatus: ['pending'], limit: 500 }));
      return { items: rows.map((o) => presentOrganisation(o, request.actor)) };
    },
  );

  app.post(
    '/api/admin/organisations/:id/verify',
    {
      schema: { operationId: 'verifyOrganisation', tags, summary: 'Verify an organisation or reject verification (with reason)', params: IdParams, body: VerificationDecision, response: { 200: Organisation, ...errors(400, 401, 403, 404, 429) } },
    },
    async (request) =>
      presentOrganisation(
        await ctx.uow.run(async (s) => {
          await decideVerification(s, ctx.clock, request.actor, request.params.id, request.body);
          return loadOrganisation(s, request.params.id);
        }),
        request.actor,
      ),
  );

  app.get(
    '/api/admin/outbox',
    {
      schema: {
        operationId: 'getOutbox',
        tags,
        summary: 'Outgoing mail (sent, queued, or stored when no SMTP server is configured)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                to: Type.String(),
                subject: Type.String(),
                text: Type.String(),
                status: Type.String(),
                attempts: Type.Integer(),
                lastError: Type.Union([Type.String(), Type.Null()]),
                createdAt: Type.String({ format: 'date-time' }),
                sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
              }),
            ),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      requireAdmin(request.actor);
      const rows = await ctx.uow.read((s) => s.platform.listOutbox(200));
      return { items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })) };
    },
  );
}
