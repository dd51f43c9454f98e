/**
 * A text with the matched words marked, built from the explanation's spans as React elements (the text
 * is user content: never HTML). Each matched term has its own colour, the same in both texts, so a reader
 * sees which word answers which.
 */
import type { ReactNode } from 'react';
import type { MatchedTerm, MatchSpan } from '../api/matching';

export const MARK_COLOURS = 6;

export interface GroupedSpan {
  start: number;
  end: number;
  /** Index of the matched term in the explanation (its colour). */
  group: number;
  /** What it matched on the other side, for the mark's tooltip. */
  hint: string;
}

/**
 * Spans were computed on the text as it was when matched; if the text changed since (a refresh is then
 * queued), a span that no longer fits is looked up by its words, or left out.
 */
function placed(text: string, span: MatchSpan): { start: number; end: number } | null {
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  const at = text.indexOf(span.text);
  return at >= 0 && span.text ? { start: at, end: at + span.text.length } : null;
}

/** The spans of one field (and language, for organisations' descriptions) on one side of the matched terms. */
export function spansFor(terms: readonly MatchedTerm[], side: 'subject' | 'candidate', text: string, field: string, language?: string): GroupedSpan[] {
  const other = side === 'subject' ? 'candidate' : 'subject';
  const out: GroupedSpan[] = [];
  terms.forEach((term, group) => {
    const hint = [...new Set(term[other].map((s) => s.text))].join(' · ');
    for (const span of term[side]) {
      if (span.field !== field || (language && span.language !== language)) continue;
      const at = placed(text, span);
      if (at) out.push({ ...at, group, hint });
    }
  });
  return out;
}

export function Highlighted({ text, spans, lang }: { text: string; spans: readonly GroupedSpan[]; lang?: string }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const span of sorted) {
    // Overlapping spans (one word carrying two terms) are marked once, by the first.
    const start = Math.max(span.start, cursor);
    if (start >= span.end) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(
      <mark key={`${start}-${span.group}`} className={`match-mark match-mark-${span.group % MARK_COLOURS}`} title={span.hint || undefined}>
        {text.slice(start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <span lang={lang}>{parts}</span>;
}
