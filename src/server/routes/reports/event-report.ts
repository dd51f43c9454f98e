/** The per-event report, for the event's organisers and platform admins. */
import { buildEventReport } from '../../../domain/reports/event-report.js';
import { EventReport } from '../../../domain/reports/schema.js';
import type { App, AppContext } from '../../context.js';
import { errors, IdParams } from '../../schemas.js';

export async function eventReportRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/events/:id/report',
    {
      schema: {
        operationId: 'eventReport',
        tags: ['reports', 'events'],
        summary: 'The report of one event: participants, countries, foreign share, sessions, meetings, intentions and agreements signed',
        description: "The event's organisers and co-organisers, and platform admins.",
        params: IdParams,
        response: { 200: EventReport, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ctx.uow.read((s) => buildEventReport(s, request.actor, request.params.id, ctx.config.reportingCurrency)),
  );
}
