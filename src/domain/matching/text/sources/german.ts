/**
 * German → English dictionaries installed from Debian (both GPL, read from the system, never copied):
 * - trans-de-en: the TU Chemnitz "Ding" list, /usr/share/trans/de-en, one line per entry,
 *   `Abholort {m} | Abholorte {pl} :: pickup location | pickup locations` (senses aligned on '|',
 *   synonyms on ';'). Its inflected forms (plurals, participles) are what makes it the better source.
 * - dict-freedict-deu-eng: dictd files /usr/share/dictd/freedict-deu-eng.{index,dict.dz}.
 */
import { glossTranslations, stripNotes } from './gloss.js';
import type { LexiconBuilder } from '../lexicon.js';

/** German keys longer than this many words are sentences, not lexical units. */
export const MAX_GERMAN_KEY_WORDS = 3;

/** Lower-cases and trims a German headword after its notes ({m}, [med.], (von etw.)) were stripped. */
export function germanKey(headword: string): string | null {
  const key = stripNotes(headword)
    .toLowerCase()
    // Conjugated forms are listed with their pronouns: "ich/er/sie starb", "du stirbst".
    .replace(/^(ich|du|er|sie|es|wir|ihr)(\/(ich|du|er|sie|es|wir|ihr))*\s+/, '')
    .replace(/^(sich|jdn\.?|jdm\.?|etw\.?)\s+/g, '')
    .replace(/\s+(jdn|jdm|jds|etw|sich)\.?$/g, '')
    .replace(/[.…!?]+$/, '')
    .trim();
  if (key === '' || /\b(jdn|jdm|jds|etw)\b|[/:;"]/.test(key)) return null;
  if (key.split(' ').length > MAX_GERMAN_KEY_WORDS) return null;
  return key;
}

/** Adds the Ding list. Lines starting with '#' are comments. */
export function addDing(builder: LexiconBuilder, text: string): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const separator = line.indexOf(' :: ');
    if (separator < 0) continue;
    const germanSenses = line.slice(0, separator).split(' | ');
    const englishSenses = line.slice(separator + 4).split(' | ');
    // Senses are aligned when both sides have the same count; otherwise only the first pair is safe.
    const pairs = germanSenses.length === englishSenses.length ? germanSenses.length : 1;
    for (let i = 0; i < pairs; i++) {
      const english = englishSenses[i];
      const german = germanSenses[i];
      if (english === undefined || german === undefined) continue;
      const translations = glossTranslations([english]);
      if (translations.length === 0) continue;
      for (const synonym of german.split(';')) {
        const key = germanKey(synonym);
        if (key !== null) builder.add(key, translations);
      }
    }
  }
}

const DICTD_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd index numbers are base64 digits, most significant first. */
function dictdNumber(encoded: string): number {
  let n = 0;
  for (const char of encoded) {
    const digit = DICTD_BASE64.indexOf(char);
    if (digit < 0) return Number.NaN;
    n = n * 64 + digit;
  }
  return n;
}

/**
 * Adds a FreeDict dictd dictionary (after Ding, which it only complements): index lines `headword\toffset\tlength` point into the (decompressed)
 * dictionary text, whose entries are a headword line followed by translation lines; lines of synonyms,
 * cross-references and notes are skipped. Offsets are byte offsets, hence the Buffer.
 */
export function addFreedict(builder: LexiconBuilder, index: string, dictionary: Buffer): void {
  // FreeDict only fills gaps: where both know a word, Ding's glosses are cleaner (FreeDict's entries mix
  // in German example phrases that would become noise terms).
  const known = (key: string): boolean => builder.has(key);
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (headword === undefined || offset === undefined || length === undefined || headword.startsWith('00database')) continue;
    const start = dictdNumber(offset);
    const size = dictdNumber(length);
    if (!Number.isFinite(start) || !Number.isFinite(size)) continue;
    const key = germanKey(headword);
    if (key === null || known(key)) continue;
    const body = dictionary.toString('utf8', start, start + size).split('\n').slice(1);
    const senses = body
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^(Synonyms?|see|Note|Notes|Example|Examples|Antonyms?):/i.test(l));
    const translations = glossTranslations(senses, true);
    if (translations.length > 0) builder.add(key, translations);
  }
}
