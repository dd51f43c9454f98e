/** Every route of the events area (events, programme, registrations, meetings), registered in one place. */
import type { App, AppContext } from '../../context.js';
import { eventRoutes } from './events.js';

export async function eventAreaRoutes(app: App, ctx: AppContext) {
  await eventRoutes(app, ctx);
}
