/** Local event times to instants and back, across daylight-saving changes; slot blocks expand correctly. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../src/domain/errors.js';
import { localDay, localTime, zonedTimeToInstant } from '../../src/domain/events/time.js';
import { expandSlotBlocks } from '../../src/domain/meetings/setup.js';

describe('event time zones', () => {
  test('reads wall-clock times in the event zone, in and out of daylight saving', () => {
    assert.equal(zonedTimeToInstant('2026-12-03', '09:00', 'Asia/Shanghai').toISOString(), '2026-12-03T01:00:00.000Z');
    assert.equal(zonedTimeToInstant('2026-07-01', '09:00', 'Europe/Berlin').toISOString(), '2026-07-01T07:00:00.000Z');
    assert.equal(zonedTimeToInstant('2026-12-01', '09:00', 'Europe/Berlin').toISOString(), '2026-12-01T08:00:00.000Z');
    assert.equal(zonedTimeToInstant('2026-03-29', '10:00', 'Europe/Berlin').toISOString(), '2026-03-29T08:00:00.000Z', 'the day clocks go forward');
    assert.equal(zonedTimeToInstant('2026-06-15', '14:30', 'Asia/Ho_Chi_Minh').toISOString(), '2026-06-15T07:30:00.000Z');
    assert.equal(zonedTimeToInstant('2026-11-01', '08:00', 'America/Toronto').toISOString(), '2026-11-01T13:00:00.000Z', 'the day clocks go back');
  });

  test('turns instants back into the local day and time', () => {
    const instant = new Date('2026-12-03T17:30:00Z');
    assert.equal(localDay(instant, 'Asia/Shanghai'), '2026-12-04');
    assert.equal(localTime(instant, 'Asia/Shanghai'), '01:30');
    assert.equal(localDay(instant, 'America/Toronto'), '2026-12-03');
  });
});

describe('meeting slot blocks', () => {
  const event = { startsOn: '2026-12-03', endsOn: '2026-12-04', timeZone: 'Europe/Berlin' };

  test('expands morning and afternoon blocks over two days with gaps and breaks, numbered in time order', () => {
    const slots = expandSlotBlocks(
      'e',
      {
        blocks: [
          { day: '2026-12-04', start: '14:00', slotMinutes: 30, count: 2 },
          { day: '2026-12-03', start: '09:00', slotMinutes: 25, count: 3, gapMinutes: 5, breaks: [{ afterSlot: 1, minutes: 15 }] },
        ],
      },
      event,
    );
    assert.deepEqual(
      slots.map((s) => [s.ordinal, localDay(s.startsAt, event.timeZone), localTime(s.startsAt, event.timeZone), localTime(s.endsAt, event.timeZone), s.session]),
      [
        [0, '2026-12-03', '09:00', '09:25', 'am'],
        [1, '2026-12-03', '09:45', '10:10', 'am'],
        [2, '2026-12-03', '10:15', '10:40', 'am'],
        [3, '2026-12-04', '14:00', '14:30', 'pm'],
        [4, '2026-12-04', '14:30', '15:00', 'pm'],
      ],
    );
  });

  test('refuses slots outside the event, past midnight, or overlapping', () => {
    const code = (fn: () => unknown) => assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
    code(() => expandSlotBlocks('e', { blocks: [{ day: '2026-12-05', start: '09:00', slotMinutes: 20, count: 1 }] }, event));
    code(() => expandSlotBlocks('e', { blocks: [{ day: '2026-12-03', start: '23:00', slotMinutes: 30, count: 3 }] }, event));
    code(() =>
      expandSlotBlocks(
        'e',
        { blocks: [{ day: '2026-12-03', start: '09:00', slotMinutes: 30, count: 2 }, { day: '2026-12-03', start: '09:45', slotMinutes: 30, count: 1 }] },
        event,
      ),
    );
  });
});
