/**
 * Dates and times of an event, always shown in the event's own time zone (a programme says "09:30" in
 * Shanghai whoever reads it), formatted by Intl in the reader's language.
 */
import { useMemo } from 'react';
import { useFormat } from '../i18n/format';

export interface EventTimeFormat {
  /** A calendar day (YYYY-MM-DD): "Thu, 3 Dec 2026". */
  day: (day: string) => string;
  /** A short day for tabs: "Thu 3 Dec". */
  shortDay: (day: string) => string;
  /** Time of day of an instant in the event time zone. */
  time: (instant: string) => string;
  /** "09:30–10:15" */
  timeRange: (from: string, to: string) => string;
  /** First to last day: "3–4 Dec 2026". */
  dateRange: (startsOn: string, endsOn: string) => string;
  dateTime: (instant: string) => string;
  /** The zone as readers know it: "China Standard Time (GMT+8)". */
  zoneName: string;
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function makeEventTimeFormat(lang: string, timeZone: string): EventTimeFormat {
  const dayFmt = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
  const shortDayFmt = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
  const rangeFmt = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  let timeFmt: Intl.DateTimeFormat;
  let dateTimeFmt: Intl.DateTimeFormat;
  let zoneName = timeZone;
  try {
    timeFmt = new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit' });
    dateTimeFmt = new Intl.DateTimeFormat(lang, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const long = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'long' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;
    const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;
    zoneName = long && offset && long !== offset ? `${long} (${offset})` : (long ?? timeZone);
  } catch {
    // An unknown zone cannot be stored, but stay readable if one ever is.
    timeFmt = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
    dateTimeFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return {
    day: (day) => dayFmt.format(utcDate(day)),
    shortDay: (day) => shortDayFmt.format(utcDate(day)),
    time: (instant) => timeFmt.format(new Date(instant)),
    timeRange: (from, to) => timeFmt.formatRange(new Date(from), new Date(to)),
    dateRange: (startsOn, endsOn) => (startsOn === endsOn ? rangeFmt.format(utcDate(startsOn)) : rangeFmt.formatRange(utcDate(startsOn), utcDate(endsOn))),
    dateTime: (instant) => dateTimeFmt.format(new Date(instant)),
    zoneName,
  };
}

export function useEventTime(timeZone: string, language?: string): EventTimeFormat {
  const fmt = useFormat();
  const lang = language ?? fmt.lang;
  return useMemo(() => makeEventTimeFormat(lang, timeZone), [lang, timeZone]);
}
