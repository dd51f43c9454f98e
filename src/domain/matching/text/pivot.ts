/**
 * The cross-language text bridge: any text → weighted terms in one shared space.
 *
 * A text becomes units, one per source word (or dictionary phrase). A unit holds its alternatives:
 * - pivot: the English Porter stems a dictionary gives for the word (电池 → batteri), or the word's own
 *   stem for English;
 * - literal: numbers, codes (CO2, ISO 9001) and names matched as written (Denver in a German text meets
 *   Denver in an English one; 丹佛 does too, through CC-CEDICT's name entries);
 * - surface: same-language forms (German stems, Chinese bigrams, Vietnamese syllables and syllable pairs),
 *   namespaced by language ("zh:电池") so they only ever meet text of the same language.
 * Document terms are the sum over units; queries keep the units so that a word's alternatives count as
 * one query term (see bm25.ts).
 */
import { foldLatin } from '../../search/normalise.js';
import { CHINESE_STOP_WORDS, segmentHanRun } from './chinese.js';
import { englishStem, isEnglishStopWord } from './english.js';
import { GERMAN_STOP_WORDS, germanStem, translateGerman } from './german.js';
import { heuristicLanguageIdentifier, lexiconLanguage, type LanguageIdentifier } from './language.js';
import type { Lexicon, Translation } from './lexicon.js';
import { hanBigrams, textTokens, type TextToken } from './tokens.js';
import { looksForeign, segmentVietnamese, VIETNAMESE_STOP_WORDS } from './vietnamese.js';

export type UnitKind = 'pivot' | 'literal' | 'surface';

export interface PivotUnit {
  /** The source word or phrase (for explanations and highlighting). */
  source: string;
  kind: UnitKind;
  /** Term → weight (0..1]. */
  alternatives: ReadonlyMap<string, number>;
}

export interface PivotTerms {
  /** The language the text was read as ('en', 'de', 'zh-Hans', …). */
  language: string;
  units: PivotUnit[];
  /** Term → summed weight over the units: what a document stores. */
  terms: Map<string, number>;
  /** Source words counted (pivot and literal units), the document length for BM25. */
  length: number;
}

/** Lexicons by lexiconLanguage key ('zh', 'de', 'vi', …); a missing one degrades to literal matching. */
export type Lexicons = Readonly<Partial<Record<string, Lexicon>>>;

export interface TextBridgeOptions {
  lexicons?: Lexicons;
  identifier?: LanguageIdentifier;
}

/** A single Han character is ambiguous (行: go, row, bank, …): its glosses count for less. */
const SINGLE_HAN_WEIGHT = 0.5;
const HAN_SURFACE_PREFIX = 'zh:';

class UnitCollector {
  readonly units: PivotUnit[] = [];

  add(source: string, kind: UnitKind, alternatives: Iterable<readonly [string, number]>): void {
    const map = new Map<string, number>();
    for (const [term, weight] of alternatives) if (term !== '' && weight > 0) map.set(term, Math.max(map.get(term) ?? 0, weight));
    if (map.size > 0) this.units.push({ source, kind, alternatives: map });
  }

  addTranslations(source: string, translations: readonly Translation[], factor = 1): void {
    this.add(source, 'pivot', translations.map((t) => [t.term, t.weight * factor] as const));
  }

  /** A word matched as written: folded, and stemmed like English so "Broncos" meets "bronco". */
  addLiteral(word: string): void {
    const folded = foldLatin(word);
    if (folded.length < 2 && !/\d/.test(folded)) return;
    this.add(word, 'literal', [[englishStem(folded), 1]]);
  }
}

/** Splits tokens into runs of Han characters and everything else, in order. */
function* runs(tokens: readonly TextToken[]): Generator<{ han: boolean; tokens: TextToken[] }> {
  let current: { han: boolean; tokens: TextToken[] } | null = null;
  for (const token of tokens) {
    const han = token.kind === 'han';
    if (current && current.han === han && (!han || token.joined)) {
      current.tokens.push(token);
      continue;
    }
    if (current) yield current;
    current = { han, tokens: [token] };
  }
  if (current) yield current;
}

export class TextBridge {
  private readonly lexicons: Lexicons;
  private readonly identifier: LanguageIdentifier;

  constructor(options: TextBridgeOptions = {}) {
    this.lexicons = options.lexicons ?? {};
    this.identifier = options.identifier ?? heuristicLanguageIdentifier;
  }

  /** Which languages have a dictionary, and from where, for health pages and reports. */
  describe(): Record<string, { entries: number; sources: readonly string[] }> {
    const out: Record<string, { entries: number; sources: readonly string[] }> = {};
    for (const [language, lexicon] of Object.entries(this.lexicons)) {
      if (lexicon) out[language] = { entries: lexicon.size, sources: lexicon.sources };
    }
    return out;
  }

  identify(text: string): string {
    return this.identifier.identify(text).language;
  }

  /** The weighted pivot terms of text; language is detected when not given. */
  pivotTerms(text: string, language?: string): PivotTerms {
    const lang = language ?? this.identify(text);
    const key = lexiconLanguage(lang);
    const out = new UnitCollector();
    for (const run of runs([...textTokens(text)])) {
      if (run.han) this.hanRun(out, run.tokens.map((t) => t.text).join(''));
      else if (key === 'de') this.german(out, run.tokens);
      else if (key === 'vi') this.vietnamese(out, run.tokens);
      else this.latin(out, run.tokens, key);
    }
    const terms = new Map<string, number>();
    let length = 0;
    for (const unit of out.units) {
      if (unit.kind !== 'surface') length++;
      for (const [term, weight] of unit.alternatives) terms.set(term, (terms.get(term) ?? 0) + weight);
    }
    return { language: lang, units: out.units, terms, length };
  }

  private hanRun(out: UnitCollector, run: string): void {
    for (const { word, translations } of segmentHanRun(run, this.lexicons.zh)) {
      if (CHINESE_STOP_WORDS.has(word) || !translations) continue;
      out.addTranslations(word, translations, [...word].length === 1 ? SINGLE_HAN_WEIGHT : 1);
    }
    for (const bigram of hanBigrams(run)) out.add(bigram, 'surface', [[HAN_SURFACE_PREFIX + bigram, 1]]);
  }

  /** English, and languages without a dictionary: stems matched as written (names, numbers, cognates). */
  private latin(out: UnitCollector, tokens: readonly TextToken[], key: string): void {
    const lexicon = this.lexicons[key];
    for (const token of tokens) {
      if (token.kind !== 'word') {
        out.addLiteral(token.text);
        continue;
      }
      const translations = lexicon?.lookup(token.text);
      if (translations) out.addTranslations(token.text, translations);
      else if (key === 'en') {
        const folded = foldLatin(token.text);
        if (!isEnglishStopWord(folded)) out.add(token.text, 'pivot', [[englishStem(folded), 1]]);
      } else out.addLiteral(token.text);
    }
  }

  private german(out: UnitCollector, tokens: readonly TextToken[]): void {
    const lexicon = this.lexicons.de;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      if (token.kind !== 'word') {
        out.addLiteral(token.text);
        continue;
      }
      const phrase = lexicon ? this.germanPhrase(lexicon, tokens, i) : 0;
      if (phrase > 1) {
        const words = tokens.slice(i, i + phrase).map((t) => t.text);
        out.addTranslations(words.join(' '), lexicon?.lookup(words.join(' ')) ?? []);
        for (const word of words) out.add(word, 'surface', [[`de:${germanStem(word)}`, 1]]);
        i += phrase - 1;
        continue;
      }
      if (GERMAN_STOP_WORDS.has(token.text)) continue;
      const translated = lexicon ? translateGerman(lexicon, token.text) : null;
      // A capitalised unknown word is a name or a foreign word: match it as written.
      if (translated) out.addTranslations(token.text, translated.translations);
      else out.addLiteral(token.text);
      const parts = translated && translated.parts.length > 1 ? translated.parts : [];
      out.add(token.text, 'surface', [
        [`de:${germanStem(token.text)}`, 1],
        ...parts.map((part) => [`de:${germanStem(part)}`, 0.5] as const),
      ]);
    }
  }

  /** Longest multi-word dictionary phrase starting at tokens[start] (1 when none). */
  private germanPhrase(lexicon: Lexicon, tokens: readonly TextToken[], start: number): number {
    for (let length = Math.min(lexicon.maxKeyWords, tokens.length - start); length > 1; length--) {
      const run = tokens.slice(start, start + length);
      if (run.some((t, k) => t.kind !== 'word' || (k > 0 && !t.continuesPhrase))) continue;
      if (lexicon.has(run.map((t) => t.text).join(' '))) return length;
    }
    return 1;
  }

  private vietnamese(out: UnitCollector, tokens: readonly TextToken[]): void {
    const syllables = tokens.filter((t) => t.kind === 'word');
    for (const token of tokens) if (token.kind !== 'word') out.addLiteral(token.text);
    for (const word of segmentVietnamese(syllables, this.lexicons.vi)) {
      const [first] = word.syllables;
      if (word.translations) out.addTranslations(word.syllables.join(' '), word.translations);
      else if (first !== undefined && !VIETNAMESE_STOP_WORDS.has(first)) {
        const syllable = syllables[word.start];
        if (syllable && looksForeign(syllable)) out.addLiteral(first);
      }
    }
    syllables.forEach((syllable, i) => {
      if (VIETNAMESE_STOP_WORDS.has(syllable.text)) return;
      out.add(syllable.text, 'surface', [[`vi:${syllable.text}`, 1]]);
      const next = syllables[i + 1];
      if (next && next.continuesPhrase && !VIETNAMESE_STOP_WORDS.has(next.text)) {
        out.add(`${syllable.text} ${next.text}`, 'surface', [[`vi:${syllable.text}_${next.text}`, 1]]);
      }
    });
  }
}
