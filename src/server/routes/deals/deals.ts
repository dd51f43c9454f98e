/** The deals pipeline: list (with the stage summary), export, create, read, edit, move between stages. */
import Type from 'typebox';
import { changeStage, createDeal, updateDeal } from '../../../domain/deals/commands.js';
import { dealSheet } from '../../../domain/deals/export.js';
import { DealExportQuery, DealInput, DealListQuery, DealPatch, StageInput } from '../../../domain/deals/schema.js';
import { dealDetail, dealQuery, listDeals } from '../../../domain/deals/views.js';
import type { Actor, Stores } from '../../../domain/ports.js';
import { today, type App, type AppContext } from '../../context.js';
import { DealListResponse, DealResponse, presentDeal, presentDealSummary, presentSummary } from '../../presenters/deal.js';
import { errors, IdParams } from '../../schemas.js';
import { CSV_MIME, writeCsv, writeXlsx, XLSX_MIME } from '../../spreadsheets.js';

const tags = ['deals'];
/** An export holds at most this many deals (newest first by the chosen order). */
const EXPORT_MAX_ROWS = 10_000;

export const dealContext = (ctx: AppContext) => ({ clock: ctx.clock, reportingCurrency: ctx.config.reportingCurrency });

export async function presentDealFor(stores: Stores, ctx: AppContext, actor: Actor | null, id: string) {
  return presentDeal(await dealDetail(stores, actor, id, today(ctx)), actor);
}

export async function dealRoutes(app: App, ctx: AppContext) {
  const dctx = dealContext(ctx);

  app.get(
    '/api/deals',
    {
      schema: {
        operationId: 'listDeals',
        tags,
        summary: 'Deals your organisations are parties to (platform admins: all), with counts and values per stage',
        querystring: DealListQuery,
        response: { 200: DealListResponse, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { page = 1, pageSize = 50, ...filters } = request.query;
      const query = dealQuery(request.actor, filters, ctx.config.reportingCurrency, { offset: (page - 1) * pageSize, limit: pageSize });
      const result = await ctx.uow.read((s) => listDeals(s, request.actor, query));
      return {
        items: result.rows.map((r) => presentDealSummary(r, request.actor)),
        total: result.total,
        page,
        pageSize,
        reportingCurrency: ctx.config.reportingCurrency,
        summary: presentSummary(result.summary),
      };
    },
  );

  app.get(
    '/api/deals/export',
    {
      schema: {
        operationId: 'exportDeals',
        tags,
        summary: 'Download the deals you see as CSV or XLSX (same filters as the list)',
        querystring: DealExportQuery,
        response: {
          200: Type.Unsafe({ description: 'One deal per row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } }),
          ...errors(400, 401),
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const query = dealQuery(request.actor, filters, ctx.config.reportingCurrency, { offset: 0, limit: EXPORT_MAX_ROWS });
      const result = await ctx.uow.read((s) => listDeals(s, request.actor, query));
      const table = dealSheet(result.rows);
      const file = format === 'xlsx' ? await writeXlsx('Deals', table) : writeCsv(table);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="deals-${today(ctx)}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  app.post(
    '/api/deals',
    {
      schema: {
        operationId: 'createDeal',
        tags,
        summary: 'Enter a deal for your organisation with one or more other parties',
        body: DealInput,
        response: { 201: DealResponse, ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const deal = await ctx.uow.run(async (s) => presentDealFor(s, ctx, request.actor, await createDeal(s, dctx, request.actor, request.body)));
      return reply.status(201).send(deal);
    },
  );

  app.get(
    '/api/deals/:id',
    { schema: { operationId: 'getDeal', tags, summary: 'One deal with its history, notes and documents (its parties; platform admins)', params: IdParams, response: { 200: DealResponse, ...errors(400, 401, 404) } } },
    async (request) => ctx.uow.read((s) => presentDealFor(s, ctx, request.actor, request.params.id)),
  );

  app.patch(
    '/api/deals/:id',
    {
      schema: {
        operationId: 'updateDeal',
        tags,
        summary: 'Edit a deal (any party); 409 VERSION_CONFLICT with the current version when someone changed it first',
        params: IdParams,
        body: DealPatch,
        response: { 200: DealResponse, ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await updateDeal(s, dctx, request.actor, request.params.id, request.body);
        return presentDealFor(s, ctx, request.actor, request.params.id);
      }),
  );

  app.post(
    '/api/deals/:id/stage',
    {
      schema: {
        operationId: 'moveDeal',
        tags,
        summary: 'Move a deal to another stage: forward freely; back (a correction), reopen and drop with a reason',
        params: IdParams,
        body: StageInput,
        response: { 200: DealResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await changeStage(s, dctx, request.actor, request.params.id, request.body);
        return presentDealFor(s, ctx, request.actor, request.params.id);
      }),
  );
}
