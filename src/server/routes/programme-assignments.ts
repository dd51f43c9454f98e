import Type from 'typebox';
import * as review from '../../domain/programmes/review.js';
import { AssignmentInput, AutoAssignInput, JuryScoreInput, ReviewInput } from '../../domain/programmes/schema.js';
import type { App, AppContext } from '../context.js';
import { AssignmentResponse, presentApplication, presentAssignment } from '../presenters/programme-applications.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['programme review'];
const AssignmentParams = Type.Object({ id: Type.String({ format: 'uuid' }), assignmentId: Type.String({ format: 'uuid' }) });
const RoundParams = Type.Object({ id: Type.String({ format: 'uuid' }), roundId: Type.String({ pattern: '^[a-z0-9_]{1,32}$' }) });
const AutoResponse = Type.Object({
  assigned: Type.Integer({ description: 'New assignments made' }),
  shortfalls: Type.Array(Type.Object({ applicationId: Type.String({ format: 'uuid' }), missing: Type.Integer() }), {
    description: 'Applications left short of reviewers: not enough unconflicted reviewers',
  }),
});

export async function programmeAssignmentRoutes(app: App, ctx: AppContext) {
  const list = (actor: Parameters<typeof review.assignmentList>[1], id: string) =>
    ctx.uow.read(async (s) => {
      const { items } = await review.assignmentList(s, actor, id);
      return {
        items: items.map((i) =>
          presentAssignment(i.assignment, {
            reviewer: i.reviewer,
            application: i.application ? presentApplication(i.application.application, i.application.programme, i.application.role) : null,
          }),
        ),
      };
    });

  app.get(
    '/api/programmes/:id/assignments',
    {
      schema: {
        operationId: 'listProgrammeAssignments',
        tags,
        summary: 'Review assignments: every one for organisers, your own (with the application) for reviewers',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(AssignmentResponse) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => list(request.actor, request.params.id),
  );

  app.post(
    '/api/programmes/:id/assignments',
    {
      schema: {
        operationId: 'assignProgrammeReviewer',
        tags,
        summary: 'Assign a reviewer to a submitted application (409 REVIEWER_CONFLICTED on a conflict of interest)',
        params: IdParams,
        body: AssignmentInput,
        response: { 201: Type.Object({ items: Type.Array(AssignmentResponse) }), ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => review.assignReviewer(s, request.actor, request.params.id, request.body.applicationId, request.body.reviewerId));
      return reply.status(201).send(await list(request.actor, request.params.id));
    },
  );

  app.post(
    '/api/programmes/:id/assignments/auto',
    {
      schema: {
        operationId: 'autoAssignProgrammeReviewers',
        tags,
        summary: 'Fill every submitted application up to N reviewers, balancing load and matching sectors, never a conflicted reviewer',
        params: IdParams,
        body: AutoAssignInput,
        response: { 200: AutoResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const plan = await ctx.uow.run((s) => review.autoAssign(s, request.actor, request.params.id, request.body.reviewersPerApplication));
      return { assigned: plan.assignments.length, shortfalls: plan.shortfalls };
    },
  );

  app.delete(
    '/api/programmes/:id/assignments/:assignmentId',
    { schema: { operationId: 'unassignProgrammeReviewer', tags, summary: 'Remove an assignment whose review is not submitted', params: AssignmentParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => review.unassign(s, request.actor, request.params.id, request.params.assignmentId));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/programme-assignments/:id/review',
    {
      schema: {
        operationId: 'saveProgrammeReview',
        tags,
        summary: 'Save or submit your review: a score per criterion of the rubric and a comment (422 REVIEW_INVALID)',
        params: IdParams,
        body: ReviewInput,
        response: { 204: Type.Null(), ...errors(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => review.saveReview(s, ctx.clock, request.actor, request.params.id, request.body));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/programmes/:id/rounds/:roundId/jury-scores',
    {
      schema: {
        operationId: 'scoreProgrammePitch',
        tags,
        summary: 'A juror scores a pitch on the spot in a live pitch round (a later score replaces the earlier)',
        params: RoundParams,
        body: JuryScoreInput,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      await ctx.uow.run((s) => review.scorePitch(s, request.actor, request.params.id, request.params.roundId, request.body));
      return reply.status(204).send(null);
    },
  );
}
