/**
 * English is the pivot: every language's words are mapped to Porter stems of English words, so a German
 * "Batterien", a Chinese 电池 and an English "batteries" all become the term "batteri".
 */
import { stemmer } from 'stemmer';

/**
 * Function words that carry no topic. Question words are here too: a need phrased as a question ("which
 * company makes…") should not favour documents that happen to contain "which".
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom whose why will with would you your ' +
    "yours yourself yourselves s t d ll m re ve o y etc e.g i.e sb sth sb's sth's one's someone something " +
    'also may might must shall upon within without via per'
  ).split(' '),
);

const LATIN_WORD = /^[a-z][a-z'-]*$/;
const stems = new Map<string, string>();
/** Stemming cache size cap: the vocabulary of a big corpus fits, and memory stays bounded. */
const MAX_CACHED_STEMS = 500_000;

/**
 * Porter stem of a lower-case, diacritic-free word; the word itself when it is not plain Latin letters
 * (numbers, codes, other scripts pass through unchanged).
 */
export function englishStem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const stem = LATIN_WORD.test(word) ? stemmer(word.replace(/'s$/, '').replace(/'/g, '')) : word;
  if (stems.size < MAX_CACHED_STEMS) stems.set(word, stem);
  return stem;
}

/** True for a word that should never become a pivot term. */
export function isEnglishStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word) || word.length < 2;
}

/**
 * Content-word stems of an English gloss or phrase ("to take part in" → ["take", "part"]); words in
 * parentheses or brackets are left out by the callers that need it, not here.
 */
export function englishPhraseStems(phrase: string): string[] {
  const out: string[] = [];
  for (const match of phrase.toLowerCase().normalize('NFKD').matchAll(/[a-z0-9][a-z0-9'-]*/g)) {
    for (const part of match[0].split('-')) {
      const word = part.replace(/^'+|'+$/g, '');
      if (word === '' || isEnglishStopWord(word)) continue;
      out.push(englishStem(word));
    }
  }
  return out;
}
