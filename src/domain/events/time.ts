/**
 * Local wall-clock times of an event, read in its IANA time zone, to instants and back. Uses the
 * platform's time zone database (Intl), so daylight-saving changes are handled as the OS knows them.
 */
import { fail } from '../errors.js';

export function assertTimeZone(timeZone: string, path = '/timeZone'): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    fail('INVALID_TIME_ZONE', [{ path, message: `unknown time zone ${timeZone}` }]);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const n = (k: string) => Number(parts[k]);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2026-12-03` + `09:30` in `Asia/Shanghai` → the instant 2026-12-03T01:30:00Z. */
export function zonedTimeToInstant(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = offsetMs(new Date(wall), timeZone);
  let instant = wall - first;
  const second = offsetMs(new Date(instant), timeZone);
  if (second !== first) instant = wall - second;
  return new Date(instant);
}

/** The local calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The local time (HH:MM) of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
