/** Delegations of an event: managed by its staff, read by staff and confirmed participants. */
import Type from 'typebox';
import * as delegations from '../../../domain/events/delegations.js';
import { DelegationInput, DelegationPatch } from '../../../domain/events/registration-schema.js';
import type { App, AppContext } from '../../context.js';
import { DelegationResponse, presentDelegation } from '../../presenters/registration.js';
import { errors, IdParams } from '../../schemas.js';

const tags = ['delegations'];
const DelegationParams = Type.Object({ id: Type.String({ format: 'uuid' }), delegationId: Type.String({ format: 'uuid' }) });

export async function delegationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/delegations',
    {
      schema: {
        operationId: 'listEventDelegations',
        tags,
        summary: 'Delegations with their members (confirmed participants and event staff)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(DelegationResponse) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: (await ctx.uow.read((s) => delegations.listDelegations(s, request.actor, request.params.id))).map(presentDelegation) }),
  );

  app.get(
    '/api/events/:id/delegations/:delegationId',
    {
      schema: {
        operationId: 'getEventDelegation',
        tags,
        summary: 'One delegation (confirmed participants and event staff)',
        params: DelegationParams,
        response: { 200: DelegationResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => presentDelegation(await ctx.uow.read((s) => delegations.getDelegation(s, request.actor, request.params.id, request.params.delegationId))),
  );

  app.post(
    '/api/events/:id/delegations',
    {
      schema: {
        operationId: 'createEventDelegation',
        tags,
        summary: 'Create a delegation of confirmed participants (event staff)',
        description: 'A participant belongs to at most one delegation of an event (409 ALREADY_IN_DELEGATION); the leader is always a member.',
        params: IdParams,
        body: DelegationInput,
        response: { 201: DelegationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const body = await ctx.uow.run(async (s) => {
        const id = await delegations.createDelegation(s, ctx.clock, request.actor, request.params.id, request.body);
        return presentDelegation(await delegations.getDelegation(s, request.actor, request.params.id, id));
      });
      return reply.status(201).send(body);
    },
  );

  app.patch(
    '/api/events/:id/delegations/:delegationId',
    {
      schema: {
        operationId: 'updateEventDelegation',
        tags,
        summary: 'Edit a delegation; memberRegistrationIds replaces the members (event staff)',
        params: DelegationParams,
        body: DelegationPatch,
        response: { 200: DelegationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        const { id, delegationId } = request.params;
        await delegations.updateDelegation(s, request.actor, id, delegationId, request.body);
        return presentDelegation(await delegations.getDelegation(s, request.actor, id, delegationId));
      }),
  );

  app.delete(
    '/api/events/:id/delegations/:delegationId',
    {
      schema: {
        operationId: 'deleteEventDelegation',
        tags,
        summary: 'Delete a delegation (event staff); its members stay registered',
        params: DelegationParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => delegations.deleteDelegation(s, request.actor, request.params.id, request.params.delegationId));
      return reply.status(204).send(null);
    },
  );
}
