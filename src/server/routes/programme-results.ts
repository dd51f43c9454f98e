import Type from 'typebox';
import { loadApplication } from '../../domain/programmes/applications.js';
import { decideApplication, programmeRanking, reviewExport } from '../../domain/programmes/results.js';
import { DecisionInput, ExportQuery, RankingQuery } from '../../domain/programmes/schema.js';
import { APPLICATION_STATUSES } from '../../domain/programmes/vocab.js';
import { today, type App, type AppContext } from '../context.js';
import { ApplicationResponse, presentApplication } from '../presenters/programme-applications.js';
import { errors, IdParams } from '../schemas.js';
import { CSV_MIME, writeCsv, writeXlsx, XLSX_MIME } from '../spreadsheets.js';

const tags = ['programme review'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const RankingResponse = Type.Object({
  roundId: Nullable(Type.String()),
  items: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      applicationId: Type.String({ format: 'uuid' }),
      title: Type.String(),
      applicant: Type.String(),
      applicantCountry: Type.String(),
      status: Type.Enum([...APPLICATION_STATUSES]),
      requestedMinor: Nullable(Type.Integer()),
      awardedMinor: Nullable(Type.Integer()),
      reviewCount: Type.Integer(),
      rawMean: Nullable(Type.Number({ description: 'Mean weighted score, 0–100' })),
      normalised: Nullable(Type.Number({ description: 'Score after per-reviewer z-score normalisation, on the 0–100 scale' })),
    }),
  ),
});

export async function programmeResultRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/programmes/:id/ranking',
    {
      schema: {
        operationId: 'getProgrammeRanking',
        tags,
        summary: 'Ranking of the applications by normalised review score, or by jury score of a live pitch round (organisers)',
        params: IdParams,
        querystring: RankingQuery,
        response: { 200: RankingResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      ctx.uow.read(async (s) => {
        const result = await programmeRanking(s, request.actor, request.params.id, request.query.roundId ?? null);
        return {
          roundId: result.roundId,
          items: result.rows.map((r) => ({
            rank: r.rank,
            applicationId: r.applicationId,
            title: r.application.title,
            applicant: r.application.lead.name,
            applicantCountry: r.application.lead.country,
            status: r.application.status,
            requestedMinor: r.application.requestedMinor,
            awardedMinor: r.application.awardedMinor,
            reviewCount: r.reviewCount,
            rawMean: r.rawMean,
            normalised: r.normalised,
          })),
        };
      }),
  );

  app.get(
    '/api/programmes/:id/reviews/export',
    {
      schema: {
        operationId: 'exportProgrammeReviews',
        tags,
        summary: 'Download every review and jury score with criteria, weighted and z-scores as CSV or XLSX (organisers)',
        params: IdParams,
        querystring: ExportQuery,
        response: {
          200: Type.Unsafe({ description: 'One review per row', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const format = request.query.format;
      const rows = await ctx.uow.read((s) => reviewExport(s, request.actor, request.params.id));
      const file = format === 'xlsx' ? await writeXlsx('Reviews', rows) : writeCsv(rows);
      return reply
        .header('content-type', format === 'xlsx' ? XLSX_MIME : CSV_MIME)
        .header('content-disposition', `attachment; filename="reviews-${request.params.id}-${today(ctx)}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  app.post(
    '/api/programme-applications/:id/decision',
    {
      schema: {
        operationId: 'decideProgrammeApplication',
        tags,
        summary: 'Fund (with the awarded amount), reject or ask to revise and resubmit; the applicant is e-mailed in their language',
        params: IdParams,
        body: DecisionInput,
        response: { 200: ApplicationResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const body = await ctx.uow.run(async (s) => {
        await decideApplication(s, ctx.clock, ctx.config.publicUrl, request.actor, request.params.id, request.body);
        const loaded = await loadApplication(s, request.actor, request.params.id);
        return presentApplication(loaded.application, loaded.programme, loaded.role);
      });
      void ctx.flushOutbox();
      return body;
    },
  );
}
