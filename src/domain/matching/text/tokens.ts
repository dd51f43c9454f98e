/**
 * Word tokens for the cross-language bridge. Unlike the search index's tokens (src/domain/search/tokens),
 * these keep diacritics (Vietnamese tones and German umlauts select dictionary entries: "công nghệ" is not
 * "cong nghe") and remember capitalisation (a capitalised word inside a sentence is likely a name, which
 * is matched as written). Traditional Chinese is folded to Simplified, as everywhere.
 */
import { chunkText } from '../../search/chunk.js';
import { toSimplified } from '../../search/normalise.js';

export type TokenKind = 'word' | 'han' | 'number' | 'code';

export interface TextToken {
  /** Lower-case NFC form; Han folded to Simplified. */
  text: string;
  kind: TokenKind;
  /** The first letter was upper case in the original text. */
  capitalised: boolean;
  /** First word of the text or of a sentence (its capital says nothing about it being a name). */
  sentenceStart: boolean;
  /** Nothing separates this token from the previous one (consecutive words of a Han run). */
  joined: boolean;
  /** Only spaces or a hyphen separate this token from the previous one: both may form one phrase. */
  continuesPhrase: boolean;
}

const HAS_HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
const DIGIT = /\p{Nd}/u;
const ALL_NUMBER = /^[\p{Nd}.,]+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const SENTENCE_END = /[.!?。！？;；:\n]/;
const PHRASE_GAP = /^[ \t\u00A0-]*$/;
/** Longer "words" are URLs, hashes or garbage. */
const MAX_TOKEN_CHARS = 60;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(chunk: string): Intl.Segmenter {
  const locale = HAS_HAN.test(chunk) ? 'zh' : 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** "1,000,000" → "1000000"; "3.5" stays; trailing separators go. */
function normaliseNumber(text: string): string {
  const trimmed = text.replace(/[.,]+$/, '');
  return /^\d{1,3}(,\d{3})+$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
}

function classify(segment: string): TokenKind {
  if (ALL_HAN.test(segment)) return 'han';
  if (ALL_NUMBER.test(segment)) return 'number';
  return DIGIT.test(segment) ? 'code' : 'word';
}

/** The word tokens of text in reading order (segmented in chunks: Intl.Segmenter is slow on long strings). */
export function* textTokens(text: string): Generator<TextToken> {
  let sentenceStart = true;
  let gap = '';
  let first = true;
  for (const raw of chunkText(text)) {
    let chunk = raw.normalize('NFKC').replace(/[\u2018\u2019\u02BC]/g, "'");
    if (HAS_HAN.test(chunk)) chunk = toSimplified(chunk);
    for (const seg of segmenterFor(chunk).segment(chunk)) {
      if (!seg.isWordLike) {
        gap += seg.segment;
        if (SENTENCE_END.test(seg.segment)) sentenceStart = true;
        continue;
      }
      if (seg.segment.length <= MAX_TOKEN_CHARS) {
        const kind = classify(seg.segment);
        const lower = seg.segment.toLowerCase();
        yield {
          text: kind === 'number' ? normaliseNumber(lower) : lower,
          kind,
          capitalised: UPPER_FIRST.test(seg.segment),
          sentenceStart,
          joined: !first && gap === '',
          continuesPhrase: !first && PHRASE_GAP.test(gap),
        };
      }
      first = false;
      sentenceStart = false;
      gap = '';
    }
  }
}

/** Character bigrams of a Han string (the whole string when it is one character). */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}
