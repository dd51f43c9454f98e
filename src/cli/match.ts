/** `npm run innox -- match <listing-id>`: a listing's best matches with their explanations, computed now. */
import type { MatchingEngine } from '../domain/matching/engine.js';
import type { RankedMatch } from '../domain/matching/ranking.js';
import { SIGNALS } from '../domain/matching/weights.js';

export interface ConceptLabels {
  get(code: string): string | undefined;
}

function describe(m: RankedMatch): string {
  const c = m.candidate;
  if (c.listing) {
    const owner = c.listing.visibility === 'anonymous' ? `anonymous (${c.listing.organisationName})` : c.listing.organisationName;
    return `${c.listing.type} · ${c.listing.country} · ${owner}\n      ${c.listing.title}`;
  }
  return `${c.matchType} · ${c.organisation?.country ?? ''}\n      ${c.organisation?.name ?? c.id}`;
}

export function formatMatches(matches: readonly RankedMatch[], labels: ConceptLabels): string {
  if (matches.length === 0) return 'No matches (the listing is not live, or nothing complementary shares its words or concepts).';
  return matches
    .map((m, i) => {
      const signals = SIGNALS.filter((s) => m.signals[s] !== null)
        .map((s) => `${s} ${(m.signals[s] ?? 0).toFixed(2)}`)
        .join(' · ');
      const e = m.explanation;
      const lines = [`${String(i + 1).padStart(2)}. ${m.score.toFixed(3)}  ${describe(m)}  [${m.candidate.id}]`, `      signals: ${signals}`];
      if (e.sharedConcepts.length) lines.push(`      shared concepts: ${e.sharedConcepts.map((code) => labels.get(code) ?? code).join(', ')}`);
      const terms = e.matchedTerms
        .filter((t) => t.subject.length && t.candidate.length)
        .slice(0, 6)
        .map((t) => `${t.subject[0]?.text} ↔ ${t.candidate[0]?.text} (${t.terms.join(', ')})`);
      if (terms.length) lines.push(`      matched words: ${terms.join('; ')}`);
      const fits = [
        e.country ? `country ${e.country.candidateCountry ?? '?'}${e.country.soughtBySubject.length ? ` (sought: ${e.country.soughtBySubject.join(', ')})` : ''}` : '',
        e.trl ? `TRL ${e.trl.offered} ≥ ${e.trl.required}` : '',
        e.budget ? `budget ${e.budget.overlap ? 'overlaps' : 'apart'}` : '',
        e.cooperation?.shared.length ? `cooperation: ${e.cooperation.shared.join(', ')}` : '',
        e.semantic ? `semantic ${e.semantic.similarity.toFixed(2)} (${e.semantic.model})` : '',
      ].filter(Boolean);
      if (fits.length) lines.push(`      fit: ${fits.join(' · ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Loads the dictionaries, runs `catchUp` (queued index jobs), ranks and prints. */
export async function printMatches(engine: MatchingEngine, listingId: string, limit: number, labels: ConceptLabels, catchUp: () => Promise<number>): Promise<void> {
  const started = performance.now();
  await engine.warmUp();
  const loaded = performance.now();
  const ran = await catchUp();
  if (ran) console.log(`Ran ${ran} queued matching job(s) first (the server does this on its own).`);
  const warm = performance.now();
  const matches = await engine.rankListing(listingId, limit);
  console.log(`Matching mode: ${engine.mode}; dictionaries loaded in ${Math.round(loaded - started)} ms; ranked in ${Math.round(performance.now() - warm)} ms.\n`);
  console.log(formatMatches(matches, labels));
}
