/** The administrators' exchange-rate table that deal values are converted with. */
import Type from 'typebox';
import { setExchangeRates } from '../../../domain/deals/rates.js';
import { ExchangeRatesInput } from '../../../domain/deals/schema.js';
import { requireActor, type App, type AppContext } from '../../context.js';
import { errors } from '../../schemas.js';
import { dealContext } from './deals.js';

const RatesResponse = Type.Object({
  reportingCurrency: Type.String(),
  rates: Type.Array(Type.Object({ currency: Type.String(), rate: Type.String(), validOn: Type.String({ format: 'date' }), createdAt: Type.String({ format: 'date-time' }) })),
});

export async function exchangeRateRoutes(app: App, ctx: AppContext) {
  const list = async () => {
    const rates = await ctx.uow.read((s) => s.deals.rates(ctx.config.reportingCurrency));
    return { reportingCurrency: ctx.config.reportingCurrency, rates: rates.map((r) => ({ currency: r.currency, rate: r.rate, validOn: r.validOn, createdAt: r.createdAt.toISOString() })) };
  };

  app.get(
    '/api/exchange-rates',
    { schema: { operationId: 'listExchangeRates', tags: ['deals'], summary: 'Rates to the reporting currency, newest first per currency (signed-in users)', response: { 200: RatesResponse, ...errors(401) } } },
    async (request) => {
      requireActor(request.actor);
      return list();
    },
  );

  app.put(
    '/api/admin/exchange-rates',
    {
      schema: {
        operationId: 'setExchangeRates',
        tags: ['deals', 'admin'],
        summary: 'Enter rates to the reporting currency from a day on (platform admins)',
        body: ExchangeRatesInput,
        response: { 200: RatesResponse, ...errors(400, 401, 403, 429) },
      },
    },
    async (request) => {
      await ctx.uow.run((s) => setExchangeRates(s, dealContext(ctx), request.actor, request.body));
      return list();
    },
  );
}
