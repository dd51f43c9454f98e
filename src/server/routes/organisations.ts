import Type from 'typebox';
import * as commands from '../../domain/organisations/commands.js';
import { Organisation, OrganisationInput, OrganisationPatch } from '../../domain/organisations/schema.js';
import { fail } from '../../domain/errors.js';
import { ORGANISATION_TYPES } from '../../domain/shared/vocab.js';
import { CountryCode } from '../../domain/listings/schema.js';
import type { App, AppContext } from '../context.js';
import { encodeCursor } from '../cursor.js';
import { presentOrganisation } from '../presenters/organisation.js';
import { Cursor, errors, IdParams, Limit } from '../schemas.js';

const tags = ['organisations'];

function decodeNameCursor(cursor: string | undefined): { name: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) return { name, id };
  } catch {
    // fall through
  }
  fail('CURSOR_INVALID');
}

export async function organisationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        tags,
        summary: 'Browse organisations by name',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            type: Type.Optional(Type.Array(Type.Enum([...ORGANISATION_TYPES]), { maxItems: 20 })),
            country: Type.Optional(Type.Array(CountryCode, { maxItems: 50 })),
            cursor: Type.Optional(Cursor),
            limit: Type.Optional(Limit),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Organisation), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errors(400) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 20;
      const after = decodeNameCursor(request.query.cursor);
      const rows = await ctx.uow.read((s) =>
        s.organisations.list({
          ...(request.query.q ? { q: request.query.q } : {}),
          ...(request.query.type ? { type: request.query.type } : {}),
          ...(request.query.country ? { country: request.query.country } : {}),
          ...(after ? { after } : {}),
          limit: limit + 1,
        }),
      );
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items: items.map((o) => presentOrganisation(o, request.actor)),
        nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null,
      };
    },
  );

  app.post(
    '/api/organisations',
    {
      schema: { operationId: 'createOrganisation', tags, summary: 'Create an organisation; you become its administrator', body: OrganisationInput, response: { 201: Organisation, ...errors(400, 401, 403, 429) } },
    },
    async (request, reply) => {
      const org = await ctx.uow.run(async (s) => {
        const id = await commands.createOrganisation(s, ctx.clock, request.actor, request.body);
        return commands.loadOrganisation(s, id);
      });
      // The creator's new membership is part of the actor from the next request on.
      const actor = request.actor ? { ...request.actor, memberships: new Map([...request.actor.memberships, [org.id, 'admin' as const]]) } : null;
      return reply.status(201).send(presentOrganisation(org, actor));
    },
  );

  app.get(
    '/api/organisations/:id',
    { schema: { operationId: 'getOrganisation', tags, summary: 'One organisation profile', params: IdParams, response: { 200: Organisation, ...errors(400, 404) } } },
    async (request) => presentOrganisation(await ctx.uow.read((s) => commands.loadOrganisation(s, request.params.id)), request.actor),
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: { operationId: 'updateOrganisation', tags, summary: 'Edit the profile (organisation admins)', params: IdParams, body: OrganisationPatch, response: { 200: Organisation, ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request) =>
      presentOrganisation(
        await ctx.uow.run(async (s) => {
          await commands.updateOrganisation(s, request.actor, request.params.id, request.body);
          return commands.loadOrganisation(s, request.params.id);
        }),
        request.actor,
      ),
  );

  app.get(
    '/api/organisations/:id/logo',
    {
      schema: {
        operationId: 'getOrganisationLogo',
        tags,
        summary: 'The logo image',
        params: IdParams,
        response: { 200: Type.Unsafe({ description: 'PNG, JPEG or WebP image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } }), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const logo = await ctx.uow.read((s) => s.organisations.getLogo(request.params.id));
      if (!logo) fail('ORGANISATION_NOT_FOUND', { reason: 'no_logo' });
      return reply.header('content-type', logo.mime).header('cache-control', 'public, max-age=300').header('x-content-type-options', 'nosniff').send(Buffer.from(logo.image));
    },
  );

  app.put(
    '/api/organisations/:id/logo',
    {
      schema: { operationId: 'setOrganisationLogo', tags, summary: 'Upload a logo (multipart field "file": PNG, JPEG or WebP, ≤ 512 KiB)', consumes: ['multipart/form-data'], params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 413, 415, 429) } },
    },
    async (request, reply) => {
      const file = await request.file({ limits: { fileSize: commands.LOGO_MAX_BYTES + 1, files: 1 } });
      if (!file) fail('BAD_REQUEST', { reason: 'file field missing' });
      const bytes = await file.toBuffer();
      await ctx.uow.run((s) => commands.setOrganisationLogo(s, request.actor, request.params.id, file.mimetype, bytes));
      return reply.status(204).send(null);
    },
  );
}
