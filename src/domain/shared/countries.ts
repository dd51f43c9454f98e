import countries from 'i18n-iso-countries';
import { fail } from '../errors.js';

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Throws UNKNOWN_COUNTRY naming each bad code and where it was found. */
export function assertCountries(codes: Array<{ path: string; code: string }>): void {
  const bad = codes.filter((c) => !isCountryCode(c.code));
  if (bad.length) fail('UNKNOWN_COUNTRY', bad.map((b) => ({ path: b.path, message: `${b.code} is not an ISO 3166-1 alpha-2 code` })));
}
