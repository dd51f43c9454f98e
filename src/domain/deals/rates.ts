/**
 * The exchange-rate table: platform administrators enter rates to the reporting currency with the day
 * they hold from (rates are never fetched from the internet). A value entered without its own rate is
 * converted at the latest rate on or before the day it is recorded, and that rate and its day are stored
 * with the value, so later rate changes never re-price recorded deals.
 */
import { fail } from '../errors.js';
import type { Actor, Stores } from '../ports.js';
import type { DealContext } from './access.js';
import { normaliseRate } from './money.js';
import type { ExchangeRatesInput } from './schema.js';

export async function setExchangeRates(stores: Stores, ctx: DealContext, actor: Actor | null, input: ExchangeRatesInput): Promise<void> {
  if (!actor) fail('UNAUTHENTICATED');
  if (!actor.isPlatformAdmin) fail('FORBIDDEN');
  const problems = input.rates.flatMap((r, i) => (r.currency === ctx.reportingCurrency ? [{ path: `/rates/${i}/currency`, message: 'the reporting currency needs no rate' }] : []));
  const keys = input.rates.map((r) => `${r.currency}/${r.validOn}`);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) problems.push({ path: `/rates/${i}`, message: 'the same currency and day twice' });
  });
  if (problems.length) fail('VALIDATION_FAILED', problems);
  await stores.deals.upsertRates(input.rates.map((r) => ({ currency: r.currency, reportingCurrency: ctx.reportingCurrency, rate: normaliseRate(r.rate), validOn: r.validOn, setBy: actor.userId })));
  await stores.platform.audit({ actorId: actor.userId, action: 'exchange_rates.set', subjectType: 'exchange_rates', subjectId: ctx.reportingCurrency, details: { rates: input.rates } });
}
