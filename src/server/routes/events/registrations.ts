/** A participant's own registration: register, see and edit it, the QR ticket, cancelling. */
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import Type from 'typebox';
import * as registrations from '../../../domain/events/registrations.js';
import { DecisionInput, RegistrationInput, RegistrationPatch } from '../../../domain/events/registration-schema.js';
import type { Actor, Stores } from '../../../domain/ports.js';
import type { App, AppContext } from '../../context.js';
import { presentRegistration, RegistrationResponse } from '../../presenters/registration.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['registrations'];

/** For routes whose body is all optional: a POST without any body counts as `{}`. */
export async function bodyDefaultsToEmpty(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

export const RegistrationParams = Type.Object({ id: Type.String({ format: 'uuid' }), registrationId: Type.String({ format: 'uuid' }) });

/** Loads the registration as the caller may see it (own or staff) and presents it. */
export async function presentRegistrationFor(s: Stores, actor: Actor | null, eventId: string, registrationId: string) {
  const { event, registration } = await registrations.loadRegistration(s, actor, eventId, registrationId);
  const position = registration.status === 'waitlisted' ? await s.registrations.waitlistPosition(eventId, registration.id) : null;
  return presentRegistration(registration, event, actor, position);
}

export async function registrationRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/events/:id/registrations',
    {
      schema: {
        operationId: 'registerForEvent',
        tags,
        summary: 'Register for a published event',
        description:
          "Checked against the event's registration form (400 REGISTRATION_FORM_INVALID with one detail per field). " +
          'Open events confirm while places are free, then waitlist; approval events start pending. A cancelled registration may register again.',
        params: IdParams,
        body: RegistrationInput,
        response: { 201: RegistrationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const body = await ctx.uow.run(async (s) => {
        const id = await registrations.registerForEvent(s, ctx.clock, request.actor, request.params.id, request.body, ctx.config.publicUrl);
        return presentRegistrationFor(s, request.actor, request.params.id, id);
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/events/:id/registrations/me',
    {
      schema: {
        operationId: 'getMyRegistration',
        tags,
        summary: 'Your registration: status, waiting-list place, ticket code and calendar feed path',
        params: IdParams,
        response: { 200: RegistrationResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const { registration } = await registrations.loadMyRegistration(s, request.actor, request.params.id);
        return presentRegistrationFor(s, request.actor, request.params.id, registration.id);
      }),
  );

  app.patch(
    '/api/events/:id/registrations/me',
    {
      schema: {
        operationId: 'updateMyRegistration',
        tags,
        summary: 'Edit your answers, languages, interpretation needs and listings; send the version you edited',
        params: IdParams,
        body: RegistrationPatch,
        response: { 200: RegistrationResponse, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const id = await registrations.updateMyRegistration(s, ctx.clock, request.actor, request.params.id, request.body);
        return presentRegistrationFor(s, request.actor, request.params.id, id);
      }),
  );

  app.get(
    '/api/events/:id/registrations/me/ticket.svg',
    {
      schema: {
        operationId: 'getMyTicketQrCode',
        tags,
        summary: 'Your ticket as a QR code (SVG), for confirmed registrations',
        params: IdParams,
        response: {
          200: Type.Unsafe({ description: 'The ticket code as a QR code', content: { 'image/svg+xml': { schema: { type: 'string' } } } }),
          ...errors(400, 401, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const ticketCode = await ctx.uow.read((s) => registrations.loadMyTicketCode(s, request.actor, request.params.id));
      const svg = await QRCode.toString(ticketCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').header('cache-control', 'private, no-store').send(svg);
    },
  );

  app.post(
    '/api/events/:id/registrations/me/calendar-token',
    {
      schema: {
        operationId: 'rotateMyCalendarToken',
        tags,
        summary: 'Replace the secret in your calendar feed link (the old link stops working)',
        params: IdParams,
        response: { 200: RegistrationResponse, ...errors(400, 401, 404, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const id = await registrations.rotateCalendarToken(s, request.actor, request.params.id);
        return presentRegistrationFor(s, request.actor, request.params.id, id);
      }),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/cancel',
    {
      preValidation: bodyDefaultsToEmpty,
      schema: {
        operationId: 'cancelRegistration',
        tags,
        summary: 'Cancel a registration (your own, or any as organiser); the place goes to the waiting list',
        params: RegistrationParams,
        body: DecisionInput,
        response: { 200: RegistrationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const { id, registrationId } = request.params;
        await registrations.cancelRegistration(s, ctx.clock, request.actor, id, registrationId, request.body, ctx.config.publicUrl);
        return presentRegistrationFor(s, request.actor, id, registrationId);
      }),
  );
}
