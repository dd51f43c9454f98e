/**
 * Vietnamese is written one syllable at a time; words are runs of syllables. Runs are matched greedily,
 * longest first, against the Vietnamese lexicon (taxonomy terms and Sino-Vietnamese compounds). A match
 * that includes a function syllable is refused: "của các" happens to read like a Chinese word, but it is
 * two particles.
 */
import type { Lexicon, Translation } from './lexicon.js';

/**
 * Particles, pronouns, classifiers and question words. Syllables that also begin Sino-Vietnamese words
 * (không in không khí "air", từ in từ điển "dictionary", sự in sự kiện "event") are deliberately absent.
 */
export const VIETNAMESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'của và là có được các những một trong cho với này đó để người ở theo về như đã sẽ đang ' +
    'thì mà nên vì nếu khi cũng rất nhiều hơn bị trên dưới ra vào lên đến tới sau trước ' +
    'gì nào ai đâu sao nhiêu mấy hay hoặc nhưng còn đều tôi chúng ta họ chị em ông bà nó cái con chiếc ' +
    'cuộc kia ấy đấy vậy thôi'
  ).split(' '),
);

/** Letters Vietnamese does not use: a word with one of them is foreign (a name, a brand, a loanword). */
const FOREIGN_LETTERS = /[fjwz]/;
/** Any letter with a Vietnamese diacritic. */
const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

export interface VietnameseSyllable {
  text: string;
  capitalised: boolean;
  sentenceStart: boolean;
  continuesPhrase: boolean;
}

export interface VietnameseWord {
  /** Index of the first syllable in the input. */
  start: number;
  syllables: string[];
  translations: readonly Translation[] | undefined;
}

/**
 * True for a syllable that is probably not Vietnamese: a capitalised word inside a sentence (names:
 * "Denver", but also "Việt Nam", which is harmless), or a word with letters Vietnamese lacks.
 */
export function looksForeign(syllable: VietnameseSyllable): boolean {
  if (FOREIGN_LETTERS.test(syllable.text)) return true;
  return syllable.capitalised && !syllable.sentenceStart && !VIETNAMESE_MARKED.test(syllable.text);
}

/** Groups syllables into the longest lexicon words, left to right. */
export function segmentVietnamese(syllables: readonly VietnameseSyllable[], lexicon: Lexicon | undefined): VietnameseWord[] {
  const words: VietnameseWord[] = [];
  const maxWords = lexicon?.maxKeyWords ?? 1;
  for (let i = 0; i < syllables.length; ) {
    let matched = 0;
    let translations: readonly Translation[] | undefined;
    for (let length = Math.min(maxWords, syllables.length - i); length > 1 && matched === 0; length--) {
      const run = syllables.slice(i, i + length);
      if (run.some((s, k) => (k > 0 && !s.continuesPhrase) || VIETNAMESE_STOP_WORDS.has(s.text))) continue;
      translations = lexicon?.lookup(run.map((s) => s.text).join(' '));
      if (translations) matched = length;
    }
    if (matched === 0) {
      const syllable = syllables[i];
      if (syllable) words.push({ start: i, syllables: [syllable.text], translations: lexicon?.lookup(syllable.text) });
      i++;
    } else {
      words.push({ start: i, syllables: syllables.slice(i, i + matched).map((s) => s.text), translations });
      i += matched;
    }
  }
  return words;
}
