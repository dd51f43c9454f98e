import Type from 'typebox';
import * as commands from '../../domain/programmes/applications.js';
import { ApplicationInput, ApplicationPatch, CoApplicantAnswer, CoApplicantInput } from '../../domain/programmes/schema.js';
import type { Actor, Stores } from '../../domain/ports.js';
import type { App, AppContext } from '../context.js';
import { ApplicationResponse, presentApplication } from '../presenters/programme-applications.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['programmes'];
const OrgParams = Type.Object({ id: Type.String({ format: 'uuid' }), organisationId: Type.String({ format: 'uuid' }) });

async function present(s: Stores, actor: Actor | null, id: string) {
  const { application, programme, role } = await commands.loadApplication(s, actor, id);
  return presentApplication(application, programme, role);
}

export async function programmeApplicationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/programmes/:id/applications',
    {
      schema: {
        operationId: 'listProgrammeApplications',
        tags,
        summary: "Applications: organisers see every submitted one, applicants their organisations' (drafts included)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ApplicationResponse) }), ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const { programme, items } = await commands.applicationList(s, request.actor, request.params.id);
        const actor = request.actor as Actor;
        return {
          items: items.map((a) => {
            const own = actor.memberships.has(a.organisationId) ? 'applicant' : a.coApplicants.some((c) => actor.memberships.has(c.organisationId)) ? 'partner' : 'organiser';
            return presentApplication(a, programme, own);
          }),
        };
      }),
  );

  app.post(
    '/api/programmes/:id/applications',
    {
      schema: {
        operationId: 'createProgrammeApplication',
        tags,
        summary: 'Start an application (a draft) for one of your organisations',
        params: IdParams,
        body: ApplicationInput,
        response: { 201: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const body = await ctx.uow.run(async (s) => present(s, request.actor, await commands.createApplication(s, ctx.clock, request.actor, request.params.id, request.body)));
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/programme-applications/:id',
    {
      schema: {
        operationId: 'getProgrammeApplication',
        tags,
        summary: 'One application (applicants, co-applicants, organisers once submitted, assigned reviewers, jurors)',
        params: IdParams,
        response: { 200: ApplicationResponse, ...errors(400, 404) },
      },
    },
    async (request) => ctx.uow.read((s) => present(s, request.actor, request.params.id)),
  );

  app.patch(
    '/api/programme-applications/:id',
    {
      schema: {
        operationId: 'updateProgrammeApplication',
        tags,
        summary: 'Edit a draft (or an application to revise); answers are checked in full on submission',
        params: IdParams,
        body: ApplicationPatch,
        response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateApplication(s, request.actor, request.params.id, request.body);
        return present(s, request.actor, request.params.id);
      }),
  );

  const actions = [
    ['submit', 'submitProgrammeApplication', 'Submit: answers, eligibility and the deadline are checked (422 APPLICATION_INVALID / NOT_ELIGIBLE, 409 DEADLINE_PASSED)'],
    ['withdraw', 'withdrawProgrammeApplication', 'Withdraw the application'],
  ] as const;
  for (const [verb, operationId, summary] of actions) {
    app.post(
      `/api/programme-applications/:id/${verb}`,
      { schema: { operationId, tags, summary, params: IdParams, response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 422, 429) } } },
      async (request) =>
        ctx.uow.run(async (s) => {
          if (verb === 'submit') await commands.submitApplication(s, ctx.clock, request.actor, request.params.id);
          else await commands.withdrawApplication(s, request.actor, request.params.id);
          return present(s, request.actor, request.params.id);
        }),
    );
  }

  app.post(
    '/api/programme-applications/:id/co-applicants',
    {
      schema: {
        operationId: 'inviteCoApplicant',
        tags,
        summary: 'Invite another organisation as co-applicant (it must confirm)',
        params: IdParams,
        body: CoApplicantInput,
        response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.inviteCoApplicant(s, request.actor, request.params.id, request.body.organisationId);
        return present(s, request.actor, request.params.id);
      }),
  );

  app.delete(
    '/api/programme-applications/:id/co-applicants/:organisationId',
    {
      schema: { operationId: 'removeCoApplicant', tags, summary: 'Remove a co-applicant', params: OrgParams, response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.removeCoApplicant(s, request.actor, request.params.id, request.params.organisationId);
        return present(s, request.actor, request.params.id);
      }),
  );

  app.post(
    '/api/programme-applications/:id/co-applicants/:organisationId/answer',
    {
      schema: {
        operationId: 'answerCoApplication',
        tags,
        summary: "Confirm or decline taking part as co-applicant (members of the invited organisation)",
        params: OrgParams,
        body: CoApplicantAnswer,
        response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.answerCoApplication(s, request.actor, request.params.id, request.params.organisationId, request.body.accept);
        return present(s, request.actor, request.params.id);
      }),
  );
}
