/**
 * German words → dictionary entries: inflected forms are reduced by suffix stripping until the
 * dictionary knows the word, and compounds ("Batterietechnologie", "Wärmepumpenhersteller") are split
 * into known parts joined by the usual linking elements (-s-, -es-, -n-, -en-, -e-, -er-).
 */
import type { Lexicon, Translation } from './lexicon.js';

/** Function words and question words: never a topic, never worth a lookup. */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis ' +
    'durch für gegen im in ins mit nach ohne seit um unter über von vom vor zu zum zur ist sind war waren ' +
    'wird werden wurde wurden worden sein hat haben hatte hatten kann können konnte muss müssen soll sollen ' +
    'nicht noch nur schon so sich sie er es wir ihr ich du man dass daß wenn weil ob wie was wer wen wem wessen ' +
    'welche welcher welches welchen welchem wann wo woher wohin warum wieso weshalb wodurch womit wofür ' +
    'worauf wovon wozu dieser diese dieses diesen diesem jener jene jenes sein seine seiner seinem seinen ' +
    'ihre ihrem ihren ihrer ihres dann denn doch da dort hier sehr mehr viel viele einige ander andere anderen ' +
    'etwa bzw usw z.b sowie sowohl weder noch jedoch ab hin her'
  ).split(' '),
);

/** Inflection endings, longest first; a stripped stem must keep at least MIN_STEM letters. */
const SUFFIXES = ['ern', 'nen', 'en', 'er', 'es', 'em', 'ns', 'e', 'n', 's'];
const MIN_STEM = 3;
/** Linking elements between compound parts, and the plain join. */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 3;
/** Heads of 3 letters ("cos", "ion") split names and foreign words into nonsense. */
const MIN_HEAD = 4;
const MIN_COMPOUND = 6;
const MAX_COMPOUND = 40;
/** A modifier (non-final part) says less about the whole than its head. */
const MODIFIER_WEIGHT = 0.8;

/** A word found in the lexicon, possibly after stripping an inflection ending. */
export function lookupInflected(lexicon: Lexicon, word: string): { key: string; translations: readonly Translation[] } | null {
  const exact = lexicon.lookup(word);
  if (exact) return { key: word, translations: exact };
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length < MIN_STEM || !word.endsWith(suffix)) continue;
    const key = word.slice(0, -suffix.length);
    const translations = lexicon.lookup(key) ?? lexicon.lookup(`${key}e`);
    if (translations) return { key, translations };
  }
  return null;
}

/** The key of a non-final compound part: the part itself, or without its linking element, or with -e restored. */
function modifierKey(lexicon: Lexicon, part: string): string | null {
  for (const link of LINKS) {
    if (!part.endsWith(link)) continue;
    const base = part.slice(0, part.length - link.length);
    if (base.length < MIN_PART) continue;
    if (lexicon.has(base)) return base;
    if (link === '' && lexicon.has(`${base}e`)) return `${base}e`; // Schul|buch → Schule
  }
  return null;
}

/**
 * Splits a compound into the fewest known parts (ties: the longest head, found first); null when no split covers it.
 * O(n²) lookups for an n-letter word, n ≤ 40.
 */
export function splitCompound(lexicon: Lexicon, word: string): string[] | null {
  const n = word.length;
  if (n < MIN_COMPOUND || n > MAX_COMPOUND) return null;
  // best[i]: fewest parts covering word[0, i) with every part a modifier; parts[i] the keys.
  const best: Array<string[] | null> = new Array<string[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let i = MIN_PART; i <= n - MIN_PART; i++) {
    for (let j = 0; j <= i - MIN_PART; j++) {
      const before = best[j];
      if (!before) continue;
      const key = modifierKey(lexicon, word.slice(j, i));
      if (key !== null && (best[i] === null || before.length + 1 < (best[i]?.length ?? Infinity))) best[i] = [...before, key];
    }
  }
  let result: string[] | null = null;
  for (let j = MIN_PART; j <= n - MIN_HEAD; j++) {
    const before = best[j];
    if (!before) continue;
    const head = lookupInflected(lexicon, word.slice(j));
    if (!head) continue;
    const parts = [...before, head.key];
    if (result === null || parts.length < result.length) result = parts;
  }
  return result;
}

/**
 * Translations of one German word: the word (inflected) if known, else its compound parts, the head at
 * full weight and modifiers slightly less. Null when neither works (a name, a typo, an unknown word).
 */
export function translateGerman(lexicon: Lexicon, word: string): { parts: string[]; translations: Translation[] } | null {
  const known = lookupInflected(lexicon, word);
  if (known) return { parts: [known.key], translations: [...known.translations] };
  const parts = splitCompound(lexicon, word);
  if (!parts) return null;
  const weights = new Map<string, number>();
  parts.forEach((part, i) => {
    const factor = i === parts.length - 1 ? 1 : MODIFIER_WEIGHT;
    for (const { term, weight } of lookupInflected(lexicon, part)?.translations ?? []) {
      weights.set(term, Math.max(weights.get(term) ?? 0, weight * factor));
    }
  });
  return { parts, translations: [...weights].map(([term, weight]) => ({ term, weight })) };
}

/** A light German stem for same-language matching: Batterien/Batterie → batteri. */
export function germanStem(word: string): string {
  const folded = word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  for (const suffix of SUFFIXES) {
    if (folded.length - suffix.length >= MIN_STEM + 1 && folded.endsWith(suffix)) return folded.slice(0, -suffix.length);
  }
  return folded;
}
