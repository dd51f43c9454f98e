/** Turning an entered value into a stored one: the conversion to the reporting currency at a recorded rate. */
import { fail } from '../errors.js';
import type { Stores } from '../ports.js';
import type { DealContext } from './access.js';
import { convertMinor, normaliseRate } from './money.js';
import type { DealValueInput } from './schema.js';
import type { DealValue, ValueConversion } from './store.js';

type Lookup = { rate: string; rateDate: string; rateSource: ValueConversion['rateSource'] } | null;

async function findRate(stores: Stores, ctx: DealContext, input: DealValueInput, onDate: string): Promise<Lookup> {
  if (input.currency === ctx.reportingCurrency) return { rate: '1', rateDate: onDate, rateSource: 'identity' };
  if (input.exchangeRate) return { rate: normaliseRate(input.exchangeRate.rate), rateDate: input.exchangeRate.rateDate, rateSource: 'manual' };
  const row = await stores.deals.rateOn(input.currency, ctx.reportingCurrency, onDate);
  return row ? { rate: normaliseRate(row.rate), rateDate: row.validOn, rateSource: 'table' } : null;
}

function convert(input: DealValueInput, ctx: DealContext, rate: NonNullable<Lookup>): ValueConversion {
  const reportingAmountMinor = convertMinor(input.amountMinor, input.currency, ctx.reportingCurrency, rate.rate);
  if (reportingAmountMinor === null) fail('VALIDATION_FAILED', [{ path: '/value/amountMinor', message: 'the converted amount is too large' }]);
  return { reportingCurrency: ctx.reportingCurrency, ...rate, reportingAmountMinor };
}

/**
 * A value entered by a user: converted at the rate they give, else at the administrators' latest rate on
 * or before `onDate`; 422 EXCHANGE_RATE_MISSING when there is neither.
 */
export async function resolveValue(stores: Stores, ctx: DealContext, input: DealValueInput, onDate: string): Promise<DealValue> {
  const rate = await findRate(stores, ctx, input, onDate);
  if (!rate) fail('EXCHANGE_RATE_MISSING', { currency: input.currency, reportingCurrency: ctx.reportingCurrency });
  return { amountMinor: input.amountMinor, currency: input.currency, conversion: convert(input, ctx, rate) };
}

/** A value from a meeting outcome: kept even when no rate is known (its conversion is then null). */
export async function resolveValueLeniently(stores: Stores, ctx: DealContext, input: DealValueInput, onDate: string): Promise<DealValue> {
  const rate = await findRate(stores, ctx, input, onDate);
  if (!rate) return { amountMinor: input.amountMinor, currency: input.currency, conversion: null };
  const reportingAmountMinor = convertMinor(input.amountMinor, input.currency, ctx.reportingCurrency, rate.rate);
  return { amountMinor: input.amountMinor, currency: input.currency, conversion: reportingAmountMinor === null ? null : { reportingCurrency: ctx.reportingCurrency, ...rate, reportingAmountMinor } };
}

/**
 * The stored value after an edit. Re-sending the same amount and currency without a rate keeps the rate
 * recorded before (an edit of another field must not re-price the deal); a new amount, currency or rate
 * is converted anew.
 */
export async function valueAfterEdit(stores: Stores, ctx: DealContext, current: DealValue | null, input: DealValueInput | null, onDate: string): Promise<DealValue | null> {
  if (!input) return null;
  const same = current && current.amountMinor === input.amountMinor && current.currency === input.currency;
  if (same && !input.exchangeRate && current.conversion?.reportingCurrency === ctx.reportingCurrency) return current;
  // An unchanged value that was never converted (from a meeting outcome) stays as it is while no rate is
  // known, so that editing the title does not demand one.
  if (same && !input.exchangeRate) return resolveValueLeniently(stores, ctx, input, onDate);
  return resolveValue(stores, ctx, input, onDate);
}
