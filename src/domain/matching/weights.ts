/**
 * The hybrid score: a weighted mean of the signals that apply to a pair, each 0..1.
 *
 *   score = Σ w_s · x_s / Σ w_s   over the signals s with a value for this pair
 *
 * A signal without a value (no budget on one side, no embedding provider, nothing sought) is left out
 * rather than counted as 0, so missing information neither helps nor hurts. Stored matches keep the
 * signal values, so a weight change re-ranks them at once; the set of stored candidates follows at the
 * next refresh or re-index.
 */
export const SIGNALS = ['text', 'concepts', 'semantic', 'country', 'trl', 'budget', 'cooperation'] as const;
export type Signal = (typeof SIGNALS)[number];

export type Weights = Readonly<Record<Signal, number>>;
export type SignalValues = Readonly<Record<Signal, number | null>>;

/**
 * Defaults (they sum to 1; only their ratios matter), documented in src/domain/matching/README.md:
 * - text 0.35: cross-language BM25 over the bridge's English pivot terms plus same-language terms;
 * - concepts 0.25: shared taxonomy codes (sectors, technology keywords; the author's and automatic tags);
 * - semantic 0.20: cosine of the embeddings, only when a provider is configured;
 * - country, trl, budget, cooperation 0.05 each: fit of what each side states.
 * Text and concepts carry most weight because they say what a listing is about; the fits mostly confirm
 * (their hard part is already a filter: countries sought, minimum TRL, deadlines).
 */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  text: 0.35,
  concepts: 0.25,
  semantic: 0.2,
  country: 0.05,
  trl: 0.05,
  budget: 0.05,
  cooperation: 0.05,
});

export function emptySignals(): Record<Signal, number | null> {
  return { text: null, concepts: null, semantic: null, country: null, trl: null, budget: null, cooperation: null };
}

/** Weighted mean of the signals that have a value; 0 when none does. */
export function combine(values: SignalValues, weights: Weights): number {
  let sum = 0;
  let total = 0;
  for (const s of SIGNALS) {
    const x = values[s];
    const w = weights[s];
    if (x === null || w <= 0) continue;
    sum += w * x;
    total += w;
  }
  return total === 0 ? 0 : sum / total;
}

/** Each signal's share of the score (its weighted value over the applicable weights). */
export function contributions(values: SignalValues, weights: Weights): Record<Signal, number | null> {
  let total = 0;
  for (const s of SIGNALS) if (values[s] !== null && weights[s] > 0) total += weights[s];
  const out = emptySignals();
  for (const s of SIGNALS) {
    const x = values[s];
    out[s] = x === null || total === 0 ? null : (weights[s] * x) / total;
  }
  return out;
}

/** Reads stored weights (JSON) over the defaults; unknown keys and bad values are ignored. */
export function weightsFrom(stored: unknown, base: Weights = DEFAULT_WEIGHTS): Weights {
  const out: Record<Signal, number> = { ...base };
  if (stored && typeof stored === 'object') {
    for (const s of SIGNALS) {
      const v = (stored as Record<string, unknown>)[s];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[s] = v;
    }
  }
  return Object.freeze(out);
}

/** Signal values read back from storage (JSON), null where absent. */
export function signalsFrom(stored: unknown): SignalValues {
  const out = emptySignals();
  if (stored && typeof stored === 'object') {
    for (const s of SIGNALS) {
      const v = (stored as Record<string, unknown>)[s];
      if (typeof v === 'number' && Number.isFinite(v)) out[s] = v;
    }
  }
  return out;
}
