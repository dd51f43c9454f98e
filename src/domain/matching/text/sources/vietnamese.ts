/**
 * Vietnamese → English without a Vietnamese–English dictionary (none exists in npm or Debian).
 *
 * Most Vietnamese technical and academic vocabulary is Sino-Vietnamese: "công nghệ" is 工藝, "khoa học"
 * 科學, "đại học" 大學. Unicode's Unihan database (Debian package unicode-data, kVietnamese field) gives
 * the Sino-Vietnamese reading of ~8,000 characters, so every CC-CEDICT word of 2–4 characters whose
 * characters all have readings yields Vietnamese keys ("công nghệ") with that word's English glosses.
 * A reading shared by several Chinese words splits the weight between them, so ambiguous keys count
 * less. Single syllables are not added: one syllable has far too many Chinese readings to mean anything.
 */
import type { CedictEntry } from './cedict.js';
import { glossTranslations } from './gloss.js';
import type { LexiconBuilder, Translation } from '../lexicon.js';

/** Chinese words of these lengths (in characters) give Vietnamese compounds. */
const MIN_CHARS = 2;
const MAX_CHARS = 4;
/** A word whose characters have many readings gives as many keys; past this it is skipped. */
const MAX_READINGS_PER_WORD = 8;

/** Parses Unihan_Readings.txt lines `U+5DE5\tkVietnamese\tcông` into character → readings. */
export function parseUnihanVietnamese(text: string): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [codePoint, field, value] = line.split('\t');
    if (field !== 'kVietnamese' || codePoint === undefined || value === undefined) continue;
    const char = String.fromCodePoint(Number.parseInt(codePoint.slice(2), 16));
    readings.set(char, value.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean));
  }
  return readings;
}

function readingsOf(word: string, readings: ReadonlyMap<string, readonly string[]>): string[] {
  let keys = [''];
  for (const char of word) {
    const options = readings.get(char);
    if (!options || options.length === 0) return [];
    keys = keys.flatMap((prefix) => options.map((r) => (prefix === '' ? r : `${prefix} ${r}`)));
    if (keys.length > MAX_READINGS_PER_WORD) return [];
  }
  return keys;
}

/**
 * Adds Sino-Vietnamese compounds. Readings are looked up on the Traditional form (Unihan's readings are
 * given for the traditional characters) and, failing that, on the Simplified one.
 */
export function addSinoVietnamese(
  builder: LexiconBuilder,
  entries: readonly CedictEntry[],
  readings: ReadonlyMap<string, readonly string[]>,
): void {
  const candidates = new Map<string, Translation[][]>();
  for (const entry of entries) {
    const length = [...entry.traditional].length;
    if (length < MIN_CHARS || length > MAX_CHARS) continue;
    // Proper names (capitalised pinyin) are transliterations, not Sino-Vietnamese words.
    if (/^[A-Z]/.test(entry.pinyin)) continue;
    let keys = readingsOf(entry.traditional, readings);
    if (keys.length === 0) keys = readingsOf(entry.simplified, readings);
    if (keys.length === 0) continue;
    const translations = glossTranslations(entry.senses);
    if (translations.length === 0) continue;
    for (const key of keys) {
      const list = candidates.get(key) ?? [];
      list.push(translations);
      candidates.set(key, list);
    }
  }
  for (const [key, lists] of candidates) {
    const share = 1 / Math.sqrt(lists.length);
    builder.add(
      key,
      lists.flatMap((list) => list.map(({ term, weight }) => ({ term, weight: weight * share }))),
    );
  }
}
