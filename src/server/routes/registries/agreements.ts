import Type from 'typebox';
import * as commands from '../../../domain/agreements/commands.js';
import { canOnAgreement } from '../../../domain/agreements/policy.js';
import { AgreementExportQuery, AgreementInput, AgreementPatch, AgreementQuery } from '../../../domain/agreements/schema.js';
import { AGREEMENT_KINDS } from '../../../domain/agreements/vocab.js';
import { today, type App, type AppContext } from '../../context.js';
import { AGREEMENT_EXPORT_COLUMNS, AgreementDetailResponse, AgreementResponse, agreementExportRow, presentAgreement, presentAgreementDetail } from '../../presenters/agreement.js';
import { errors, IdParams } from '../../schemas.js';
import { CSV_MIME, writeCsv, writeXlsx, XLSX_MIME } from '../../spreadsheets.js';
import type { Actor, Stores } from '../../../domain/ports.js';

const tags = ['registries'];
const EXPORTS_PER_MINUTE = 20;
const EXPORT_MAX_ROWS = 10_000;

export const fileResponse = (description: string, mimes: string[]) =>
  Type.Unsafe({ description, content: Object.fromEntries(mimes.map((m) => [m, { schema: { type: 'string', format: 'binary' } }])) });

const AgreementStats = Type.Object({
  byYear: Type.Array(Type.Object({ year: Type.Integer(), kind: Type.Enum([...AGREEMENT_KINDS]), count: Type.Integer(), renewals: Type.Integer({ description: 'Of these, renewals of an earlier agreement' }) })),
  total: Type.Integer(),
  renewals: Type.Integer({ description: 'Agreements that renew an earlier one ("memoranda renewed")' }),
});

export async function detail(s: Stores, actor: Actor | null, id: string, day: string) {
  const agreement = await commands.loadAgreement(s, actor, id);
  let renewedFrom = null;
  if (agreement.renewedFromId) {
    const previous = await s.agreements.find(agreement.renewedFromId);
    // A renewed agreement the caller may not see is not named.
    if (previous && canOnAgreement(actor, 'view', previous)) renewedFrom = previous;
  }
  return presentAgreementDetail(agreement, actor, day, { renewedFrom, renewals: await commands.visibleRenewals(s, actor, id), documents: await s.agreements.documents(id) });
}

export async function agreementRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/registries/agreements',
    {
      schema: {
        operationId: 'listAgreements',
        tags,
        summary: 'Agreements and memoranda you may see, newest signed first, with filters',
        querystring: AgreementQuery,
        response: { 200: Type.Object({ items: Type.Array(AgreementResponse), total: Type.Integer() }), ...errors(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      const day = today(ctx);
      const page = await ctx.uow.read((s) => s.agreements.list(commands.agreementListFilter(request.actor, filters, day), { limit: limit ?? 50, offset: offset ?? 0 }));
      return { items: page.items.map((a) => presentAgreement(a, request.actor, day)), total: page.total };
    },
  );

  app.get(
    '/api/registries/agreements/stats',
    {
      schema: {
        operationId: 'agreementStats',
        tags,
        summary: 'Agreements you may see, counted by year signed and kind (same filters as the list)',
        querystring: Type.Omit(AgreementQuery, ['limit', 'offset']),
        response: { 200: AgreementStats, ...errors(400) },
      },
    },
    async (request) => {
      const byYear = await ctx.uow.read((s) => s.agreements.countByYear(commands.agreementListFilter(request.actor, request.query, today(ctx))));
      return { byYear, total: byYear.reduce((n, r) => n + r.count, 0), renewals: byYear.reduce((n, r) => n + r.renewals, 0) };
    },
  );

  app.get(
    '/api/registries/agreements/export',
    {
      config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000, allowList: [] } },
      schema: {
        operationId: 'exportAgreements',
        tags,
        summary: `Download the agreements you may see (same filters, up to ${EXPORT_MAX_ROWS}) as CSV or XLSX`,
        querystring: AgreementExportQuery,
        response: { 200: fileResponse('One agreement per row', ['text/csv', XLSX_MIME]), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const day = today(ctx);
      const page = await ctx.uow.read((s) => s.agreements.list(commands.agreementListFilter(request.actor, filters, day), { limit: EXPORT_MAX_ROWS, offset: 0 }));
      const table = [[...AGREEMENT_EXPORT_COLUMNS], ...page.items.map((a) => agreementExportRow(presentAgreement(a, request.actor, day)))];
      const file = format === 'xlsx' ? await writeXlsx('Agreements', table) : writeCsv(table);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="innox-agreements-${day}.${format}"`)
        .header('cache-control', 'private, no-store')
        .header('x-total-count', String(page.total))
        .send(file);
    },
  );

  app.get(
    '/api/registries/agreements/:id',
    { schema: { operationId: 'getAgreement', tags, summary: 'One agreement, with what it renews and what renews it', params: IdParams, response: { 200: AgreementDetailResponse, ...errors(400, 404) } } },
    async (request) => ctx.uow.read((s) => detail(s, request.actor, request.params.id, today(ctx))),
  );

  app.post(
    '/api/registries/agreements',
    {
      schema: {
        operationId: 'createAgreement',
        tags,
        summary: 'Record an agreement (platform admins, or members of an organisation that is a party)',
        body: AgreementInput,
        response: { 201: AgreementDetailResponse, ...errors(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const created = await ctx.uow.run(async (s) => {
        const id = await commands.createAgreement(s, ctx.clock, request.actor, request.body);
        return detail(s, request.actor, id, today(ctx));
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/registries/agreements/:id',
    {
      schema: {
        operationId: 'updateAgreement',
        tags,
        summary: 'Edit an agreement; send the version you edited',
        params: IdParams,
        body: AgreementPatch,
        response: { 200: AgreementDetailResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) =>
      ctx.uow.run(async (s) => {
        await commands.updateAgreement(s, request.actor, request.params.id, request.body);
        return detail(s, request.actor, request.params.id, today(ctx));
      }),
  );

  app.delete(
    '/api/registries/agreements/:id',
    { schema: { operationId: 'deleteAgreement', tags, summary: 'Delete an agreement (its renewals stay)', params: IdParams, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 429) } } },
    async (request, reply) => {
      await ctx.uow.run((s) => commands.deleteAgreement(s, request.actor, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
