import Type from 'typebox';
import * as review from '../../domain/programmes/review.js';
import { ConflictInput, ReviewerInput } from '../../domain/programmes/schema.js';
import type { App, AppContext } from '../context.js';
import { presentReviewer, ReviewerResponse } from '../presenters/programmes.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['programme review'];
const UserParams = Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const ConflictResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
  applicationId: Nullable(Type.String({ format: 'uuid' })),
  organisationId: Nullable(Type.String({ format: 'uuid' })),
  reason: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export async function programmeReviewerRoutes(app: App, ctx: AppContext) {
  const pool = (actor: Parameters<typeof review.reviewerPool>[1], id: string) =>
    ctx.uow.read(async (s) => ({ items: (await review.reviewerPool(s, actor, id)).map((r) => presentReviewer(r.reviewer, r.load)) }));

  app.get(
    '/api/programmes/:id/reviewers',
    {
      schema: {
        operationId: 'listProgrammeReviewers',
        tags,
        summary: 'The reviewer and jury pool with each one’s load (organisers)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ReviewerResponse) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => pool(request.actor, request.params.id),
  );

  app.post(
    '/api/programmes/:id/reviewers',
    {
      schema: {
        operationId: 'addProgrammeReviewer',
        tags,
        summary: 'Invite a user (by e-mail) into the pool as reviewer or juror, with their expertise',
        params: IdParams,
        body: ReviewerInput,
        response: { 200: Type.Object({ items: Type.Array(ReviewerResponse) }), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      await ctx.uow.run((s) => review.addReviewer(s, request.actor, request.params.id, request.body));
      return pool(request.actor, request.params.id);
    },
  );

  app.delete(
    '/api/programmes/:id/reviewers/:userId',
    {
      schema: {
        operationId: 'removeProgrammeReviewer',
        tags,
        summary: 'Remove someone from the pool (their open assignments go with them)',
        params: UserParams,
        response: { 200: Type.Object({ items: Type.Array(ReviewerResponse) }), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      await ctx.uow.run((s) => review.removeReviewer(s, request.actor, request.params.id, request.params.userId));
      return pool(request.actor, request.params.id);
    },
  );

  app.get(
    '/api/programmes/:id/conflicts',
    {
      schema: {
        operationId: 'listProgrammeConflicts',
        tags,
        summary: 'Declared conflicts of interest (organisers see all, reviewers their own)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ConflictResponse) }), ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => ({
        items: (await review.conflictList(s, request.actor, request.params.id)).map((c) => ({
          id: c.id,
          userId: c.userId,
          applicationId: c.applicationId,
          organisationId: c.organisationId,
          reason: c.reason,
          createdAt: c.createdAt.toISOString(),
        })),
      })),
  );

  app.post(
    '/api/programmes/:id/conflicts',
    {
      schema: {
        operationId: 'declareProgrammeConflict',
        tags,
        summary: 'Declare a conflict of interest with an application or an organisation; it blocks assignment',
        params: IdParams,
        body: ConflictInput,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => review.declareConflict(s, request.actor, request.params.id, request.body));
      return reply.status(204).send(null);
    },
  );
}
