/**
 * Chinese runs → dictionary words. The ICU segmenter's word list is not CC-CEDICT's, so a run of Han
 * characters is matched against the lexicon itself, forwards and backwards by longest match, keeping the
 * reading with fewer words (then fewer single characters; backwards on a tie, which is more often right
 * for Chinese).
 */
import type { Lexicon, Translation } from './lexicon.js';

/** Particles, pronouns and question words: no topic. */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 是 在 和 与 及 或 也 都 而 被 把 对 于 从 向 以 之 其 这 那 这个 那个 这些 那些 一个 一种 有 没有 ' +
    '什么 哪 哪个 哪些 哪里 哪儿 谁 何 何时 何地 如何 怎么 怎样 怎么样 为什么 为何 多少 几 吗 呢 吧 啊 ' +
    '不 没 没有 别 我 你 他 她 它 我们 你们 他们 她们 它们 其中 并 但 但是 因为 所以 如果 就 才 还 又 等 等等 个 位 者'
  ).split(' '),
);

/** Longest lexicon key tried at each position; longer entries are idioms and sentences. */
const MAX_WORD_CHARS = 8;

export interface HanWord {
  word: string;
  translations: readonly Translation[] | undefined;
}

function longestAt(chars: readonly string[], start: number, forward: boolean, lexicon: Lexicon | undefined): number {
  const maxLength = Math.min(MAX_WORD_CHARS, lexicon?.maxKeyWords ?? 1, forward ? chars.length - start : start);
  for (let length = maxLength; length > 1; length--) {
    const key = forward ? chars.slice(start, start + length).join('') : chars.slice(start - length, start).join('');
    if (lexicon?.has(key)) return length;
  }
  return 1;
}

function segmentRun(chars: readonly string[], forward: boolean, lexicon: Lexicon | undefined): string[] {
  const words: string[] = [];
  if (forward) {
    for (let i = 0; i < chars.length; ) {
      const length = longestAt(chars, i, true, lexicon);
      words.push(chars.slice(i, i + length).join(''));
      i += length;
    }
  } else {
    for (let i = chars.length; i > 0; ) {
      const length = longestAt(chars, i, false, lexicon);
      words.unshift(chars.slice(i - length, i).join(''));
      i -= length;
    }
  }
  return words;
}

const singles = (words: readonly string[]): number => words.filter((w) => [...w].length === 1).length;

/** Dictionary words of one run of Han characters (Simplified), with their translations when known. */
export function segmentHanRun(run: string, lexicon: Lexicon | undefined): HanWord[] {
  const chars = [...run];
  const forward = segmentRun(chars, true, lexicon);
  const backward = segmentRun(chars, false, lexicon);
  const pick =
    forward.length < backward.length || (forward.length === backward.length && singles(forward) < singles(backward))
      ? forward
      : backward;
  return pick.map((word) => ({ word, translations: lexicon?.lookup(word) }));
}
