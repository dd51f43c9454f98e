/**
 * Word segmentation for every supported language with one mechanism: ICU word boundaries
 * (Intl.Segmenter, dictionary-based for Chinese) over normalised text, plus character bigrams for Han.
 */
import { chunkText } from './chunk.js';
import { foldLatin, isHanChar, prepareText, umlautDigraphVariant } from './normalise.js';

/** Longer "words" are URLs, hashes or garbage; they would bloat the index and never be typed. */
export const MAX_TOKEN_CHARS = 60;

/** One word-like segment of the text, with what the index and the query builder need to know about it. */
export interface WordToken {
  /** Normalised (folded) word; null when dropped for being longer than MAX_TOKEN_CHARS. */
  word: string | null;
  /** German ae/oe/ue spelling of a word written with umlauts (see umlautDigraphVariant), else null. */
  variant: string | null;
  /** Every character is a Han ideograph. */
  han: boolean;
  /**
   * The previous word belongs to the same phrase (only spaces, a hyphen, & or / between, and neither
   * word is Han), so "laser welding" can also be indexed as the pair lexeme laser_welding.
   */
  pairsWithPrevious: boolean;
  /** Nothing at all separates this word from the previous one (consecutive words of a Han run). */
  touchesPrevious: boolean;
  /**
   * Han bigrams starting inside this word. The last one may reach one character into the next word of
   * the same run, so bigrams cover the whole run whatever the segmenter decided.
   */
  bigrams: string[];
  /** A Han character that ends a run, indexed alone so a one-character query can find it. */
  runFinal: string | null;
}

const HAS_HAN = /\p{Script=Han}/u;
const PAIR_GAP = /^[ \t]*[-‐‑–—&/+]?[ \t]*$/;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * ICU applies its Chinese dictionary whatever the locale, but asking for 'zh' on Han text documents
 * the intent and is future-proof; for Latin-script languages word boundaries are locale-independent.
 */
function segmenterFor(chunk: string): Intl.Segmenter {
  const locale = HAS_HAN.test(chunk) ? 'zh' : 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Yields the word tokens of text in reading order, lazily, so that the index builder can stop early
 * once its caps are reached instead of segmenting a huge document to the end.
 */
export function* analyse(text: string): Generator<WordToken> {
  let previous: { pairable: boolean; han: boolean } | null = null;
  let gap = '';
  for (const raw of chunkText(text)) {
    const chunk = prepareText(raw);
    for (const seg of segmenterFor(chunk).segment(chunk)) {
      if (!seg.isWordLike) {
        // Only short gaps can join a pair; a long one is replaced by a non-joining marker (bounded memory).
        gap = gap.length > 16 ? '\n' : gap + seg.segment;
        continue;
      }
      const token = makeToken(seg.segment, nextCodePoint(chunk, seg.index + seg.segment.length));
      const touching = previous !== null && gap === '';
      token.touchesPrevious = touching && previous?.han === true && token.han;
      token.pairsWithPrevious = previous?.pairable === true && token.word !== null && !token.han && PAIR_GAP.test(gap);
      previous = { pairable: token.word !== null && !token.han, han: token.han };
      gap = '';
      yield token;
    }
  }
}

function makeToken(segment: string, next: string): WordToken {
  const han = [...segment].every(isHanChar);
  const word = segment.length > MAX_TOKEN_CHARS ? null : han ? segment : foldLatin(segment);
  const { bigrams, runFinal } = hanNgrams(segment, next);
  const variant = word === null || han ? null : umlautDigraphVariant(segment);
  return { word, variant, han, pairsWithPrevious: false, touchesPrevious: false, bigrams, runFinal };
}

/** Bigrams of the Han characters of segment, looking one code point past its end (next, or ''). */
function hanNgrams(segment: string, next: string): { bigrams: string[]; runFinal: string | null } {
  const chars = [...segment];
  const bigrams: string[] = [];
  let runFinal: string | null = null;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (!isHanChar(char)) continue;
    const following = chars[i + 1] ?? next;
    if (following !== '' && isHanChar(following)) bigrams.push(char + following);
    else runFinal = char; // a Han run ends here (segments are not mixed in practice, so once per word)
  }
  return { bigrams, runFinal };
}

function nextCodePoint(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Character bigrams of a Han word, within the word only (used for query terms). */
export function hanBigrams(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/**
 * Normalised word tokens in reading order. For Han text each word is followed by the character bigrams
 * starting in it, so that 医疗 is present even when the segmenter keeps 医疗器械 as one word.
 * (Pair lexemes, umlaut spellings and run-final characters are index-only and not returned here.)
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const token of analyse(text)) {
    if (token.word !== null) out.push(token.word);
    for (const bigram of token.bigrams) if (bigram !== token.word) out.push(bigram);
  }
  return out;
}
