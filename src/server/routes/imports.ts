import Type from 'typebox';
import { EXPORT_COLUMNS, exportRow, importTemplate, searchAll } from '../../domain/listings/export.js';
import { authoriseImport, IMPORT_LIMITS, IMPORT_PATHS, importListings, previewImport } from '../../domain/listings/import.js';
import { ListingType } from '../../domain/listings/schema.js';
import type { Stores } from '../../domain/ports.js';
import { requireActor, today, type App, type AppContext } from '../context.js';
import { presentListing } from '../presenters/listing.js';
import { errors, IdParams } from '../schemas.js';
import { CSV_MIME, readSpreadsheet, readUpload, writeCsv, writeXlsx, XLSX_MIME } from '../spreadsheets.js';
import { ListingSearchQuery, toListingQuery } from './listings.js';

const tags = ['imports'];
/** An export reads up to 10,000 listings; reads are otherwise not rate limited. */
const EXPORTS_PER_MINUTE = 20;

const ImportPreview = Type.Object({
  columns: Type.Array(Type.String(), { description: 'Column names from the header row (blank ones named "Column N", repeats numbered)' }),
  sample: Type.Array(Type.Array(Type.String()), { description: `The first ${IMPORT_LIMITS.sampleRows} data rows, one cell per column` }),
  suggestedMapping: Type.Record(Type.String(), Type.String(), { description: 'Column → field path, where the header names a field (en, zh, de, vi)' }),
  rowCount: Type.Integer({ description: 'Non-empty data rows in the file' }),
});

const ImportError = Type.Object({
  path: Type.String({ description: 'JSON pointer into the listing, e.g. /details/trl' }),
  message: Type.String(),
  column: Type.Optional(Type.String({ description: 'The column the value came from' })),
});

const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  total: Type.Integer(),
  valid: Type.Integer(),
  invalid: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Row number in the sheet (the header is row 1)' }),
      ok: Type.Boolean(),
      title: Type.Union([Type.String(), Type.Null()]),
      errors: Type.Array(ImportError),
    }),
  ),
  created: Type.Array(Type.String({ format: 'uuid' }), { description: 'Ids of the new draft listings, in row order; empty on a dry run' }),
});

const ImportQuery = Type.Object(
  { dryRun: Type.Boolean({ default: true, description: 'Only check the rows (the default); false creates them, all or none' }) },
  { additionalProperties: false },
);

const { cursor: _cursor, limit: _limit, ...searchFilters } = ListingSearchQuery.properties;
const ExportQuery = Type.Object(
  { format: Type.Enum(['csv', 'xlsx'], { default: 'csv' }), ...searchFilters },
  { additionalProperties: false },
);

const fileResponse = (description: string, mimes: string[]) =>
  Type.Unsafe({ description, content: Object.fromEntries(mimes.map((m) => [m, { schema: { type: 'string', format: 'binary' } }])) });

const MULTIPART_DOC =
  `Multipart form: \`file\` (CSV or XLSX, first sheet, header in the first non-empty row, ≤ ${IMPORT_LIMITS.rows} rows and ${IMPORT_LIMITS.columns} columns)`;

export async function importRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/imports/preview',
    {
      schema: {
        operationId: 'previewImport',
        tags,
        summary: 'Read a spreadsheet\'s columns and first rows, with a suggested column mapping',
        description: `${MULTIPART_DOC}.`,
        consumes: ['multipart/form-data'],
        response: { 200: ImportPreview, ...errors(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request) => {
      requireActor(request.actor);
      const upload = await readUpload(request);
      return previewImport(await readSpreadsheet(upload.file));
    },
  );

  app.post(
    '/api/organisations/:id/imports',
    {
      schema: {
        operationId: 'importListings',
        tags,
        summary: 'Check, or create as drafts, the listings in a spreadsheet (all rows or none)',
        description:
          `${MULTIPART_DOC}; \`mapping\`: JSON { "<column>": "<field path>" }; optional \`defaults\`: JSON { "<field path>": value } ` +
          `for cells left empty. Field paths: ${IMPORT_PATHS.join(', ')}. List cells are split on , ; ， ； 、 and line breaks. ` +
          '`translations` and `details.degrees` cannot be imported. A dry run answers 200; a real run 201, or 422 ' +
          'IMPORT_ROWS_INVALID with this report in `details` if any row is invalid.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: ImportQuery,
        response: { 200: ImportReport, 201: ImportReport, ...errors(400, 401, 403, 404, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      // Strangers are turned away before their upload is read.
      await ctx.uow.read((s) => authoriseImport(s, request.actor, request.params.id));
      const upload = await readUpload(request);
      const table = await readSpreadsheet(upload.file);
      const { dryRun } = request.query;
      const run = (s: Stores) =>
        importListings(s, ctx.clock, request.actor, request.params.id, table, { mapping: upload.fields.get('mapping'), defaults: upload.fields.get('defaults'), dryRun });
      const report = dryRun ? await ctx.uow.read(run) : await ctx.uow.run(run);
      return reply.status(dryRun ? 200 : 201).send(report);
    },
  );

  app.get(
    '/api/imports/template.csv',
    {
      schema: {
        operationId: 'getImportTemplate',
        tags,
        summary: 'A CSV template: one column per importable field and an example row',
        querystring: Type.Object(
          { type: Type.Optional({ ...ListingType, description: 'Only the fields of this listing type (default: every type, with a type column)' }) },
          { additionalProperties: false },
        ),
        response: { 200: fileResponse('CSV, UTF-8 with a byte order mark', ['text/csv']), ...errors(400) },
      },
    },
    async (request, reply) => {
      const type = request.query.type ?? null;
      return reply
        .header('content-type', CSV_MIME)
        .header('content-disposition', `attachment; filename="innox-import-${type ?? 'listings'}.csv"`)
        .send(writeCsv(importTemplate(type, today(ctx))));
    },
  );

  app.get(
    '/api/listings/export',
    {
      config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000, allowList: [] } },
      schema: {
        operationId: 'exportListings',
        tags: ['listings'],
        summary: 'Download a search result (all pages, up to 10,000 listings) as CSV or XLSX',
        description:
          'Takes the filters of GET /api/listings. Shows what the caller may see: an anonymous listing has no organisation. ' +
          'The `x-total-count` header gives the full number of matches.',
        querystring: ExportQuery,
        response: { 200: fileResponse('The listings, one per row', ['text/csv', XLSX_MIME]), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const day = today(ctx);
      const { rows, total } = await ctx.uow.read((s) => searchAll(s, toListingQuery(filters, request.actor, day, 0, false)));
      const table = [[...EXPORT_COLUMNS], ...rows.map((l) => exportRow(presentListing(l, request.actor, day), ctx.config.publicUrl))];
      const file = format === 'xlsx' ? await writeXlsx('Listings', table) : writeCsv(table);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="innox-listings-${day}.${format}"`)
        .header('cache-control', 'private, no-store')
        .header('x-total-count', String(total))
        .send(file);
    },
  );
}
