/**
 * Why two documents match, in a form the UI can show in the viewer's language: shared concept codes (the
 * UI labels them), matched terms with where they occur in both texts (for highlighting), the fits of
 * country, TRL, budget and cooperation, and the semantic similarity when embeddings were used.
 * Explanations never name an organisation: an anonymous listing stays anonymous in them.
 */
import { toSimplified } from '../search/normalise.js';
import type { FieldUnits } from './analysis.js';
import type { FieldName, MoneyRange } from './documents.js';
import type { FitDetails } from './signals.js';
import type { UnitKind } from './text/pivot.js';

/** Where a matched word is, in UTF-16 code units of the field's text as the API returns it. */
export interface Span {
  field: FieldName;
  /** The language of the text (an organisation's descriptions come in several). */
  language: string;
  start: number;
  end: number;
  text: string;
}

export interface MatchedTerm {
  /** The pivot terms the two texts share here (English stems; 'zh:…' etc. for same-language forms). */
  terms: string[];
  kind: UnitKind;
  subject: Span[];
  candidate: Span[];
}

export interface MatchExplanation {
  sharedConcepts: string[];
  matchedTerms: MatchedTerm[];
  country: FitDetails['country'];
  trl: FitDetails['trl'];
  budget: { subject: MoneyRange; candidate: MoneyRange; overlap: boolean } | null;
  cooperation: FitDetails['cooperation'];
  semantic: { similarity: number; model: string } | null;
}

const MAX_TERMS = 12;
const MAX_SPANS = 3;
/** Fields highlighted in the UI (what the API returns of a matched document). */
const SHOWN_FIELDS: readonly FieldName[] = ['title', 'summary', 'name', 'description'];

/** Lower case, NFKC and Simplified Chinese, like the bridge's tokens, when that keeps every offset. */
function folded(text: string): string | null {
  const full = toSimplified(text.normalize('NFKC')).toLowerCase();
  if (full.length === text.length) return full;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

function occurrences(haystack: string, needle: string, limit: number): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let at = haystack.indexOf(needle); at >= 0 && out.length < limit; at = haystack.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Term → spans of the units (words, phrases) that carry it, in the shown fields. */
export function termSpans(fields: readonly FieldUnits[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const f of fields) {
    if (!SHOWN_FIELDS.includes(f.field)) continue;
    const haystack = folded(f.text);
    if (haystack === null) continue;
    const located = new Map<string, number[]>();
    for (const unit of f.units) {
      const source = unit.source.toLowerCase();
      let starts = located.get(source);
      if (!starts) {
        starts = occurrences(haystack, source, MAX_SPANS);
        if (starts.length === 0 && source.includes(' ')) starts = occurrences(haystack, source.replace(/ /g, '-'), MAX_SPANS);
        located.set(source, starts);
      }
      for (const start of starts) {
        const span: Span = { field: f.field, language: f.language, start, end: start + source.length, text: f.text.slice(start, start + source.length) };
        for (const term of unit.alternatives.keys()) {
          const list = out.get(term) ?? [];
          if (list.length < MAX_SPANS && !list.some((s) => s.field === span.field && s.language === span.language && s.start === span.start)) list.push(span);
          out.set(term, list);
        }
      }
    }
  }
  return out;
}

const spanKey = (span: Span | undefined) => (span ? `${span.field}:${span.language}:${span.start}:${span.end}` : '-');

function mergeSpans(into: Span[], more: readonly Span[]): void {
  for (const span of more) if (into.length < MAX_SPANS && !into.some((s) => spanKey(s) === spanKey(span))) into.push(span);
}

/**
 * Matched terms, most telling first: `terms` are the shared terms with their query weight (idf), the
 * span maps come from termSpans of each side. Terms carried by the same words (激光焊接 and
 * Laserstrahlschweißen both give laser, weld, beam) are one entry.
 */
/** Single digits, alone or as a same-language form. */
const TRIVIAL = /^(?:[a-z]{2}:)?\d$/;
const LONE_HAN = /^\p{Script=Han}$/u;
/** Spans that are all one Chinese character each (为, 度, 约): often a particle or a fragment. */
const loneHan = (spans: readonly Span[]) => spans.length > 0 && spans.every((span) => LONE_HAN.test(span.text));

export function matchedTerms(
  terms: ReadonlyArray<{ term: string; kind: UnitKind; weight: number }>,
  subject: ReadonlyMap<string, Span[]>,
  candidate: ReadonlyMap<string, Span[]>,
): MatchedTerm[] {
  const entries = new Map<string, MatchedTerm>();
  for (const { term, kind } of [...terms].sort((a, b) => b.weight - a.weight)) {
    // A lone digit ("1" ↔ "1") counts a little in the score but explains nothing to a reader.
    if (TRIVIAL.test(term)) continue;
    const s = subject.get(term) ?? [];
    const c = candidate.get(term) ?? [];
    // A lone character translated into another language ("为 ↔ Verfahren", "约 ↔ balancing") is a
    // dictionary sense of a particle, not a reason a reader would accept; the same character on both
    // sides (钢 ↔ 钢) still is. The score keeps it either way, at its small idf.
    if ((loneHan(s) && !loneHan(c)) || (loneHan(c) && !loneHan(s))) continue;
    const key = `${spanKey(s[0])}|${spanKey(c[0])}`;
    const entry = entries.get(key);
    if (entry) {
      if (!entry.terms.includes(term)) entry.terms.push(term);
      mergeSpans(entry.subject, s);
      mergeSpans(entry.candidate, c);
      continue;
    }
    if (entries.size >= MAX_TERMS) continue;
    entries.set(key, { terms: [term], kind, subject: [...s], candidate: [...c] });
  }
  return [...entries.values()];
}

/** The same explanation seen from the other side of the pair. */
export function mirrorExplanation(e: MatchExplanation): MatchExplanation {
  return {
    ...e,
    matchedTerms: e.matchedTerms.map((t) => ({ ...t, subject: t.candidate, candidate: t.subject })),
    country: e.country
      ? { subjectCountry: e.country.candidateCountry, candidateCountry: e.country.subjectCountry, soughtBySubject: e.country.soughtByCandidate, soughtByCandidate: e.country.soughtBySubject }
      : null,
    budget: e.budget ? { subject: e.budget.candidate, candidate: e.budget.subject, overlap: e.budget.overlap } : null,
  };
}

// -- reading stored explanations back (JSON from the database is checked, not trusted)

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const FIELDS: readonly FieldName[] = ['title', 'summary', 'details', 'translation', 'name', 'description'];
const isField = (v: string | null): v is FieldName => v !== null && (FIELDS as readonly string[]).includes(v);
const KINDS: readonly UnitKind[] = ['pivot', 'literal', 'surface'];
const isKind = (v: string | null): v is UnitKind => v !== null && (KINDS as readonly string[]).includes(v);

function spans(v: unknown): Span[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((s) => {
    const field = str(s.field);
    const start = num(s.start);
    const end = num(s.end);
    return isField(field) && start !== null && end !== null ? [{ field, language: str(s.language) ?? '', start, end, text: str(s.text) ?? '' }] : [];
  });
}

function money(v: unknown): MoneyRange | null {
  if (!isObject(v)) return null;
  const currency = str(v.currency);
  return currency ? { min: num(v.min), max: num(v.max), currency } : null;
}

export function parseExplanation(value: unknown): MatchExplanation {
  const e = isObject(value) ? value : {};
  const country = isObject(e.country) ? e.country : null;
  const trl = isObject(e.trl) ? e.trl : null;
  const budget = isObject(e.budget) ? e.budget : null;
  const cooperation = isObject(e.cooperation) ? e.cooperation : null;
  const semantic = isObject(e.semantic) ? e.semantic : null;
  const subjectMoney = budget ? money(budget.subject) : null;
  const candidateMoney = budget ? money(budget.candidate) : null;
  const similarity = semantic ? num(semantic.similarity) : null;
  return {
    sharedConcepts: strings(e.sharedConcepts),
    matchedTerms: (Array.isArray(e.matchedTerms) ? e.matchedTerms : []).filter(isObject).map((t) => ({
      terms: strings(t.terms),
      kind: ((k) => (isKind(k) ? k : 'pivot'))(str(t.kind)),
      subject: spans(t.subject),
      candidate: spans(t.candidate),
    })),
    country: country
      ? { subjectCountry: str(country.subjectCountry), candidateCountry: str(country.candidateCountry), soughtBySubject: strings(country.soughtBySubject), soughtByCandidate: strings(country.soughtByCandidate) }
      : null,
    trl: trl ? { required: num(trl.required), offered: num(trl.offered) } : null,
    budget: subjectMoney && candidateMoney && budget ? { subject: subjectMoney, candidate: candidateMoney, overlap: budget.overlap === true } : null,
    cooperation: cooperation ? { shared: strings(cooperation.shared) } : null,
    semantic: semantic && similarity !== null ? { similarity, model: str(semantic.model) ?? '' } : null,
  };
}
