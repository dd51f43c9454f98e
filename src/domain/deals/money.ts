/**
 * Deal values: an amount in minor units of its ISO 4217 currency, converted to the reporting currency at
 * a recorded rate (units of the reporting currency per one unit of the deal's currency). The arithmetic
 * is exact (BigInt on the rate's decimal digits), rounded half away from zero to the reporting minor unit.
 */

/** Currencies without a minor unit in ISO 4217 (among those the platform accepts). */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND']);

export const minorDigits = (currency: string): number => (ZERO_DECIMAL.has(currency) ? 0 : 2);

/** A positive decimal rate: up to 9 integer digits and 10 decimals. */
export const RATE_PATTERN = '^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,10})?$';
const RATE_SCALE_DIGITS = 10;

/** The rate as an integer scaled by 10^10, or null when it is not a positive decimal. */
export function parseRate(rate: string): bigint | null {
  const m = new RegExp(RATE_PATTERN).exec(rate);
  if (!m) return null;
  const [whole, fraction = ''] = rate.split('.');
  const scaled = BigInt(whole ?? '0') * 10n ** BigInt(RATE_SCALE_DIGITS) + BigInt((fraction + '0'.repeat(RATE_SCALE_DIGITS)).slice(0, RATE_SCALE_DIGITS));
  return scaled > 0n ? scaled : null;
}

/** A rate in its shortest decimal form ("7.8000000000" → "7.8"), as stored and shown. */
export function normaliseRate(rate: string): string {
  const scaled = parseRate(rate);
  if (scaled === null) throw new RangeError(`not a rate: ${rate}`);
  const whole = scaled / 10n ** BigInt(RATE_SCALE_DIGITS);
  const fraction = (scaled % 10n ** BigInt(RATE_SCALE_DIGITS)).toString().padStart(RATE_SCALE_DIGITS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** amountMinor of `from` in minor units of `to` at `rate`; null when the result is beyond safe integers. */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number | null {
  const scaled = parseRate(rate);
  if (scaled === null) throw new RangeError(`not a rate: ${rate}`);
  const numerator = BigInt(amountMinor) * scaled * 10n ** BigInt(minorDigits(to));
  const denominator = 10n ** BigInt(minorDigits(from) + RATE_SCALE_DIGITS);
  const result = (numerator * 2n + denominator) / (denominator * 2n);
  return result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : null;
}

/** Sums values per currency and in the reporting currency; values without a conversion are counted apart. */
export function sumValues(values: ReadonlyArray<{ amountMinor: number; currency: string; reportingAmountMinor: number | null }>) {
  const byCurrency = new Map<string, number>();
  let reportingMinor = 0;
  let unconverted = 0;
  for (const v of values) {
    byCurrency.set(v.currency, (byCurrency.get(v.currency) ?? 0) + v.amountMinor);
    if (v.reportingAmountMinor === null) unconverted++;
    else reportingMinor += v.reportingAmountMinor;
  }
  return { byCurrency, reportingMinor, unconverted };
}
