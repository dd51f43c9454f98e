/**
 * Score aggregation with normalisation, and ranking. Pure: the numbers are checked against a
 * hand-computed example in test/unit/programmes-aggregation.test.ts.
 *
 * 1. Weighted score of one review (0–100):
 *      W = 100 · Σc wc · (sc − minc) / (maxc − minc) / Σc wc
 * 2. Reviewer bias is removed with a z-score per reviewer (a harsh reviewer's 60 may mean what a lenient
 *    one's 85 means). With μr and σr the mean and population standard deviation of reviewer r's W:
 *      z = (W − μr) / σr,   and z = 0 when r has fewer than 2 reviews or σr = 0 (nothing to compare with).
 * 3. An application's normalised score is the mean of its reviews' z, put back on the 0–100 scale of
 *    all reviews (μ and σ: mean and population standard deviation of every W in the set):
 *      N = μ + σ · mean(z)
 * 4. Ranking: N descending, then the raw mean of W, then more reviews first, then id (stable).
 *    Applications without reviews come last with N = null.
 */
import type { Criterion } from './schema.js';

export interface ScoreSheet {
  applicationId: string;
  /** The reviewer or juror. */
  scorerId: string;
  scores: Record<string, number>;
}

export interface ScoredSheet extends ScoreSheet {
  weighted: number;
  z: number;
}

export interface RankedApplication {
  applicationId: string;
  reviewCount: number;
  rawMean: number | null;
  normalised: number | null;
  rank: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const populationSd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function weightedScore(criteria: readonly Criterion[], scores: Record<string, number>): number {
  const totalWeight = criteria.reduce((a, c) => a + c.weight, 0);
  if (!criteria.length || totalWeight <= 0) return 0;
  const sum = criteria.reduce((a, c) => a + c.weight * (((scores[c.id] ?? c.min) - c.min) / (c.max - c.min)), 0);
  // Rounded to 6 decimals so that equal marks give equal numbers whatever the order of the sums.
  return round((100 * sum) / totalWeight, 6);
}

export function scoreSheets(criteria: readonly Criterion[], sheets: readonly ScoreSheet[]): ScoredSheet[] {
  const weighted = sheets.map((s) => ({ ...s, weighted: weightedScore(criteria, s.scores) }));
  const byScorer = new Map<string, number[]>();
  for (const s of weighted) byScorer.set(s.scorerId, [...(byScorer.get(s.scorerId) ?? []), s.weighted]);
  const stats = new Map([...byScorer].map(([id, xs]) => [id, { mean: mean(xs), sd: populationSd(xs), n: xs.length }]));
  return weighted.map((s) => {
    const st = stats.get(s.scorerId);
    const z = st && st.n >= 2 && st.sd > 0 ? (s.weighted - st.mean) / st.sd : 0;
    return { ...s, z };
  });
}

export function rankApplications(applicationIds: readonly string[], scored: readonly ScoredSheet[]): RankedApplication[] {
  const all = scored.map((s) => s.weighted);
  const mu = all.length ? mean(all) : 0;
  const sigma = all.length ? populationSd(all) : 0;
  const rows = applicationIds.map((applicationId) => {
    const mine = scored.filter((s) => s.applicationId === applicationId);
    if (!mine.length) return { applicationId, reviewCount: 0, rawMean: null, normalised: null };
    return {
      applicationId,
      reviewCount: mine.length,
      rawMean: round(mean(mine.map((s) => s.weighted))),
      normalised: round(mu + sigma * mean(mine.map((s) => s.z))),
    };
  });
  rows.sort(
    (a, b) =>
      (b.normalised ?? -Infinity) - (a.normalised ?? -Infinity) ||
      (b.rawMean ?? -Infinity) - (a.rawMean ?? -Infinity) ||
      b.reviewCount - a.reviewCount ||
      a.applicationId.localeCompare(b.applicationId),
  );
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}
