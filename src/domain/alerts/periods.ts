/**
 * Digest periods. Users have no time zone on their account, so periods are UTC: a daily digest's period
 * is the calendar day, a weekly one's the ISO week (Monday to Sunday). The key is what the sent-log is
 * unique on, together with the subscription.
 */
import type { DigestFrequency } from './vocab.js';

const DAY_MS = 86_400_000;

/** ISO 8601 week-numbering year and week of a UTC instant. */
export function isoWeek(at: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  // The week belongs to the year its Thursday is in.
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7) };
}

/** 'day:2026-11-21' or 'week:2026-W47'. */
export function periodKey(frequency: DigestFrequency, at: Date): string {
  if (frequency === 'daily') return `day:${at.toISOString().slice(0, 10)}`;
  const { year, week } = isoWeek(at);
  return `week:${year}-W${String(week).padStart(2, '0')}`;
}
