/**
 * Meeting slot blocks in the organiser's words (day, start, length, count, gap, breaks), expanded into
 * slots the way the server does (domain/meetings/setup.ts expandSlotBlocks), for a preview before saving;
 * and existing slots read back into blocks, so the editor opens with what was saved.
 */
import { localDay, localTime, zonedTimeToInstant } from '../../../domain/events/time';
import type { MeetingSlotDto, SlotBlock } from '../../api/meetings';

const MINUTE_MS = 60_000;
/** The schema's largest changeover gap; a longer pause starts a new block. */
const MAX_GAP_MINUTES = 120;

export interface PreviewSlot {
  block: number;
  day: string;
  startsAt: string;
  endsAt: string;
  session: 'am' | 'pm';
  /** Minutes of break after this slot (a break inside its block), 0 if none. */
  breakAfterMinutes: number;
}

export type PlanProblem = { block: number; kind: 'outsideEvent' | 'pastMidnight' | 'badStart' } | { block: number; kind: 'overlap'; day: string; time: string };

export function eventDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${startsOn}T00:00:00Z`); d <= new Date(`${endsOn}T00:00:00Z`) && days.length < 60; d = new Date(d.getTime() + 86_400_000)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

export function previewSlots(blocks: readonly Partial<SlotBlock>[], event: { startsOn: string; endsOn: string; timeZone: string }): { slots: PreviewSlot[]; problems: PlanProblem[] } {
  const slots: PreviewSlot[] = [];
  const problems: PlanProblem[] = [];
  blocks.forEach((block, b) => {
    const { day, start, slotMinutes, count } = block;
    if (!day || !start || !slotMinutes || !count) return;
    if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(start)) {
      problems.push({ block: b, kind: 'badStart' });
      return;
    }
    if (day < event.startsOn || day > event.endsOn) problems.push({ block: b, kind: 'outsideEvent' });
    const session = block.session ?? (start < '12:00' ? 'am' : 'pm');
    const breaks = new Map((block.breaks ?? []).filter((x) => x?.afterSlot && x.minutes).map((x) => [x.afterSlot, x.minutes]));
    let at = zonedTimeToInstant(day, start, event.timeZone).getTime();
    for (let i = 1; i <= Math.min(count, 60); i++) {
      const end = at + slotMinutes * MINUTE_MS;
      if (localDay(new Date(end - 1), event.timeZone) !== day) {
        problems.push({ block: b, kind: 'pastMidnight' });
        break;
      }
      const pause = breaks.get(i) ?? 0;
      slots.push({ block: b, day, startsAt: new Date(at).toISOString(), endsAt: new Date(end).toISOString(), session, breakAfterMinutes: i < count ? pause : 0 });
      at = end + (block.gapMinutes ?? 0) * MINUTE_MS + pause * MINUTE_MS;
    }
  });
  slots.sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  for (let i = 1; i < slots.length; i++) {
    const prev = slots[i - 1]!;
    const cur = slots[i]!;
    if (cur.startsAt < prev.endsAt) {
      problems.push({ block: cur.block, kind: 'overlap', day: cur.day, time: localTime(new Date(cur.startsAt), event.timeZone) });
      break;
    }
  }
  return { slots, problems };
}

const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / MINUTE_MS);

/**
 * Saved slots as blocks: one block per run of equally long slots of a day and session; the shortest
 * pause in a run is its changeover gap, longer pauses are breaks.
 */
export function inferBlocks(slots: readonly MeetingSlotDto[], timeZone: string): SlotBlock[] {
  const sorted = [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const runs: MeetingSlotDto[][] = [];
  for (const slot of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const sameRun =
      run &&
      last &&
      localDay(new Date(last.startsAt), timeZone) === localDay(new Date(slot.startsAt), timeZone) &&
      last.session === slot.session &&
      minutesBetween(last.endsAt, slot.startsAt) <= MAX_GAP_MINUTES &&
      minutesBetween(last.startsAt, last.endsAt) === minutesBetween(slot.startsAt, slot.endsAt);
    if (sameRun) run.push(slot);
    else runs.push([slot]);
  }
  return runs.map((run) => {
    const first = run[0]!;
    const pauses = run.slice(1).map((s, i) => minutesBetween(run[i]!.endsAt, s.startsAt));
    const gap = pauses.length ? Math.min(...pauses) : 0;
    const breaks = pauses.map((p, i) => ({ afterSlot: i + 1, minutes: p - gap })).filter((x) => x.minutes > 0);
    const start = localTime(new Date(first.startsAt), timeZone);
    const block: SlotBlock = {
      day: localDay(new Date(first.startsAt), timeZone),
      start,
      slotMinutes: minutesBetween(first.startsAt, first.endsAt),
      count: run.length,
      gapMinutes: gap,
      breaks,
    };
    // Only name the session when it differs from what the start time implies.
    if (first.session !== (start < '12:00' ? 'am' : 'pm')) block.session = first.session;
    return block;
  });
}
