/** Dashboard chart data, one endpoint per chart group; scope and period from the query. */
import { dashboardRange, scopeKey } from '../../../domain/reports/policy.js';
import { DashboardQuery, DealsDashboard, EventsDashboard, ListingsDashboard, MatchingDashboard, MeetingsDashboard, ProgrammesDashboard } from '../../../domain/reports/schema.js';
import type { DashboardFilter } from '../../../domain/reports/store.js';
import { today, type App, type AppContext } from '../../context.js';
import { errors } from '../../schemas.js';

const tags = ['reports'];
const auth = 'Platform admins for the whole platform; organisation members for their organisation.';
const range = (f: DashboardFilter) => ({ from: f.from, to: f.to, scope: scopeKey(f.scope) });

export async function dashboardRoutes(app: App, ctx: AppContext) {
  const filter = (actor: Parameters<typeof dashboardRange>[0], query: DashboardQuery) => dashboardRange(actor, query, today(ctx));
  const schema = (operationId: string, summary: string, response: object) => ({
    operationId,
    tags,
    summary,
    description: auth,
    querystring: DashboardQuery,
    response: { 200: response, ...errors(400, 401, 403) },
  });

  app.get('/api/reports/listings', { schema: schema('reportListings', 'Listings published by month and type, by sector and by country', ListingsDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    return { range: range(f), ...(await ctx.uow.read((s) => s.reports.listings(f))) };
  });

  app.get('/api/reports/matching', { schema: schema('reportMatching', 'Matches stored and the verdicts users gave, with precision as users judge', MatchingDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    const data = await ctx.uow.read((s) => s.reports.matching(f));
    const judged = data.relevant + data.notRelevant;
    return { range: range(f), ...data, precision: judged === 0 ? null : data.relevant / judged };
  });

  app.get('/api/reports/meetings', { schema: schema('reportMeetings', 'Meetings requested, accepted and held, by month of request', MeetingsDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    return { range: range(f), ...(await ctx.uow.read((s) => s.reports.meetings(f))) };
  });

  app.get('/api/reports/deals', { schema: schema('reportDeals', 'Deals created in the period by stage, with values in the reporting currency at recorded rates', DealsDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    return { range: range(f), reportingCurrency: ctx.config.reportingCurrency, ...(await ctx.uow.read((s) => s.reports.deals(f, ctx.config.reportingCurrency))) };
  });

  app.get('/api/reports/programmes', { schema: schema('reportProgrammes', 'Programme funnel: applications drafted, submitted, reviewed and funded', ProgrammesDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    return { range: range(f), ...(await ctx.uow.read((s) => s.reports.programmes(f))) };
  });

  app.get('/api/reports/events', { schema: schema('reportEvents', 'Events in the period with participants by country, foreign share, exhibitors, area and online viewers', EventsDashboard) }, async (request) => {
    const f = filter(request.actor, request.query);
    const data = await ctx.uow.read((s) => s.reports.events(f));
    const sum = (k: 'participants' | 'foreignParticipants' | 'exhibitors' | 'areaSqm' | 'onlineViewers') => data.events.reduce((n, e) => n + e[k], 0);
    const participants = sum('participants');
    return {
      range: range(f),
      ...data,
      participants,
      foreignParticipants: sum('foreignParticipants'),
      foreignShare: participants === 0 ? null : sum('foreignParticipants') / participants,
      exhibitors: sum('exhibitors'),
      areaSqm: sum('areaSqm'),
      onlineViewers: sum('onlineViewers'),
    };
  });
}
