/**
 * The signals of a pair, each 0..1 or null when it does not apply, with the facts behind the fits (for
 * the explanation). Text and semantic scores come from retrieval; the rest from what each side states.
 */
import type { MatchFacts, MoneyRange } from './documents.js';
import { emptySignals, type Signal } from './weights.js';

export interface FitDetails {
  country: { subjectCountry: string | null; candidateCountry: string | null; soughtBySubject: string[]; soughtByCandidate: string[] } | null;
  trl: { required: number | null; offered: number | null } | null;
  budget: { subject: MoneyRange; candidate: MoneyRange; overlap: boolean } | null;
  cooperation: { shared: string[] } | null;
}

/** Parent sector of each keyword code: a keyword also counts as (half) its sector. */
export type ConceptParents = ReadonlyMap<string, string>;

const KEYWORD_WEIGHT = 1;
const SECTOR_WEIGHT = 0.5;

function weightedConcepts(codes: readonly string[], parents: ConceptParents): Map<string, number> {
  const out = new Map<string, number>();
  for (const code of codes) {
    const parent = parents.get(code);
    out.set(code, Math.max(out.get(code) ?? 0, parent ? KEYWORD_WEIGHT : SECTOR_WEIGHT));
    if (parent && !out.has(parent)) out.set(parent, SECTOR_WEIGHT);
  }
  return out;
}

/** Weighted Dice overlap of two concept sets; shared codes best first. */
export function conceptOverlap(a: readonly string[], b: readonly string[], parents: ConceptParents): { value: number | null; shared: string[] } {
  if (a.length === 0 || b.length === 0) return { value: null, shared: [] };
  const wa = weightedConcepts(a, parents);
  const wb = weightedConcepts(b, parents);
  let shared = 0;
  let total = 0;
  const codes: Array<[string, number]> = [];
  for (const [code, w] of wa) {
    total += w;
    const other = wb.get(code);
    if (other !== undefined) {
      const both = Math.min(w, other);
      shared += 2 * both;
      codes.push([code, both]);
    }
  }
  for (const w of wb.values()) total += w;
  codes.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { value: total === 0 ? null : shared / total, shared: codes.map(([c]) => c) };
}

function range(m: MoneyRange): [number, number] | null {
  const lo = m.min ?? m.max;
  const hi = m.max ?? m.min;
  return lo === null || hi === null ? null : [lo, hi];
}

/** 1 when the ranges overlap, falling towards 0 as the gap grows to the larger range's size. */
export function budgetFit(a: MoneyRange | null, b: MoneyRange | null): { value: number | null; overlap: boolean } {
  if (!a || !b || a.currency !== b.currency) return { value: null, overlap: false };
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return { value: null, overlap: false };
  if (ra[0] <= rb[1] && rb[0] <= ra[1]) return { value: 1, overlap: true };
  const gap = ra[0] > rb[1] ? ra[0] - rb[1] : rb[0] - ra[1];
  const scale = Math.max(ra[1], rb[1], 1);
  return { value: Math.max(0, 1 - gap / scale), overlap: false };
}

export interface PairSignals {
  values: Record<Signal, number | null>;
  sharedConcepts: string[];
  fits: FitDetails;
}

/** Everything but text and semantic (added by the caller). */
export function factSignals(subject: MatchFacts, candidate: MatchFacts, parents: ConceptParents): PairSignals {
  const values = emptySignals();
  const concepts = conceptOverlap(subject.concepts, candidate.concepts, parents);
  values.concepts = concepts.value;

  const sought = subject.countriesSought.length > 0 || candidate.countriesSought.length > 0;
  // Countries sought are a hard filter: a pair that gets here fits; a stated wish that is met counts.
  values.country = sought ? 1 : null;
  const country = sought
    ? { subjectCountry: subject.country, candidateCountry: candidate.country, soughtBySubject: [...subject.countriesSought], soughtByCandidate: [...candidate.countriesSought] }
    : null;

  const required = subject.trlMin ?? candidate.trlMin;
  const offered = subject.trl ?? candidate.trl;
  const trl = required !== null && offered !== null ? { required, offered } : null;
  values.trl = required !== null && offered !== null ? (offered >= required ? 1 : 0) : null;

  const money = budgetFit(subject.amount, candidate.amount);
  values.budget = money.value;
  const budget = money.value !== null && subject.amount && candidate.amount ? { subject: subject.amount, candidate: candidate.amount, overlap: money.overlap } : null;

  let cooperation: FitDetails['cooperation'] = null;
  if (subject.cooperationTypes.length > 0 && candidate.cooperationTypes.length > 0) {
    const shared = subject.cooperationTypes.filter((t) => candidate.cooperationTypes.includes(t));
    const union = new Set([...subject.cooperationTypes, ...candidate.cooperationTypes]).size;
    values.cooperation = shared.length / union;
    cooperation = { shared };
  }
  return { values, sharedConcepts: concepts.shared, fits: { country, trl, budget, cooperation } };
}
