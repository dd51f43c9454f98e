/** The annual report: JSON, the records behind each figure, and the HTML, PDF and XLSX exports. */
import { annualFilter, buildAnnualReport, figureRecords, type ReportSettings } from '../../../domain/reports/annual.js';
import { AnnualQuery, AnnualReport, FigureParams, FigureRecords, type FigureRecord } from '../../../domain/reports/schema.js';
import { annualHtml, annualXlsx, renderPdf, reportFigureKeys } from '../../presenters/report-exports.js';
import type { App, AppContext } from '../../context.js';
import { ErrorResponse, errors } from '../../schemas.js';
import { XLSX_MIME } from '../../spreadsheets.js';
import { fileResponse } from '../registries/agreements.js';

const tags = ['reports'];
const auth = 'Platform admins for the whole platform; organisation members for their organisation.';
/** PDFs start a browser each: a few a minute per user is plenty. */
const EXPORTS_PER_MINUTE = 10;

export async function annualReportRoutes(app: App, ctx: AppContext) {
  const settings: ReportSettings = { homeCountry: ctx.config.reportHomeCountry, reportingCurrency: ctx.config.reportingCurrency };
  const build = (actor: Parameters<typeof annualFilter>[0], query: AnnualQuery) => {
    const filter = annualFilter(actor, settings, query);
    return ctx.uow.read(async (s) => ({ filter, report: await buildAnnualReport(s, filter, ctx.clock.now()) }));
  };
  const filename = (query: AnnualQuery, ext: string) => `attachment; filename="innox-annual-report-${query.year}-${query.lang ?? 'en'}.${ext}"`;

  app.get(
    '/api/reports/annual',
    { schema: { operationId: 'annualReport', tags, summary: 'The annual report for a year and scope: every figure with its key and source', description: auth, querystring: AnnualQuery, response: { 200: AnnualReport, ...errors(400, 401, 403) } } },
    async (request) => (await build(request.actor, request.query)).report,
  );

  app.get(
    '/api/reports/annual/figures/:figureKey',
    {
      schema: {
        operationId: 'annualReportFigure',
        tags,
        summary: 'The records behind one figure of the annual report (same year and scope)',
        description: auth,
        params: FigureParams,
        querystring: AnnualQuery,
        response: { 200: FigureRecords, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const filter = annualFilter(request.actor, settings, request.query);
      return ctx.uow.read((s) => figureRecords(s, filter, request.params.figureKey));
    },
  );

  app.get(
    '/api/reports/annual.html',
    {
      schema: { operationId: 'annualReportHtml', tags, summary: 'Print-friendly HTML of the annual report in a language', description: auth, querystring: AnnualQuery, response: { 200: fileResponse('The report as an HTML page', ['text/html']), ...errors(400, 401, 403) } },
    },
    async (request, reply) => {
      const { report } = await build(request.actor, request.query);
      // The page is self-contained: no scripts, no outside resources.
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'")
        .header('cache-control', 'private, no-store')
        .send(annualHtml(report, request.query.lang));
    },
  );

  app.get(
    '/api/reports/annual.pdf',
    {
      config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000, allowList: [] } },
      schema: {
        operationId: 'annualReportPdf',
        tags,
        summary: 'The annual report as PDF (Chromium with the Noto CJK fonts); 503 naming the Debian package when the font or browser is missing',
        description: auth,
        querystring: AnnualQuery,
        response: { 200: fileResponse('The report as PDF', ['application/pdf']), ...errors(400, 401, 403, 429), 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { report } = await build(request.actor, request.query);
      const pdf = await renderPdf(annualHtml(report, request.query.lang), ctx.config.pdf);
      return reply.type('application/pdf').header('content-disposition', filename(request.query, 'pdf')).header('cache-control', 'private, no-store').send(pdf);
    },
  );

  app.get(
    '/api/reports/annual.xlsx',
    {
      config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000, allowList: [] } },
      schema: {
        operationId: 'annualReportXlsx',
        tags,
        summary: 'The annual report as XLSX: one sheet per section and a sheet of the records behind each figure',
        description: auth,
        querystring: AnnualQuery,
        response: { 200: fileResponse('The report as a workbook', [XLSX_MIME]), ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { filter, report } = await build(request.actor, request.query);
      const records = new Map<string, FigureRecord[]>();
      await ctx.uow.read(async (s) => {
        for (const key of reportFigureKeys(report, request.query.lang)) records.set(key, (await figureRecords(s, { ...filter, lang: request.query.lang ?? 'en' }, key)).records);
      });
      const file = await annualXlsx(report, request.query.lang, records);
      return reply.type(XLSX_MIME).header('content-disposition', filename(request.query, 'xlsx')).header('cache-control', 'private, no-store').send(file);
    },
  );
}
