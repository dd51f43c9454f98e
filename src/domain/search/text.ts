/**
 * Multilingual full-text search analysis (English, German, Vietnamese, Chinese Simplified/Traditional).
 *
 * We never let PostgreSQL's text-search parsers touch our text: their behaviour depends on the server
 * build and configuration (PGlite ships fewer dictionaries than PostgreSQL, and neither segments Chinese).
 * Lexemes are computed here and sent as literals, `$1::tsvector` for documents and `$1::tsquery` for
 * queries; casting a literal keeps lexemes exactly as written, so PGlite and PostgreSQL rank and match
 * identically.
 *
 * Index lexemes are: normalised words; pairs of adjacent words joined with '_' (Vietnamese syllables of one
 * word, compounds written apart, phrase boosts); Han character bigrams (Chinese has no spaces and the
 * segmenter's choice of words differs between a document and a two-character query); the character that
 * ends each Han run; and the ae/oe/ue spelling of German words written with umlauts.
 */
import { analyse, hanBigrams, type WordToken } from './tokens.js';

export { normaliseText } from './normalise.js';
export { chunkText } from './chunk.js';
export { tokenize } from './tokens.js';
export { detectLanguage } from './language.js';

export type Weight = 'A' | 'B' | 'C' | 'D';
export interface WeightedText {
  text: string;
  weight: Weight;
}

/** PostgreSQL limits: positions are 1..16383, at most 256 positions per lexeme, lexeme < 2 KB, 1 MB total. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2046;
/** Our own caps, far below the 1 MB tsvector limit, to keep GIN index entries and rows small. */
const MAX_LEXEMES = 4000;
/** Pairs, umlaut spellings and run-final characters only fill the index up to here, leaving room for words. */
const MAX_LEXEMES_WITH_SECONDARY = 3000;
const MAX_TSVECTOR_BYTES = 900_000;
/**
 * Beyond this many words a document is not read further: positions saturated at 16383 long before, so
 * more text could only add rare new lexemes, at a cost linear in the document's size.
 */
const MAX_WORDS_READ = 100_000;

const WEIGHT_CODE: Readonly<Record<Weight, number>> = { D: 0, C: 1, B: 2, A: 3 };
const WEIGHT_LETTER = ['D', 'C', 'B', 'A'] as const;

/** Quotes a lexeme for tsvector/tsquery input: inside quotes only ' and \ are special. */
function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Accumulates lexeme → positions while enforcing PostgreSQL's and our own limits. */
class LexemeCollector {
  /** Positions packed as position * 4 + weight code, in increasing position order. */
  private readonly lexemes = new Map<string, number[]>();
  private bytes = 0;

  /** True once nothing more can be added, so the caller may stop reading the document. */
  get full(): boolean {
    return this.bytes >= MAX_TSVECTOR_BYTES;
  }

  add(lexeme: string, position: number, weight: number, secondary = false): void {
    const pos = Math.min(position, MAX_POSITION);
    let positions = this.lexemes.get(lexeme);
    if (!positions) {
      if (this.full || this.lexemes.size >= (secondary ? MAX_LEXEMES_WITH_SECONDARY : MAX_LEXEMES)) return;
      const size = Buffer.byteLength(lexeme, 'utf8');
      if (size > MAX_LEXEME_BYTES) return;
      positions = [];
      this.lexemes.set(lexeme, positions);
      this.bytes += size + 8; // lexeme + WordEntry header and position count
    }
    const last = positions.at(-1);
    if (last !== undefined && last >> 2 === pos) {
      // Same position (clamped, or a bigram equal to its word): PostgreSQL keeps the strongest weight.
      if ((last & 3) < weight) positions[positions.length - 1] = (pos << 2) | weight;
      return;
    }
    if (positions.length >= MAX_POSITIONS_PER_LEXEME || this.full) return;
    positions.push((pos << 2) | weight);
    this.bytes += 2;
  }

  toLiteral(): string {
    const parts: string[] = [];
    for (const [lexeme, positions] of this.lexemes) {
      const list = positions.map((p) => `${p >> 2}${WEIGHT_LETTER[p & 3]}`).join(',');
      parts.push(`${quoteLexeme(lexeme)}:${list}`);
    }
    return parts.join(' ');
  }
}

/** Adds the lexemes of one word token at one position. */
function addToken(out: LexemeCollector, token: WordToken, previousWord: string | null, pos: number, weight: number): void {
  if (token.word !== null) out.add(token.word, pos, weight);
  for (const bigram of token.bigrams) out.add(bigram, pos, weight);
  if (token.variant !== null) out.add(token.variant, pos, weight, true);
  if (token.runFinal !== null) out.add(token.runFinal, pos, weight, true);
  if (token.pairsWithPrevious && previousWord !== null && token.word !== null) {
    out.add(`${previousWord}_${token.word}`, pos, weight, true);
  }
}

/**
 * Builds a PostgreSQL tsvector literal for `$1::tsvector` from weighted fields (e.g. title A, summary B,
 * body C). Positions increase across fields (one word per position; pairs and bigrams share the position
 * of the word they end in/start in) so ts_rank sees one document. Empty input gives '' (an empty tsvector).
 */
export function buildTsvectorLiteral(fields: ReadonlyArray<WeightedText>): string {
  const out = new LexemeCollector();
  let position = 0;
  let wordsRead = 0;
  for (const field of fields) {
    const weight = WEIGHT_CODE[field.weight];
    let previousWord: string | null = null;
    if (position > 0) position++; // a gap: the last word of a field is not adjacent to the next field's first
    for (const token of analyse(field.text)) {
      if (out.full || ++wordsRead > MAX_WORDS_READ) break;
      position++;
      addToken(out, token, previousWord, position, weight);
      previousWord = token.word;
    }
  }
  return out.toLiteral();
}

/** Query limits: what anyone types fits easily; more would only make the database work harder. */
const MAX_QUERY_TERMS = 32;
const MAX_QUERY_CHARS = 2048;

export interface TsQueryLiterals {
  /** Every term required (AND): use for matching, `vector @@ $1::tsquery`. Null when nothing to search. */
  all: string | null;
  /** Any term or adjacent pair (OR): use for ranking, `ts_rank(vector, $2::tsquery)`. */
  any: string | null;
  /** Normalised query terms, in order and without duplicates, for highlighting. */
  terms: string[];
}

/** A query term: one word, or several one-character Han words of one run merged back together. */
interface QueryTerm {
  word: string;
  variant: string | null;
  han: boolean;
  pairsWithPrevious: boolean;
}

/**
 * The segmenter splits words it does not know (names such as 张煜欢, places such as 浦江) into single
 * characters; as separate terms each would match any document containing that character anywhere.
 * Consecutive single Han characters of one run are therefore merged into one term matched by its bigrams.
 */
function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let merging = false; // the last term was built from single Han characters
  for (const token of analyse(safePrefix(query, MAX_QUERY_CHARS))) {
    if (token.word === null) continue;
    const single = token.han && [...token.word].length === 1;
    const last = terms.at(-1);
    if (single && merging && token.touchesPrevious && last) {
      last.word += token.word;
      continue;
    }
    if (terms.length >= MAX_QUERY_TERMS) break;
    terms.push({ word: token.word, variant: token.variant, han: token.han, pairsWithPrevious: token.pairsWithPrevious });
    merging = single;
  }
  return terms;
}

/** The first maxChars code units of text, without cutting a surrogate pair in half. */
function safePrefix(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const code = text.charCodeAt(maxChars - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? maxChars - 1 : maxChars);
}

function lexemeQuery(lexeme: string, prefix: boolean): string {
  return prefix ? `${quoteLexeme(lexeme)}:*` : quoteLexeme(lexeme);
}

/** OR of alternatives, parenthesised when there is more than one so it can be combined safely. */
function anyOf(items: string[]): string {
  return items.length === 1 ? (items[0] ?? '') : `(${items.join(' | ')})`;
}

/**
 * What a document must contain for one term. Han terms go through their bigrams because the document's
 * segmentation may differ from the query's (医疗 inside 医疗器械); a single Han character is a prefix
 * match over bigrams and run-final characters. The last Latin term is a prefix (search as you type).
 */
function requiredTerm(term: QueryTerm, isLast: boolean): string {
  if (term.han) {
    const bigrams = hanBigrams(term.word);
    if (bigrams.length === 0) return lexemeQuery(term.word, true);
    return bigrams.length === 1 ? quoteLexeme(bigrams[0] ?? '') : `(${bigrams.map(quoteLexeme).join(' & ')})`;
  }
  const spellings = [term.word, ...(term.variant === null ? [] : [term.variant])];
  return anyOf(spellings.map((s) => lexemeQuery(s, isLast)));
}

/** Everything that should raise the rank for one term: its spellings, Han word and bigrams. */
function rankingItems(term: QueryTerm, isLast: boolean): string[] {
  if (!term.han) {
    const spellings = [term.word, ...(term.variant === null ? [] : [term.variant])];
    return spellings.map((s) => lexemeQuery(s, isLast));
  }
  const bigrams = hanBigrams(term.word);
  if (bigrams.length === 0) return [lexemeQuery(term.word, true)];
  return [quoteLexeme(term.word), ...bigrams.map(quoteLexeme)];
}

/**
 * Builds tsquery literals for `$1::tsquery` from free user input. Never produces invalid tsquery syntax:
 * operators and quotes typed by the user are not word characters, so they never reach the output except
 * inside quoted, escaped lexemes. Input is capped at MAX_QUERY_CHARS and MAX_QUERY_TERMS terms.
 */
export function buildTsQuery(query: string): TsQueryLiterals {
  const terms = queryTerms(query);
  if (terms.length === 0) return { all: null, any: null, terms: [] };
  const required = new Set<string>();
  const ranking = new Set<string>();
  terms.forEach((term, i) => {
    const isLast = i === terms.length - 1;
    required.add(requiredTerm(term, isLast));
    for (const item of rankingItems(term, isLast)) ranking.add(item);
    const previous = terms[i - 1];
    if (term.pairsWithPrevious && previous && !previous.han && !term.han) {
      ranking.add(lexemeQuery(`${previous.word}_${term.word}`, isLast));
    }
  });
  return {
    all: [...required].join(' & '),
    any: [...ranking].join(' | '),
    terms: [...new Set(terms.map((t) => t.word))],
  };
}
