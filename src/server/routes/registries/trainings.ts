import Type from 'typebox';
import * as commands from '../../../domain/trainings/commands.js';
import { TrainingExportQuery, TrainingProgrammeInput, TrainingProgrammePatch, TrainingQuery } from '../../../domain/trainings/schema.js';
import type { Actor, Stores } from '../../../domain/ports.js';
import { today, type App, type AppContext } from '../../context.js';
import { presentBatch, presentTraining, TRAINING_EXPORT_COLUMNS, TrainingDetailResponse, TrainingResponse, trainingExportRows } from '../../presenters/training.js';
import { errors, IdParams } from '../../schemas.js';
import { CSV_MIME, writeCsv, writeXlsx, XLSX_MIME } from '../../spreadsheets.js';
import { fileResponse } from './agreements.js';

const tags = ['registries'];
const EXPORTS_PER_MINUTE = 20;
const EXPORT_MAX_PROGRAMMES = 5_000;

const TrainingTotals = Type.Object({
  byYear: Type.Array(
    Type.Object({
      year: Type.Integer({ description: 'Year a batch started in' }),
      programmes: Type.Integer(),
      batches: Type.Integer(),
      trainees: Type.Integer(),
      online: Type.Integer({ description: 'Batches held online' }),
      offline: Type.Integer(),
      hybrid: Type.Integer(),
    }),
  ),
  batches: Type.Integer(),
  trainees: Type.Integer(),
});

export async function trainingDetail(s: Stores, actor: Actor | null, id: string) {
  const programme = await commands.loadTraining(s, id);
  return { ...presentTraining(programme, actor), batches: (await s.trainings.batches(id)).map(presentBatch) };
}

export async function trainingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/registries/trainings',
    {
      schema: {
        operationId: 'listTrainings',
        tags,
        summary: 'Training programmes with their totals, latest first',
        querystring: TrainingQuery,
        response: { 200: Type.Object({ items: Type.Array(TrainingResponse), total: Type.Integer() }), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      const page = await ctx.uow.read((s) => s.trainings.listProgrammes(filters, { limit: limit ?? 50, offset: offset ?? 0 }));
      return { items: page.items.map((p) => presentTraining(p, request.actor)), total: page.total };
    },
  );

  app.get(
    '/api/registries/trainings/totals',
    {
      schema: {
        operationId: 'trainingTotals',
        tags,
        summary: 'Batches and trainees per year (same filters as the list)',
        querystring: Type.Omit(TrainingQuery, ['limit', 'offset']),
        response: { 200: TrainingTotals, ...errors(400) },
      },
    },
    async (request) => {
      const byYear = await ctx.uow.read((s) => s.trainings.totalsByYear(request.query));
      return { byYear, batches: byYear.reduce((n, r) => n + r.batches, 0), trainees: byYear.reduce((n, r) => n + r.trainees, 0) };
    },
  );

  app.get(
    '/api/registries/trainings/export',
    {
      config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000, allowList: [] } },
      schema: {
        operationId: 'exportTrainings',
        tags,
        summary: 'Download programmes and batches (one row per batch, no personal data) as CSV or XLSX',
        querystring: TrainingExportQuery,
        response: { 200: fileResponse('One batch per row', ['text/csv', XLSX_MIME]), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const rows = await ctx.uow.read(async (s) => {
        const page = await s.trainings.listProgrammes(filters, { limit: EXPORT_MAX_PROGRAMMES, offset: 0 });
        const out = [];
        for (const p of page.items) {
          const batches = (await s.trainings.batches(p.id)).filter((b) => (!filters.year || b.startsOn.startsWith(String(filters.year))) && (!filters.mode || b.mode === filters.mode));
          out.push(...trainingExportRows(presentTraining(p, request.actor), batches));
        }
        return out;
      });
      const table = [[...TRAINING_EXPORT_COLUMNS], ...rows];
      const file = format === 'xlsx' ? await writeXlsx('Trainings', table) : writeCsv(table);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="innox-trainings-${today(ctx)}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  app.get(
    '/api/registries/trainings/:id',
    { schema: { operationId: 'getTraining', tags, summary: 'One training programme with its batches', params: IdParams, response: { 200: TrainingDetailResponse, ...errors(400, 404) } } },
    async (request) => ctx.uow.read((s) => trainingDetail(s, request.actor, request.params.id)),
  );

  app.post(
    '/api/registries/trainings',
    {
      schema: {
        operationId: 'createTraining',
        tags,
        summary: 'Record a training programme organised by one of your organisations',
        body: TrainingProgrammeInput,
        response: { 201: TrainingDetailResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const created = await ctx.uow.run(async (s) => trainingDetail(s, request.actor, await commands.createTraining(s, ctx.clock, request.actor, request.body)));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/registries/trainings/:id',
    {
      schema: {
        operationId: 'updateTraining',
        tags,
        summary: 'Edit a training programme; send the version you edited',
        params: IdParams,
        body: TrainingProgrammePatch,
        response: { 200: TrainingDetailResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateTraining(s, request.actor, request.params.id, request.body);
        return trainingDetail(s, request.actor, request.params.id);
      }),
  );

  app.delete(
    '/api/registries/trainings/:id',
    { schema: { operationId: 'deleteTraining', tags, summary: 'Delete a training programme with its batches and trainee lists', params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => commands.deleteTraining(s, request.actor, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
