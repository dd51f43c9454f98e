import Type from 'typebox';
import * as commands from '../../../domain/trainings/commands.js';
import { TraineeList, TrainingBatchInput, TrainingBatchPatch } from '../../../domain/trainings/schema.js';
import { importTrainees } from '../../../domain/trainings/trainee-import.js';
import type { Stores } from '../../../domain/ports.js';
import type { App, AppContext } from '../../context.js';
import { presentTrainee, TraineeResponse, TrainingDetailResponse } from '../../presenters/training.js';
import { errors, IdParams } from '../../schemas.js';
import { readSpreadsheet, readUpload } from '../../spreadsheets.js';
import { trainingDetail } from './trainings.js';

const tags = ['registries'];
const BatchParams = Type.Object({ id: Type.String({ format: 'uuid' }), batchId: Type.String({ format: 'uuid' }) });
const Trainees = Type.Object({ trainees: Type.Array(TraineeResponse) });

const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  total: Type.Integer(),
  valid: Type.Integer(),
  invalid: Type.Integer(),
  columns: Type.Record(Type.String(), Type.String(), { description: 'Recognised columns: field → header' }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Row number in the sheet' }),
      ok: Type.Boolean(),
      name: Type.Union([Type.String(), Type.Null()]),
      errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  ),
});

export async function trainingBatchRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/registries/trainings/:id/batches',
    {
      schema: { operationId: 'addTrainingBatch', tags, summary: 'Add a batch to a programme (organiser)', params: IdParams, body: TrainingBatchInput, response: { 201: TrainingDetailResponse, ...errors(400, 401, 403, 404, 429) } },
    },
    async (request, reply) => {
      const detail = await ctx.uow.run(async (s) => {
        await commands.addBatch(s, request.actor, request.params.id, request.body);
        return trainingDetail(s, request.actor, request.params.id);
      });
      return reply.status(201).send(detail);
    },
  );

  app.patch(
    '/api/registries/trainings/:id/batches/:batchId',
    {
      schema: { operationId: 'updateTrainingBatch', tags, summary: 'Edit a batch; send the version you edited', params: BatchParams, body: TrainingBatchPatch, response: { 200: TrainingDetailResponse, ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateBatch(s, request.actor, request.params.id, request.params.batchId, request.body);
        return trainingDetail(s, request.actor, request.params.id);
      }),
  );

  app.delete(
    '/api/registries/trainings/:id/batches/:batchId',
    { schema: { operationId: 'deleteTrainingBatch', tags, summary: 'Delete a batch and its trainee list', params: BatchParams, response: { 200: TrainingDetailResponse, ...errors(400, 401, 403, 404, 429) } } },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.deleteBatch(s, request.actor, request.params.id, request.params.batchId);
        return trainingDetail(s, request.actor, request.params.id);
      }),
  );

  app.get(
    '/api/registries/trainings/:id/batches/:batchId/trainees',
    {
      schema: { operationId: 'listTrainees', tags, summary: "A batch's trainees (personal data: organiser and platform admins only)", params: BatchParams, response: { 200: Trainees, ...errors(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const list = await ctx.uow.read((s) => commands.readTrainees(s, request.actor, request.params.id, request.params.batchId));
      return reply.header('cache-control', 'private, no-store').send({ trainees: list.map(presentTrainee) });
    },
  );

  app.put(
    '/api/registries/trainings/:id/batches/:batchId/trainees',
    {
      schema: {
        operationId: 'setTrainees',
        tags,
        summary: "Replace a batch's trainee list (the batch's count rises to the list's length if needed)",
        params: BatchParams,
        body: TraineeList,
        response: { 200: Trainees, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const list = await ctx.uow.run(async (s) => {
        await commands.setTrainees(s, request.actor, request.params.id, request.params.batchId, request.body.trainees);
        return s.trainings.trainees(request.params.batchId);
      });
      return reply.header('cache-control', 'private, no-store').send({ trainees: list.map(presentTrainee) });
    },
  );

  app.post(
    '/api/registries/trainings/:id/batches/:batchId/trainees/import',
    {
      schema: {
        operationId: 'importTrainees',
        tags,
        summary: "Check, or replace, a batch's trainee list from a CSV or XLSX file",
        description:
          'Multipart form: `file` (CSV or XLSX, first sheet, header row). Columns are recognised by their header: name (required; "Name", "姓名", "Họ tên"), ' +
          'organisation ("单位", "Einrichtung", "Đơn vị"), country (code or name), e-mail. `?dryRun=false` replaces the list (all rows or none; 422 IMPORT_ROWS_INVALID with this report in `details`).',
        consumes: ['multipart/form-data'],
        params: BatchParams,
        querystring: Type.Object({ dryRun: Type.Boolean({ default: true }) }, { additionalProperties: false }),
        response: { 200: ImportReport, ...errors(400, 401, 403, 404, 413, 415, 422, 429) },
      },
    },
    async (request) => {
      // Strangers are turned away before their upload is read.
      await ctx.uow.read(async (s) => {
        await commands.trainingFor(s, request.actor, request.params.id, 'edit');
        await commands.loadBatch(s, request.params.id, request.params.batchId);
      });
      const table = await readSpreadsheet((await readUpload(request)).file);
      const run = (s: Stores) => importTrainees(s, request.actor, request.params.id, request.params.batchId, table, request.query.dryRun);
      return request.query.dryRun ? ctx.uow.read(run) : ctx.uow.run(run);
    },
  );
}
