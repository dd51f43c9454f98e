/** Reports: dashboards, the per-event report and the annual report with its exports. */
import type { App, AppContext } from '../../context.js';
import { annualReportRoutes } from './annual.js';
import { dashboardRoutes } from './dashboards.js';
import { eventReportRoutes } from './event-report.js';

export async function reportRoutes(app: App, ctx: AppContext) {
  await dashboardRoutes(app, ctx);
  await annualReportRoutes(app, ctx);
  await eventReportRoutes(app, ctx);
}
