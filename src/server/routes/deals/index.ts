import type { App, AppContext } from '../../context.js';
import { dealPartRoutes } from './deal-parts.js';
import { dealRoutes } from './deals.js';
import { exchangeRateRoutes } from './exchange-rates.js';

export async function dealAreaRoutes(app: App, ctx: AppContext) {
  await dealRoutes(app, ctx);
  await dealPartRoutes(app, ctx);
  await exchangeRateRoutes(app, ctx);
}
