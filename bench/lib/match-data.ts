/**
 * Readers for the matching benchmark's data sets (layout of ../shared/benchdata; see its README).
 * Every reader returns null when its set is absent, so the benchmark runs whatever it finds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RetrievalSet {
  /** Corpus documents, in a fixed order. */
  documents: Array<{ id: string; text: string }>;
  /** Queries with the ids of their relevant documents. */
  queries: Array<{ id: string; text: string; relevant: ReadonlySet<string> }>;
}

// ---------------------------------------------------------------- XQuAD

export interface XquadLanguage {
  paragraphs: Array<{ id: string; text: string }>;
  questions: Array<{ id: string; text: string; paragraph: string }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`xquad: ${what} is not an array`);
  return value;
}

function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`xquad: ${what} is not a string`);
  return value;
}

/** SQuAD v1.1 JSON: paragraphs are identified by article and position, identical across languages. */
export function readXquad(dir: string, language: string): XquadLanguage | null {
  const path = join(dir, 'xquad', `xquad.${language}.json`);
  if (!existsSync(path)) return null;
  const root: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(root)) throw new Error(`${path}: not an object`);
  const out: XquadLanguage = { paragraphs: [], questions: [] };
  asArray(root.data, 'data').forEach((article, a) => {
    if (!isRecord(article)) return;
    asArray(article.paragraphs, 'paragraphs').forEach((paragraph, p) => {
      if (!isRecord(paragraph)) return;
      const id = `${a}.${p}`;
      out.paragraphs.push({ id, text: asString(paragraph.context, 'context') });
      for (const qa of asArray(paragraph.qas, 'qas')) {
        if (!isRecord(qa)) continue;
        out.questions.push({ id: asString(qa.id, 'id'), text: asString(qa.question, 'question'), paragraph: id });
      }
    });
  });
  return out;
}

/** Questions of one language against the paragraphs of another (gold paragraph by shared question id). */
export function xquadPair(query: XquadLanguage, corpus: XquadLanguage): RetrievalSet {
  return {
    documents: corpus.paragraphs,
    queries: query.questions.map((q) => ({ id: q.id, text: q.text, relevant: new Set([q.paragraph]) })),
  };
}

// ---------------------------------------------------------------- Tatoeba

/** Line i of tatoeba.xxx-eng.xxx translates line i of tatoeba.xxx-eng.eng. */
export function readTatoeba(dir: string, language: string, maxPairs = 1000): RetrievalSet | null {
  const base = join(dir, 'tatoeba', `tatoeba.${language}-eng`);
  if (!existsSync(`${base}.${language}`) || !existsSync(`${base}.eng`)) return null;
  const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
  const foreign = lines(`${base}.${language}`).slice(0, maxPairs);
  const english = lines(`${base}.eng`).slice(0, maxPairs);
  if (foreign.length !== english.length) throw new Error(`${base}: ${foreign.length} lines vs ${english.length} English lines`);
  return {
    documents: english.map((text, i) => ({ id: String(i), text })),
    queries: foreign.map((text, i) => ({ id: String(i), text, relevant: new Set([String(i)]) })),
  };
}

// ---------------------------------------------------------------- MELO

export function meloDatasets(dir: string): string[] {
  const root = join(dir, 'melo');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'queries.tsv')))
    .map((e) => e.name)
    .sort();
}

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

/** queries.tsv (id, title), corpus_elements.tsv (id, name), annotations.tsv (TREC qrels: q 0 c relevance). */
export function readMelo(dir: string, dataset: string): RetrievalSet {
  const root = join(dir, 'melo', dataset);
  const relevant = new Map<string, Set<string>>();
  for (const [query, , element, relevance] of tsv(join(root, 'annotations.tsv'))) {
    if (query === undefined || element === undefined || Number(relevance) <= 0) continue;
    const set = relevant.get(query) ?? new Set<string>();
    set.add(element);
    relevant.set(query, set);
  }
  return {
    documents: tsv(join(root, 'corpus_elements.tsv')).map(([id = '', text = '']) => ({ id, text })),
    queries: tsv(join(root, 'queries.tsv')).map(([id = '', text = '']) => ({ id, text, relevant: relevant.get(id) ?? new Set<string>() })),
  };
}

/** The language of a MELO dataset's queries and corpus, from its name (deu_q_de_c_en). */
export function meloLanguages(dataset: string): { query: string; corpus: string } {
  const match = /_q_([a-z]{2})_c_([a-z]{2})$/.exec(dataset);
  return { query: match?.[1] ?? 'en', corpus: match?.[2] ?? 'en' };
}
