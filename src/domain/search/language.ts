/**
 * Cheap language guess for the five content languages. A stop-gap until a fastText model arrives: it
 * only has to be right on ordinary paragraphs, and to never be expensive (it looks at a prefix).
 */
import type { ContentLanguage } from '../shared/vocab.js';
import { toSimplified } from './normalise.js';

/** Enough text to decide; looking further costs time and changes nothing on real documents. */
const SAMPLE_CHARS = 4000;
/** Share of Han among letters (other letters count half: a Latin word has several) for "Chinese". */
const MIN_HAN_SHARE = 0.5;
/** Share of Han characters that Traditional→Simplified conversion changes in Traditional text (~20-30 %). */
const MIN_TRADITIONAL_SHARE = 0.05;
/**
 * Vietnamese-only letters per Latin letter: ~20 % in real Vietnamese, ~1 % in a German or English text
 * that mentions a Vietnamese name.
 */
const MIN_VIETNAMESE_SHARE = 0.05;

// Letters that occur in Vietnamese but in none of the other languages we serve (nor French/Portuguese):
// horned/breved vowels, đ, and vowels carrying a dot below, hook above or a stacked tone mark.
const VIETNAMESE_LETTERS = new Set(
  'ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ',
);
const GERMAN_STOP_WORDS = new Set(['der', 'die', 'das', 'und', 'für', 'mit', 'von', 'ist', 'eine', 'nicht', 'zur', 'im', 'dem', 'den', 'des', 'auf', 'sich']);
const ENGLISH_STOP_WORDS = new Set(['the', 'and', 'of', 'for', 'with', 'is', 'to', 'in', 'a', 'on', 'that', 'are']);
const GERMAN_LETTERS = /[äöüß]/;

/**
 * Guesses the language of text: Chinese when Han dominates (Traditional if conversion to Simplified
 * changes a noticeable share of characters), Vietnamese when Vietnamese-only letters occur, German when
 * umlauts/ß and German stop-words outweigh English stop-words, English otherwise (also for empty text).
 */
export function detectLanguage(text: string): ContentLanguage {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase();
  const han = [...sample.matchAll(/\p{Script=Han}/gu)].map((m) => m[0]);
  const latinLetters = countMatches(sample, /\p{Script=Latin}/gu);
  const otherLetters = countMatches(sample, /\p{L}/gu) - han.length;
  if (han.length > 0 && han.length >= MIN_HAN_SHARE * (han.length + otherLetters / 2)) {
    return traditionalShare(han) >= MIN_TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
  }
  const vietnamese = [...sample].filter((c) => VIETNAMESE_LETTERS.has(c)).length;
  if (vietnamese > 0 && vietnamese >= MIN_VIETNAMESE_SHARE * latinLetters) return 'vi';
  return looksGerman(sample) ? 'de' : 'en';
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/**
 * Share of Han characters that are Traditional-only, judged per character: simplified text is almost
 * unchanged by the conversion, Traditional text has 20-30 % characters that change.
 */
function traditionalShare(hanChars: string[]): number {
  const changed = new Map<string, boolean>();
  let count = 0;
  for (const char of hanChars) {
    let isTraditional = changed.get(char);
    if (isTraditional === undefined) {
      isTraditional = toSimplified(char) !== char;
      changed.set(char, isTraditional);
    }
    if (isTraditional) count++;
  }
  return count / hanChars.length;
}

/** Umlaut/ß words count as German evidence; stop-words are the bulk of the signal in running text. */
function looksGerman(sample: string): boolean {
  let german = 0;
  let english = 0;
  for (const [word] of sample.matchAll(/\p{L}+/gu)) {
    if (GERMAN_STOP_WORDS.has(word) || GERMAN_LETTERS.test(word)) german++;
    else if (ENGLISH_STOP_WORDS.has(word)) english++;
  }
  return german > english;
}
