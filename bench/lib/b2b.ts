/**
 * Reads the B2B meeting scheduling instances (Bofill et al.) into the scheduling model. The files are
 * 1-based; the model is 0-based. Encoding notes (see ../shared/benchdata/README.md):
 * - `requested` rows are p1, p2, s with s = 1 morning only, 2 afternoon only, 3 any;
 * - `forbidden` sets hold 1-based slots, and `{0}` (0 is no slot) stands for "none";
 * - `fixed` holds the 1-based slot of a pre-fixed meeting, 0 when free;
 * - `precedences` holds 1-based meeting numbers;
 * - `meetingsxBusiness` sets hold meeting number + 1 with a sentinel 1, and `nMeetingsBusiness` the true
 *   count. They repeat what `requested` says, so they serve as a check that the file was read right.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { MeetingRequest, SchedulingInstance, SessionConstraint } from '../../src/domain/meetings/scheduling/model.js';
import { dznInt, dznIntArray, dznMatrix, dznSetArray, parseDzn } from './dzn.js';

/** The published optima are for fairness d = 2. */
export const PUBLISHED_MAX_BREAK_DIFFERENCE = 2;

const SESSIONS: Record<number, SessionConstraint> = { 1: 'am', 2: 'pm', 3: 'any' };

export function readB2bInstance(path: string): SchedulingInstance {
  const doc = parseDzn(readFileSync(path, 'utf8'));
  const participants = dznInt(doc, 'nBusiness');
  const slots = dznInt(doc, 'nTotalSlots');
  const requested = dznMatrix(doc, 'requested');
  const fixed = dznIntArray(doc, 'fixed');
  const precedences = dznSetArray(doc, 'precedences');
  const problem = (what: string): Error => new Error(`${path}: ${what}`);
  if (requested.length !== dznInt(doc, 'nMeetings')) throw problem(`${requested.length} requested rows for nMeetings`);
  if (fixed.length !== requested.length || precedences.length !== requested.length) throw problem('fixed/precedences length');

  const meetings: MeetingRequest[] = requested.map((row, m) => {
    const [p1, p2, s] = row;
    const session = s === undefined ? undefined : SESSIONS[s];
    if (row.length !== 3 || p1 === undefined || p2 === undefined || session === undefined) throw problem(`requested row ${m + 1}`);
    const slot = fixed[m]!;
    if (slot < 0 || slot > slots) throw problem(`fixed slot ${slot} of meeting ${m + 1}`);
    return {
      a: p1 - 1,
      b: p2 - 1,
      session,
      fixedSlot: slot === 0 ? null : slot - 1,
      priority: 1,
      predecessors: precedences[m]!.map((q) => q - 1),
    };
  });

  const forbidden = dznSetArray(doc, 'forbidden').map((set, p) =>
    set.filter((s) => s !== 0).map((s) => {
      if (s < 1 || s > slots) throw problem(`forbidden slot ${s} of participant ${p + 1}`);
      return s - 1;
    }),
  );
  if (forbidden.length !== participants) throw problem('forbidden length');

  const listed = dznSetArray(doc, 'meetingsxBusiness');
  const counts = dznIntArray(doc, 'nMeetingsBusiness');
  for (let p = 0; p < participants; p++) {
    const fromRequests = meetings.flatMap((r, m) => (r.a === p || r.b === p ? [m] : [])).join(',');
    const fromList = (listed[p] ?? []).filter((v) => v !== 1).map((v) => v - 2).sort((x, y) => x - y).join(',');
    if (fromRequests !== fromList || counts[p] !== fromRequests.split(',').filter(Boolean).length) {
      throw problem(`meetingsxBusiness/nMeetingsBusiness disagree with requested for participant ${p + 1}`);
    }
  }

  return {
    participants,
    slots,
    morningSlots: dznInt(doc, 'nMorningSlots'),
    tables: dznInt(doc, 'nTables'),
    meetings,
    forbidden,
    maxBreakDifference: PUBLISHED_MAX_BREAK_DIFFERENCE,
  };
}

/** published_optima.csv: instance → optimal total breaks (d = 2). */
export function readPublishedOptima(path: string): Map<string, number> {
  const rows: unknown = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true });
  const optima = new Map<string, number>();
  if (!Array.isArray(rows)) return optima;
  for (const row of rows as Array<Record<string, unknown>>) {
    const name = row['instance'];
    const value = Number(row['optimal_total_breaks_d2']);
    if (typeof name === 'string' && Number.isInteger(value)) optima.set(name, value);
  }
  return optima;
}
