/**
 * Turning dictionary glosses ("to develop; development (of sth)") into weighted pivot terms.
 *
 * Weights encode how directly a gloss names the meaning: a one-word gloss ("battery") is a translation,
 * a six-word explanation is a description whose words are only loosely related. Later senses are less
 * common than the first ones in every dictionary used here, so they lose a little weight too.
 */
import { englishPhraseStems } from '../english.js';
import type { Translation } from '../lexicon.js';

/** Glosses with more content words than this are explanations, not translations: skipped. */
const MAX_GLOSS_WORDS = 5;
/** A word's translations beyond this many add noise (and lower the IDF of the whole group). */
export const MAX_TRANSLATIONS = 16;
/** Weight lost per extra content word of a gloss, and per later sense. */
const PHRASE_DECAY = 0.25;
const SENSE_DECAY = 0.06;
const MIN_SENSE_WEIGHT = 0.5;

// Bracketed notes: (coll.), [Am.], {pl}, <n>, CL:個|个[ge4], pinyin in brackets.
const NOTES = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g;
/** Senses that are cross-references or metadata rather than meanings. */
const NOT_A_MEANING = /^(cl:|surname |variant of|old variant|see |see also|also written|also pr\.|used in|abbr\. for|taiwan pr\.|japanese variant|archaic variant|pr\. )|\p{Script=Han}/u;

/** Removes bracketed notes and collapses spaces. */
export function stripNotes(text: string): string {
  let out = text;
  // Nested or repeated brackets: strip until stable (bounded, glosses are short).
  for (let i = 0; i < 3; i++) {
    const next = out.replace(NOTES, ' ');
    if (next === out) break;
    out = next;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Weighted pivot terms for the senses of one headword. senses are in the dictionary's order; each may
 * hold several synonyms separated by ';' or ','.
 */
export function glossTranslations(senses: readonly string[], splitComma = false): Translation[] {
  const weights = new Map<string, number>();
  senses.forEach((sense, senseIndex) => {
    const senseWeight = Math.max(MIN_SENSE_WEIGHT, 1 - SENSE_DECAY * senseIndex);
    for (const raw of sense.split(splitComma ? /[;,]/ : ';')) {
      const lower = raw.trim().toLowerCase();
      if (lower === '' || NOT_A_MEANING.test(lower)) continue;
      const stems = englishPhraseStems(stripNotes(lower));
      if (stems.length === 0 || stems.length > MAX_GLOSS_WORDS) continue;
      const weight = senseWeight / (1 + PHRASE_DECAY * (stems.length - 1));
      for (const stem of stems) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight));
    }
  });
  return [...weights]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TRANSLATIONS)
    .map(([term, weight]) => ({ term, weight }));
}
