/** Every route of the programmes area (calls, competitions, case selections), registered in one place. */
import type { App, AppContext } from '../context.js';
import { programmeApplicationRoutes } from './programme-applications.js';
import { programmeAssignmentRoutes } from './programme-assignments.js';
import { programmeProjectRoutes } from './programme-projects.js';
import { programmeResultRoutes } from './programme-results.js';
import { programmeReviewerRoutes } from './programme-reviewers.js';
import { programmeRoutes } from './programmes.js';

export async function programmeAreaRoutes(app: App, ctx: AppContext) {
  await programmeRoutes(app, ctx);
  await programmeApplicationRoutes(app, ctx);
  await programmeReviewerRoutes(app, ctx);
  await programmeAssignmentRoutes(app, ctx);
  await programmeResultRoutes(app, ctx);
  await programmeProjectRoutes(app, ctx);
}
