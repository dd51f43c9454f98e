/**
 * The platform's own taxonomy as a small dictionary: every concept's label and synonyms in one language
 * map to the English label and synonyms. It is handed in by the caller (the domain does not read the
 * seed data), and it is the only Vietnamese source that is curated rather than derived.
 */
import { englishPhraseStems } from '../english.js';
import type { LexiconBuilder, Translation } from '../lexicon.js';

/** The shape the taxonomy seed already has: labels and synonyms per content language. */
export interface TaxonomyTerms {
  labels: Readonly<Record<string, string>>;
  synonyms: Readonly<Partial<Record<string, readonly string[]>>>;
}

function termsIn(concept: TaxonomyTerms, language: string): string[] {
  const label = concept.labels[language];
  return [...(label === undefined ? [] : [label]), ...(concept.synonyms[language] ?? [])];
}

/**
 * Adds the terms of the given content languages (e.g. ['zh-Hans', 'zh-Hant'] for the Chinese lexicon).
 * key turns a term into the lexicon's key form (Simplified Chinese, lower case, …).
 */
export function addTaxonomy(
  builder: LexiconBuilder,
  concepts: readonly TaxonomyTerms[],
  languages: readonly string[],
  key: (term: string) => string,
): void {
  for (const concept of concepts) {
    const english = new Map<string, number>();
    for (const term of termsIn(concept, 'en')) {
      for (const stem of englishPhraseStems(term)) english.set(stem, 1);
    }
    const translations: Translation[] = [...english].map(([term, weight]) => ({ term, weight }));
    if (translations.length === 0) continue;
    for (const language of languages) {
      for (const term of termsIn(concept, language)) builder.add(key(term), translations);
    }
  }
}
