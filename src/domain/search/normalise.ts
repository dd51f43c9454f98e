/**
 * Text normalisation shared by indexing and querying.
 *
 * Both sides of a search must fold text identically, otherwise a lexeme written into a tsvector can never
 * equal the lexeme a query asks for. Everything here is deterministic, pure JS and independent of the
 * database, which is what lets PGlite and PostgreSQL behave the same.
 */
import * as OpenCC from 'opencc-js';

type Converter = (text: string) => string;

let traditionalToSimplified: Converter | undefined;

/**
 * Traditional (incl. Hong Kong / Taiwan variants) → Simplified Chinese.
 * Built lazily: loading the dictionaries costs ~10 ms and many processes never see Chinese text.
 * 'hk' → 'cn' covers the standard Traditional forms plus HK variants (衞→卫); Taiwan's common variants
 * (裡, 台) are folded by the same dictionaries.
 */
export function toSimplified(text: string): string {
  const convert = (traditionalToSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}

const HAS_HAN = /\p{Script=Han}/u;

/** True for a Han ideograph; pass one code point (CJK extension B+ characters are surrogate pairs). */
export function isHanChar(char: string): boolean {
  return HAS_HAN.test(char);
}

// Control and format characters become spaces: PostgreSQL text cannot hold NUL, and zero-width spaces
// separate words. Soft hyphens and BOMs vanish (they sit inside words); ZWJ/ZWNJ stay because emoji and
// some scripts need them. Lone surrogates become U+FFFD so the UTF-8 sent to the database is well formed.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const KEEP_FORMAT = new Set(['\u200C', '\u200D']);
const DROP_FORMAT = new Set(['\u00AD', '\uFEFF']);
function replaceControl(c: string): string {
  if (KEEP_FORMAT.has(c)) return c;
  return DROP_FORMAT.has(c) ? '' : ' ';
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Typographic apostrophes fold to ASCII so "it’s" and "it's" give the same word.
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;

/**
 * Normalisation up to (but excluding) Latin diacritic folding: NFKC (full-width letters, compatibility
 * ideographs, ligatures), lowercase, Traditional→Simplified. Word segmentation runs on this form because
 * the German umlaut variants (ä → ae) must still see the umlauts.
 */
export function prepareText(text: string): string {
  let out = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFKC')
    .toLowerCase()
    .replace(CONTROL, replaceControl)
    .replace(APOSTROPHES, "'");
  if (HAS_HAN.test(out)) out = toSimplified(out);
  return out;
}

/** Latin letters that do not decompose under NFD but still have a plain-ASCII reading. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd', // Vietnamese; NFD leaves it alone because the stroke is not a combining mark
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  ı: 'i',
};
const LATIN_SPECIAL_RE = /[đßøæœłı]/g;
// A Latin base letter followed by combining marks. Only Latin is folded: stripping marks from kana
// (が → か) or decomposing Hangul would destroy meaning in those scripts.
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * Folds Latin diacritics: Vietnamese "trí tuệ" → "tri tue", German "Wärme" → "warme", "Straße" → "strasse".
 * Expects lowercase input (as produced by prepareText).
 */
export function foldLatin(text: string): string {
  if (!NON_ASCII.test(text)) return text; // fast path: most English tokens
  return text
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, '$1')
    .normalize('NFC')
    .replace(LATIN_SPECIAL_RE, (c) => LATIN_SPECIAL[c] ?? c);
}

const UMLAUT = /[äöü]/g;
const UMLAUT_DIGRAPH: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * German writes ä/ö/ü as ae/oe/ue when umlauts are unavailable ("Waermepumpe"). Folding ä → a alone
 * would make "waermepumpe" unreachable, and folding "ae" → "a" everywhere would mangle English, so words
 * with umlauts get this second spelling indexed (and queried) alongside the folded one.
 * Returns null when the (prepared, unfolded) word has no umlaut.
 */
export function umlautDigraphVariant(preparedWord: string): string | null {
  if (!/[äöü]/.test(preparedWord)) return null;
  return foldLatin(preparedWord.replace(UMLAUT, (c) => UMLAUT_DIGRAPH[c] ?? c));
}

/**
 * Canonical form of text for search: NFKC, lowercase, Traditional→Simplified Chinese, Latin diacritics
 * folded (Vietnamese accents, German umlauts and ß, đ → d). Lexemes are made from this form, so a query
 * typed without accents, without umlauts or in the other Chinese script matches.
 */
export function normaliseText(text: string): string {
  return foldLatin(prepareText(text));
}
