/**
 * Synthetic matchmaking days at the scale of a large brokerage event, seeded and reproducible.
 *
 * Realistic skew: who gets asked follows a Zipf-like popularity (a few participants receive far more
 * requests than they have slots, so not everything fits: the per-participant cap is the number of
 * slots), and how active requesters are is skewed more mildly. Some participants arrive late or leave
 * early (forbidden slots), a few meetings are morning- or afternoon-only, and a minority carry a higher
 * priority (mutual interest, organiser's pick).
 */
import type { MeetingRequest, SchedulingInstance, SessionConstraint } from '../../src/domain/meetings/scheduling/model.js';
import { Random } from '../../src/domain/meetings/scheduling/random.js';

export interface SyntheticOptions {
  participants: number;
  requests: number;
  slots?: number;
  seed?: number;
}

/** Samples indices in proportion to weights, by binary search over the cumulative sums. */
function sampler(weights: number[], rng: Random): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A random permutation, so popularity is not tied to participant numbers. */
function shuffled(n: number, rng: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function syntheticEvent(options: SyntheticOptions): SchedulingInstance {
  const { participants: P, requests: R } = options;
  const slots = options.slots ?? 16;
  const rng = new Random(options.seed ?? 7);
  const popularityRank = shuffled(P, rng);
  const activityRank = shuffled(P, rng);
  const target = sampler(popularityRank.map((rank) => (rank + 30) ** -0.7), rng);
  const requester = sampler(activityRank.map((rank) => (rank + 20) ** -0.5), rng);

  const morningSlots = Math.floor(slots / 2);
  const seen = new Set<number>();
  const meetings: MeetingRequest[] = [];
  while (meetings.length < R) {
    const a = requester();
    const b = target();
    const key = Math.min(a, b) * P + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const roll = rng.next();
    const session: SessionConstraint = roll < 0.05 ? 'am' : roll < 0.1 ? 'pm' : 'any';
    const kind = rng.next();
    meetings.push({ a, b, session, fixedSlot: null, priority: kind < 0.05 ? 3 : kind < 0.25 ? 2 : 1, predecessors: [] });
  }

  const forbidden: number[][] = Array.from({ length: P }, () => {
    const roll = rng.next();
    const hours = 1 + rng.int(4);
    if (roll < 0.08) return Array.from({ length: hours }, (_, s) => s); // arrives late
    if (roll < 0.15) return Array.from({ length: hours }, (_, s) => slots - 1 - s); // leaves early
    return [];
  });

  return {
    participants: P,
    slots,
    morningSlots,
    tables: Math.round((R / slots) * 1.2),
    meetings,
    forbidden,
    maxBreakDifference: 2,
  };
}
