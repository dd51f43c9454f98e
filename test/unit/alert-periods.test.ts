/** Digest periods: UTC calendar days and ISO 8601 weeks (the week belongs to the year of its Thursday). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodKey } from '../../src/domain/alerts/periods.js';

const at = (iso: string) => new Date(iso);

test('daily periods are UTC calendar days', () => {
  assert.equal(periodKey('daily', at('2026-11-21T00:00:00Z')), 'day:2026-11-21');
  assert.equal(periodKey('daily', at('2026-11-21T23:59:59Z')), 'day:2026-11-21');
  assert.equal(periodKey('daily', at('2026-11-22T00:00:00Z')), 'day:2026-11-22');
});

test('weekly periods are ISO weeks, Monday to Sunday, across year ends', () => {
  assert.equal(periodKey('weekly', at('2026-11-21T09:00:00Z')), 'week:2026-W47'); // Saturday
  assert.equal(periodKey('weekly', at('2026-11-22T23:59:59Z')), 'week:2026-W47'); // Sunday
  assert.equal(periodKey('weekly', at('2026-11-23T00:00:00Z')), 'week:2026-W48'); // Monday
  assert.equal(periodKey('weekly', at('2026-12-31T12:00:00Z')), 'week:2026-W53');
  assert.equal(periodKey('weekly', at('2027-01-03T12:00:00Z')), 'week:2026-W53'); // Sunday after New Year
  assert.equal(periodKey('weekly', at('2027-01-04T00:00:00Z')), 'week:2027-W01');
  assert.equal(periodKey('weekly', at('2024-12-30T08:00:00Z')), 'week:2025-W01'); // Monday before New Year
});
