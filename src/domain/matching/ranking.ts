/**
 * Ranking one document (or a free text) against the index: candidates from text retrieval, shared
 * concepts and (with a provider) nearest embeddings; hard filters; the hybrid score; explanations for
 * the ones kept. Reads only: callers decide what to store.
 */
import type { Stores } from '../ports.js';
import { analyseText, type FieldUnits, type QueryUnit } from './analysis.js';
import { listingFacts, organisationFacts, typeCode, type MatchFacts, type MatchType } from './documents.js';
import { matchedTerms, termSpans, type MatchExplanation, type Span } from './explain.js';
import { pairAllowed } from './policy.js';
import { retrieveText, topScores } from './retrieval.js';
import { factSignals, type ConceptParents } from './signals.js';
import type { CandidateDocument, CandidateFacts } from './store.js';
import type { TextBridge } from './text/pivot.js';
import { combine, type SignalValues, type Weights } from './weights.js';

export interface RankSubject {
  facts: MatchFacts;
  query: readonly QueryUnit[];
  /** The subject's texts with their units, for highlighting. */
  fields: readonly FieldUnits[];
  /** Never returned (the subject itself). */
  excludeIds: readonly string[];
}

export interface RankOptions {
  targetTypes: readonly MatchType[];
  limit: number;
  maxUnits: number;
  weights: Weights;
  today: string;
  /** The subject's embedding and the model it came from, when a provider is configured. */
  vector: { values: Float32Array; model: string } | null;
  /** Extra condition on candidates (the viewer may see it, the filters of the request …). */
  accept?: (candidate: CandidateFacts) => boolean;
  /** Text candidates considered (default 200). */
  depth?: number;
  /**
   * Matches whose candidate text is highlighted (default all). The candidate's words are found by running
   * the bridge over its text (≈1 ms each): a live search highlights its first few and stays fast.
   */
  highlightTop?: number;
}

export interface RankedMatch {
  candidate: CandidateDocument;
  score: number;
  signals: SignalValues;
  explanation: MatchExplanation;
}

/** Candidates read per source before filtering and scoring (text: `depth`). */
const DEFAULT_TEXT_DEPTH = 200;
const CONCEPT_DEPTH = 50;
const VECTOR_DEPTH = 50;
/**
 * BM25 grows with the query's length, so it is put on a 0..1 scale against the query's ideal score
 * (every unit present many times): score / (score + share · ideal). A document reaching 15 % of the
 * ideal gets 0.5; the demo data's cross-language answers sit around 0.6–0.8.
 */
const TEXT_HALF_SCORE_SHARE = 0.15;

/** Both sides always have text, so sharing none of it is a 0, not a missing signal. */
export function textSignal(score: number | undefined, ideal: number): number {
  if (!score || ideal <= 0) return 0;
  return score / (score + TEXT_HALF_SCORE_SHARE * ideal);
}

/** The facts of a matched document, for the hard filters and signals. */
export function candidateFacts(c: CandidateFacts): MatchFacts {
  if (c.listing) return { ...listingFacts(c.listing), concepts: c.concepts };
  if (c.organisation) {
    return { ...organisationFacts(c.organisation), concepts: c.concepts };
  }
  return { matchType: c.matchType, organisationId: c.organisationId, organisationType: null, country: null, countriesSought: [], trl: null, trlMin: null, amount: null, cooperationTypes: [], partnerKind: null, deadline: null, concepts: c.concepts };
}

/** Still a candidate today: published, not expired, deadline not passed (listings); verified (organisations). */
export function liveToday(c: CandidateFacts, today: string): boolean {
  if (c.listing) {
    const l = c.listing;
    return l.status === 'published' && (l.expiresAt === null || l.expiresAt >= today) && (l.deadline === null || l.deadline >= today);
  }
  return !!c.organisation?.verified;
}

/** The texts of a matched document that the API shows, for highlighting. */
export function shownFields(c: CandidateDocument): Array<{ field: 'title' | 'summary' | 'name' | 'description'; language: string; text: string }> {
  if (c.listing) {
    return [
      { field: 'title', language: c.listing.language, text: c.listing.title },
      { field: 'summary', language: c.listing.language, text: c.listing.summary },
    ];
  }
  if (c.organisation) {
    return [
      { field: 'name', language: 'en', text: c.organisation.name },
      ...Object.entries(c.organisation.descriptions).map(([language, text]) => ({ field: 'description' as const, language, text })),
    ];
  }
  return [];
}

export async function rank(stores: Stores, bridge: TextBridge, parents: ConceptParents, subject: RankSubject, options: RankOptions): Promise<RankedMatch[]> {
  const codes = options.targetTypes.map(typeCode);
  const text = await retrieveText(stores.matching, subject.query, codes, options.maxUnits);
  const seqs = new Set(topScores(text.scores, options.depth ?? DEFAULT_TEXT_DEPTH).map(([seq]) => seq));
  if (subject.facts.concepts.length > 0) for (const seq of await stores.matching.conceptCandidates(subject.facts.concepts, codes, CONCEPT_DEPTH)) seqs.add(seq);
  let similarity = new Map<number, number>();
  if (options.vector) {
    const near = await stores.matching.nearest(options.vector.values, options.vector.model, codes, VECTOR_DEPTH);
    for (const n of near) seqs.add(n.seq);
    similarity = await stores.matching.similarities(options.vector.values, options.vector.model, [...seqs]);
  }
  const excluded = new Set(subject.excludeIds);
  const scored: Array<{ candidate: CandidateFacts; score: number; signals: SignalValues; shared: string[]; fits: ReturnType<typeof factSignals>['fits']; similarity: number | null }> = [];
  for (const candidate of await stores.matching.candidateFacts([...seqs])) {
    if (excluded.has(candidate.id) || !liveToday(candidate, options.today)) continue;
    if (!options.targetTypes.includes(candidate.matchType)) continue;
    const facts = candidateFacts(candidate);
    if (!pairAllowed(subject.facts, facts) || (options.accept && !options.accept(candidate))) continue;
    const pair = factSignals(subject.facts, facts, parents);
    const sim = similarity.get(candidate.seq);
    const signals = { ...pair.values, text: textSignal(text.scores.get(candidate.seq), text.ideal), semantic: sim === undefined ? null : Math.max(0, sim) };
    if (signals.text === 0 && signals.semantic === null && pair.sharedConcepts.length === 0) continue;
    scored.push({ candidate, score: combine(signals, options.weights), signals, shared: pair.sharedConcepts, fits: pair.fits, similarity: sim ?? null });
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.seq - b.candidate.seq);
  const kept = scored.slice(0, options.limit);
  if (kept.length === 0) return [];

  // Texts and forward terms of the kept ones only: the explanation needs them, the scoring did not.
  const full = new Map((await stores.matching.candidates(kept.map((k) => k.candidate.seq))).map((c) => [c.candidate.seq, c]));
  const subjectSpans = termSpans(subject.fields);
  const out: RankedMatch[] = [];
  for (const k of kept) {
    const loaded = full.get(k.candidate.seq);
    if (!loaded) continue;
    const { candidate, terms } = loaded;
    const shared: Array<{ term: string; kind: QueryUnit['kind']; weight: number }> = [];
    for (const { unit, factor } of text.units) {
      for (const [term, weight] of unit.alternatives) if (terms.has(term)) shared.push({ term, kind: unit.kind, weight: factor * weight });
    }
    const highlight = shared.length > 0 && out.length < (options.highlightTop ?? Infinity);
    const candidateSpans = highlight ? termSpans(analyseText(bridge, shownFields(candidate))) : new Map<string, Span[]>();
    const explanation: MatchExplanation = {
      sharedConcepts: k.shared,
      matchedTerms: matchedTerms(shared, subjectSpans, candidateSpans),
      country: k.fits.country,
      trl: k.fits.trl,
      budget: k.fits.budget,
      cooperation: k.fits.cooperation,
      semantic: k.similarity !== null && options.vector ? { similarity: k.similarity, model: options.vector.model } : null,
    };
    out.push({ candidate, score: k.score, signals: k.signals, explanation });
  }
  return out;
}
