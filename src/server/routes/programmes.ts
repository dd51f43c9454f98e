import Type from 'typebox';
import * as commands from '../../domain/programmes/programmes.js';
import { ProgrammeInput, ProgrammePatch, ProgrammeQuery } from '../../domain/programmes/schema.js';
import type { Actor, Stores } from '../../domain/ports.js';
import type { App, AppContext } from '../context.js';
import { presentProgramme, ProgrammeResponse } from '../presenters/programmes.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['programmes'];

async function present(s: Stores, actor: Actor | null, id: string) {
  const { programme, reviewer } = await commands.loadProgramme(s, actor, id);
  return presentProgramme(programme, actor, reviewer);
}

export async function programmeRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/programmes',
    {
      schema: {
        operationId: 'listProgrammes',
        tags,
        summary: 'Funding calls, competitions and case selections: the open and past ones, plus drafts of programmes you run',
        querystring: ProgrammeQuery,
        response: { 200: Type.Object({ items: Type.Array(ProgrammeResponse) }), ...errors(400) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const items = await commands.programmeList(s, request.actor, request.query);
        const reviewing = request.actor ? new Set(await s.programmes.reviewingProgrammeIds(request.actor.userId)) : new Set<string>();
        const out = [];
        for (const p of items) out.push(presentProgramme(p, request.actor, reviewing.has(p.id) && request.actor ? await s.programmes.reviewer(p.id, request.actor.userId) : null));
        return { items: out };
      }),
  );

  app.get(
    '/api/programmes/:id',
    { schema: { operationId: 'getProgramme', tags, summary: 'One programme', params: IdParams, response: { 200: ProgrammeResponse, ...errors(400, 404) } } },
    async (request) => ctx.uow.read((s) => present(s, request.actor, request.params.id)),
  );

  app.post(
    '/api/programmes',
    {
      schema: {
        operationId: 'createProgramme',
        tags,
        summary: 'Create a programme (as a draft) run by an organisation you administer',
        body: ProgrammeInput,
        response: { 201: ProgrammeResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const body = await ctx.uow.run(async (s) => present(s, request.actor, await commands.createProgramme(s, ctx.clock, request.actor, request.body)));
      return reply.status(201).send(body);
    },
  );

  app.patch(
    '/api/programmes/:id',
    {
      schema: {
        operationId: 'updateProgramme',
        tags,
        summary: 'Edit a draft or open programme (organisers); send the version you edited',
        params: IdParams,
        body: ProgrammePatch,
        response: { 200: ProgrammeResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateProgramme(s, request.actor, request.params.id, request.body);
        return present(s, request.actor, request.params.id);
      }),
  );

  const transitions = [
    ['open', 'openProgramme', 'Open a draft programme for applications'],
    ['close', 'closeProgramme', 'Close an open programme (review and decisions follow)'],
    ['decide', 'markProgrammeDecided', 'Mark a closed programme as decided'],
    ['archive', 'archiveProgramme', 'Archive a decided programme'],
  ] as const;
  for (const [verb, operationId, summary] of transitions) {
    app.post(
      `/api/programmes/:id/${verb}`,
      { schema: { operationId, tags, summary, params: IdParams, response: { 200: ProgrammeResponse, ...errors(400, 401, 403, 404, 409, 429) } } },
      async (request) =>
        ctx.uow.run(async (s) => {
          await commands.transitionProgramme(s, ctx.clock, request.actor, request.params.id, verb);
          return present(s, request.actor, request.params.id);
        }),
    );
  }
}
