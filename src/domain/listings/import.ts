/**
 * Bulk import of listings from a spreadsheet. A table of text cells, a column mapping and defaults become,
 * per row, a ListingInput or that row's errors — judged by the listing schema (LISTING_INPUT_VARIANTS) and
 * the rules of createListing. `importListings` then creates every row with createListing in the caller's
 * transaction: all rows or none.
 *
 * Importable field paths are read off the schema: every scalar or list-of-scalars field, and the fields of
 * objects one level down as `details.<object>.<field>` (`details.budget.min`). Lists of objects
 * (`translations`, `details.degrees`) are not importable; a required one is imported as an empty list.
 */
import countries from 'i18n-iso-countries';
import { Compile } from 'typebox/compile';
import { AppError, fail, type FieldError } from '../errors.js';
import { loadOrganisation } from '../organisations/commands.js';
import { canOnOrganisation } from '../organisations/policy.js';
import type { TaxonomyConcept } from '../platform/store.js';
import type { Actor, Clock, Stores } from '../ports.js';
import { isCountryCode } from '../shared/countries.js';
import { LISTING_TYPES, type ListingType } from '../shared/vocab.js';
import { createListing, isoDay, MAX_LIFETIME_DAYS } from './commands.js';
import { validateDetails } from './derive.js';
import { ConceptCode, CountryCode, LISTING_INPUT_VARIANTS, type ListingInput } from './schema.js';
import { foldKey, HEADER_WORDS, LANGUAGE_WORDS, NO_WORDS, TYPE_WORDS, YES_WORDS } from './import-words.js';

export const IMPORT_LIMITS = { rows: 5000, columns: 100, sampleRows: 5 } as const;

/** One sheet: column names (unique, from the header row) and the non-empty data rows below it. */
export interface SheetTable {
  columns: string[];
  /** `row` is the row number the user sees in the spreadsheet (the header is usually row 1). */
  rows: Array<{ row: number; cells: string[] }>;
}

// ── The field catalogue, read off the schema ───────────────────────────────────────────────────────

type CellKind =
  | { kind: 'type' | 'language' | 'text' | 'integer' | 'boolean' | 'date' | 'country' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'concept'; concept: 'sector' | 'keyword' };

export interface ImportField {
  path: string;
  list: boolean;
  cell: CellKind;
}

interface JsonSchema {
  type?: string;
  enum?: readonly unknown[];
  format?: string;
  pattern?: string;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
}

function cellKind(path: string, s: JsonSchema): CellKind | null {
  if (path === 'type') return { kind: 'type' };
  if (path === 'language') return { kind: 'language' };
  if (s.enum) return { kind: 'enum', values: s.enum.filter((v): v is string => typeof v === 'string') };
  if (s.type === 'integer') return { kind: 'integer' };
  if (s.type === 'boolean') return { kind: 'boolean' };
  if (s.type !== 'string') return null;
  if (s.format === 'date') return { kind: 'date' };
  if (s.pattern === (CountryCode as JsonSchema).pattern) return { kind: 'country' };
  if (s.pattern === (ConceptCode as JsonSchema).pattern) return { kind: 'concept', concept: path === 'sectors' ? 'sector' : 'keyword' };
  return { kind: 'text' };
}

interface TypeCatalogue {
  fields: Map<string, ImportField>;
  /** Required lists that may be empty (`sectors`, `details.degrees`): an empty cell imports as []. */
  emptyLists: string[];
}

function catalogue(schema: JsonSchema, prefix = '', out: TypeCatalogue = { fields: new Map(), emptyLists: [] }): TypeCatalogue {
  const required = new Set(schema.required ?? []);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (s.type === 'object') {
      catalogue(s, path, out);
      continue;
    }
    const list = s.type === 'array';
    if (list && required.has(name) && !s.minItems) out.emptyLists.push(path);
    const cell = cellKind(path, list ? (s.items ?? {}) : s);
    if (cell) out.fields.set(path, { path, list, cell });
  }
  return out;
}

const CATALOGUES = Object.fromEntries(
  LISTING_TYPES.map((t) => [t, catalogue(LISTING_INPUT_VARIANTS[t] as unknown as JsonSchema)]),
) as Record<ListingType, TypeCatalogue>;

/** Every importable field path of any listing type, common fields first. */
export const IMPORT_PATHS: readonly string[] = [...new Set(LISTING_TYPES.flatMap((t) => [...CATALOGUES[t].fields.keys()]))];

/** The importable field paths of one type (for its template). */
export function importPathsOf(type: ListingType): string[] {
  return [...CATALOGUES[type].fields.keys()];
}

/** A path means the same kind of value in every type that has it, so any type's field describes it. */
const ANY_FIELD = new Map<string, ImportField>(LISTING_TYPES.flatMap((t) => [...CATALOGUES[t].fields]).reverse());

type Validator = { Check(value: unknown): boolean; Errors(value: unknown): Iterable<{ instancePath: string; message: string; keyword: string; params: unknown }> };
const VALIDATORS = Object.fromEntries(
  LISTING_TYPES.map((t) => [t, Compile(LISTING_INPUT_VARIANTS[t]) as unknown as Validator]),
) as Record<ListingType, Validator>;

export { foldKey };

// ── Header suggestions ────────────────────────────────────────────────────────────────────────────

const HEADER_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  const add = (word: string, path: string) => {
    const key = foldKey(word);
    if (key && !index.has(key)) index.set(key, path);
  };
  for (const path of IMPORT_PATHS) {
    add(path, path);
    add(path.replace(/^details\./, ''), path);
  }
  for (const [path, words] of Object.entries(HEADER_WORDS)) for (const word of words) if (ANY_FIELD.has(path)) add(word, path);
  return index;
})();

/** Suggests a field path for each column whose header names one; each path is suggested once. */
export function suggestMapping(columns: readonly string[]): Record<string, string> {
  const used = new Set<string>();
  const suggestions: Array<[string, string]> = [];
  for (const column of columns) {
    const keys = [foldKey(column), foldKey(column.replace(/[(（[][^)）\]]*[)）\]]/g, ''))];
    const path = keys.map((k) => HEADER_INDEX.get(k)).find((p) => p !== undefined && !used.has(p));
    if (path) {
      used.add(path);
      suggestions.push([column, path]);
    }
  }
  return Object.fromEntries(suggestions);
}

export function previewImport(table: SheetTable) {
  return {
    columns: table.columns,
    sample: table.rows.slice(0, IMPORT_LIMITS.sampleRows).map((r) => r.cells),
    suggestedMapping: suggestMapping(table.columns),
    rowCount: table.rows.length,
  };
}

// ── Cell values ───────────────────────────────────────────────────────────────────────────────────

export interface ImportEnv {
  /** Folded code or label (any language) → concept code, per kind. */
  concepts: Record<'sector' | 'keyword', ReadonlyMap<string, string>>;
  today: string;
}

export function conceptIndex(taxonomy: readonly TaxonomyConcept[]): ImportEnv['concepts'] {
  const index = { sector: new Map<string, string>(), keyword: new Map<string, string>() };
  for (const c of taxonomy) {
    for (const name of [c.code, c.code.replace(/^kw\./, ''), ...Object.values(c.labels)]) {
      const key = foldKey(name);
      if (key && !index[c.kind].has(key)) index[c.kind].set(key, c.code);
    }
  }
  return index;
}

const YES = new Set(YES_WORDS.map(foldKey));
const NO = new Set(NO_WORDS.map(foldKey));

const TYPE_INDEX = new Map<string, ListingType>(
  LISTING_TYPES.flatMap((t) => [t, ...TYPE_WORDS[t]].map((w): [string, ListingType] => [foldKey(w), t])),
);

const LANGUAGE_INDEX = new Map<string, string>(
  Object.entries(LANGUAGE_WORDS).flatMap(([code, words]) => [code, ...words].map((w): [string, string] => [foldKey(w), code])),
);


type CellResult = { value: unknown } | { error: string };

function wholeNumber(text: string): CellResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  // 1,000,000 (en), 1.000.000 (de) and 1'000'000 (ch) group thousands; 7.0 and 7,0 are whole numbers.
  const thousands = /^[+-]?\d{1,3}([,.'])\d{3}(\1\d{3})*$/.test(compact);
  const digits = /^[+-]?\d+$/.test(compact)
    ? compact
    : thousands
      ? compact.replace(/[,.']/g, '')
      : /^[+-]?\d+[.,]0+$/.test(compact)
        ? compact.replace(/[.,]0+$/, '')
        : null;
  const value = digits === null ? NaN : Number(digits);
  return Number.isSafeInteger(value) ? { value } : { error: `"${text}" is not a whole number` };
}

function calendarDate(text: string): CellResult {
  const parts =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text)?.slice(1) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text)?.slice(1) ??
    /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)?.slice(1).reverse();
  if (parts) {
    const [y, m, d] = parts.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { value: isoDay(date) };
  }
  // A date cell Excel stored as a plain number (days since 1899-12-30).
  if (/^\d{5}$/.test(text) && Number(text) >= 20000 && Number(text) <= 80000) return { value: isoDay(new Date(Date.UTC(1899, 11, 30 + Number(text)))) };
  return { error: `"${text}" is not a date; use YYYY-MM-DD` };
}

function countryCode(text: string): string | null {
  const upper = text.toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? null;
  for (const lang of ['en', 'de', 'zh', 'vi']) {
    const code = countries.getAlpha2Code(text, lang);
    if (code) return code;
  }
  return null;
}

function convertCell(cell: CellKind, text: string, env: ImportEnv): CellResult {
  switch (cell.kind) {
    case 'text':
      // Spreadsheets end lines with CR LF; PostgreSQL rejects NUL; other control characters are noise.
      return { value: text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '') };
    case 'integer':
      return wholeNumber(text);
    case 'date':
      return calendarDate(text);
    case 'boolean': {
      const key = foldKey(text);
      return YES.has(key) ? { value: true } : NO.has(key) ? { value: false } : { error: `"${text}" is not yes or no` };
    }
    case 'enum': {
      const value = cell.values.find((v) => foldKey(v) === foldKey(text));
      return value ? { value } : { error: `"${text}" is not one of ${cell.values.join(', ')}` };
    }
    case 'type': {
      const value = TYPE_INDEX.get(foldKey(text));
      return value ? { value } : { error: `"${text}" is not a listing type; use one of ${LISTING_TYPES.join(', ')}` };
    }
    case 'language': {
      const value = LANGUAGE_INDEX.get(foldKey(text));
      return value ? { value } : { error: `"${text}" is not a content language; use one of ${Object.keys(LANGUAGE_WORDS).join(', ')}` };
    }
    case 'country': {
      const value = countryCode(text);
      return value ? { value } : { error: `${text} is not an ISO 3166-1 alpha-2 code` };
    }
    case 'concept': {
      const value = env.concepts[cell.concept].get(foldKey(text));
      return value ? { value } : { error: `unknown ${cell.concept} ${text}` };
    }
  }
}

/** List cells are split on commas, semicolons, the Chinese list marks and line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;，；、\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const toPointer = (path: string) => `/${path.replaceAll('.', '/')}`;

/** Converts one field's raw value: a cell's text, or a default (text or list). Errors carry JSON pointers. */
function convertField(field: ImportField, raw: string | readonly string[], env: ImportEnv): { value: unknown; errors: FieldError[] } {
  const pointer = toPointer(field.path);
  if (!field.list) {
    if (typeof raw !== 'string') return { value: raw, errors: [{ path: pointer, message: 'takes one value, not a list' }] };
    const r = convertCell(field.cell, raw, env);
    return 'error' in r ? { value: raw, errors: [{ path: pointer, message: r.error }] } : { value: r.value, errors: [] };
  }
  const items = typeof raw === 'string' ? splitList(raw) : raw.map((s) => s.trim()).filter(Boolean);
  const values: unknown[] = [];
  const errors: FieldError[] = [];
  items.forEach((item, i) => {
    const r = convertCell(field.cell, item, env);
    if ('error' in r) errors.push({ path: `${pointer}/${i}`, message: r.error });
    else values.push(r.value);
  });
  // Repeating a value in a list cell changes nothing, so it is not an error.
  return { value: errors.length ? items : [...new Set(values)], errors };
}

// ── Mapping and defaults ──────────────────────────────────────────────────────────────────────────

export interface ImportPlan {
  columns: Array<{ index: number; column: string; path: string }>;
  /** Converted default values by path, applied where a row has no value of its own. */
  defaults: Map<string, unknown>;
}

function parseJsonObject(raw: unknown, name: string, problems: FieldError[]): Record<string, unknown> {
  if (raw === undefined || raw === '') return {};
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  problems.push({ path: `/${name}`, message: `must be a JSON object` });
  return {};
}

/** Parses the `mapping` ({ column: path }) and `defaults` ({ path: value }) the client sent. */
export function planImport(columns: readonly string[], mappingJson: unknown, defaultsJson: unknown, env: ImportEnv): ImportPlan {
  const problems: FieldError[] = [];
  const mapping = parseJsonObject(mappingJson, 'mapping', problems);
  const rawDefaults = parseJsonObject(defaultsJson, 'defaults', problems);
  const plan: ImportPlan = { columns: [], defaults: new Map() };
  const mapped = new Set<string>();
  for (const [column, path] of Object.entries(mapping)) {
    if (path === null || path === '') continue;
    const where = `/mapping/${column}`;
    const index = columns.indexOf(column);
    if (typeof path !== 'string' || !ANY_FIELD.has(path)) problems.push({ path: where, message: `${JSON.stringify(path)} is not an importable field; use one of ${IMPORT_PATHS.join(', ')}` });
    else if (index < 0) problems.push({ path: where, message: 'the file has no such column' });
    else if (mapped.has(path)) problems.push({ path: where, message: `another column is already mapped to ${path}` });
    else {
      mapped.add(path);
      plan.columns.push({ index, column, path });
    }
  }
  for (const [path, value] of Object.entries(rawDefaults)) {
    const field = ANY_FIELD.get(path);
    const where = `/defaults/${path}`;
    const raw = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    if (raw === null || raw === '') continue;
    if (!field) problems.push({ path: where, message: 'is not an importable field' });
    else if (typeof raw !== 'string' && !(Array.isArray(raw) && raw.every((v) => typeof v === 'string' || typeof v === 'number'))) {
      problems.push({ path: where, message: 'must be text, a number, yes/no or a list' });
    } else {
      const converted = convertField(field, typeof raw === 'string' ? raw : raw.map(String), env);
      if (converted.errors.length) problems.push(...converted.errors.map((e) => ({ path: `/defaults${e.path}`, message: e.message })));
      else plan.defaults.set(path, converted.value);
    }
  }
  if (problems.length) fail('IMPORT_MAPPING_INVALID', problems);
  return plan;
}

// ── Rows ──────────────────────────────────────────────────────────────────────────────────────────

export interface ImportError {
  path: string;
  message: string;
  /** The spreadsheet column the value came from, when it came from one. */
  column?: string;
}

export type ImportRowResult =
  | { row: number; ok: true; title: string | null; errors: ImportError[]; input: ListingInput }
  | { row: number; ok: false; title: string | null; errors: ImportError[] };

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), target);
}

function schemaErrors(type: ListingType, input: unknown): FieldError[] {
  const validator = VALIDATORS[type];
  if (validator.Check(input)) return [];
  return [...validator.Errors(input)].flatMap((e) => {
    const missing = (e.params as { requiredProperties?: string[] } | undefined)?.requiredProperties;
    if (e.keyword === 'required' && missing) return missing.map((p) => ({ path: `${e.instancePath}/${p}`, message: 'is required' }));
    // TypeBox reports a forbidden property twice: once as `additionalProperties`, once as a false schema.
    if (e.keyword === 'boolean') return [];
    return [{ path: e.instancePath, message: e.message }];
  });
}

/** The rules createListing applies beyond the schema, as errors instead of a throw. */
function ruleErrors(type: ListingType, input: Record<string, unknown>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  try {
    validateDetails(type, input.details);
  } catch (error) {
    if (!(error instanceof AppError) || !Array.isArray(error.details)) throw error;
    errors.push(...(error.details as FieldError[]));
  }
  const expiresAt = input.expiresAt;
  const last = new Date(`${today}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + MAX_LIFETIME_DAYS);
  if (typeof expiresAt === 'string' && (expiresAt <= today || expiresAt > isoDay(last))) {
    errors.push({ path: '/expiresAt', message: `must be after today and within ${MAX_LIFETIME_DAYS} days` });
  }
  return errors;
}

function convertRow(row: number, cells: readonly string[], plan: ImportPlan, env: ImportEnv): ImportRowResult {
  const given = new Map<string, { text: string; column: string }>();
  for (const c of plan.columns) {
    const text = (cells[c.index] ?? '').trim();
    if (text) given.set(c.path, { text, column: c.column });
  }
  const columnOf = (pointer: string) => {
    const path = pointer.slice(1).split('/').filter((k) => !/^\d+$/.test(k)).join('.');
    return plan.columns.find((c) => c.path === path)?.column;
  };
  const errors: ImportError[] = [];
  const report = (e: FieldError) => {
    const column = columnOf(e.path);
    errors.push({ path: e.path, message: e.message, ...(column !== undefined ? { column } : {}) });
  };
  const titleText = given.get('title')?.text ?? plan.defaults.get('title');
  const title = typeof titleText === 'string' ? titleText : null;

  const typeCell = given.get('type');
  const typed = typeCell ? convertField(ANY_FIELD.get('type') as ImportField, typeCell.text, env) : { value: plan.defaults.get('type'), errors: [] };
  typed.errors.forEach(report);
  const type = LISTING_TYPES.find((t) => t === typed.value);
  if (!type) {
    if (!typed.errors.length) report({ path: '/type', message: 'is required: map a column to type or set a default type' });
    return { row, ok: false, title, errors };
  }

  const { fields, emptyLists } = CATALOGUES[type];
  const input: Record<string, unknown> = { type, details: {} };
  const failed: string[] = [];
  for (const [path, cell] of given) {
    if (path === 'type') continue;
    const field = fields.get(path);
    if (!field) {
      report({ path: toPointer(path), message: `is not a field of ${type} listings` });
      continue;
    }
    const converted = convertField(field, cell.text, env);
    setPath(input, path, converted.value);
    if (converted.errors.length) failed.push(toPointer(path));
    converted.errors.forEach(report);
  }
  // Defaults fill what a row leaves empty, and only fields its type has (one sheet may mix types).
  for (const [path, value] of plan.defaults) if (path !== 'type' && !given.has(path) && fields.has(path)) setPath(input, path, value);
  for (const path of emptyLists) if (getPath(input, path) === undefined) setPath(input, path, []);

  // A value that could not be converted is already reported; the schema's view of it adds nothing.
  const covered = (pointer: string) => failed.some((f) => pointer === f || pointer.startsWith(`${f}/`));
  const invalid = schemaErrors(type, input).filter((e) => !covered(e.path));
  invalid.forEach(report);
  if (!errors.length) ruleErrors(type, input, env.today).forEach(report);
  return errors.length ? { row, ok: false, title, errors } : { row, ok: true, title, errors, input: input as ListingInput };
}

export function convertRows(table: SheetTable, plan: ImportPlan, env: ImportEnv): ImportRowResult[] {
  return table.rows.map((r) => convertRow(r.row, r.cells, plan, env));
}

// ── The command ───────────────────────────────────────────────────────────────────────────────────

export interface ImportRowReport {
  row: number;
  ok: boolean;
  title: string | null;
  errors: ImportError[];
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  rows: ImportRowReport[];
  created: string[];
}

function toReport(results: readonly ImportRowResult[], dryRun: boolean): ImportReport {
  const valid = results.filter((r) => r.ok).length;
  return {
    dryRun,
    total: results.length,
    valid,
    invalid: results.length - valid,
    rows: results.map((r) => ({ row: r.row, ok: r.ok, title: r.title, errors: r.errors })),
    created: [],
  };
}

/** Members of an organisation may import into it. Checked before the upload is read, and again in the command. */
export async function authoriseImport(stores: Stores, actor: Actor | null, organisationId: string): Promise<Actor> {
  if (!actor) fail('UNAUTHENTICATED');
  const org = await loadOrganisation(stores, organisationId);
  if (!canOnOrganisation(actor, 'publishFor', org)) fail('FORBIDDEN', { reason: 'not_a_member' });
  return actor;
}

export interface ImportRequest {
  /** JSON text (or an object): { "<column>": "<field path>" }. */
  mapping: unknown;
  /** JSON text (or an object): { "<field path>": value }. */
  defaults: unknown;
  dryRun: boolean;
}

/**
 * Checks every row and, unless this is a dry run, creates them all as drafts. Any invalid row fails the
 * whole import with IMPORT_ROWS_INVALID (the report in `details`); run it inside one transaction so a
 * failure part-way leaves nothing behind.
 */
export async function importListings(
  stores: Stores,
  clock: Clock,
  actor: Actor | null,
  organisationId: string,
  table: SheetTable,
  request: ImportRequest,
): Promise<ImportReport> {
  const member = await authoriseImport(stores, actor, organisationId);
  const env: ImportEnv = { concepts: conceptIndex(await stores.platform.taxonomy()), today: isoDay(clock.now()) };
  const plan = planImport(table.columns, request.mapping, request.defaults, env);
  const results = convertRows(table, plan, env);
  const report = toReport(results, request.dryRun);
  if (request.dryRun) return report;
  if (report.invalid > 0) fail('IMPORT_ROWS_INVALID', report);
  const created: string[] = [];
  for (const result of results) {
    if (!result.ok) continue;
    try {
      created.push(await createListing(stores, clock, member, organisationId, result.input));
    } catch (error) {
      // The checks above mirror createListing's; should they ever disagree, the row is reported, not a 500.
      if (!(error instanceof AppError) || error.status !== 400) throw error;
      const errors = Array.isArray(error.details) ? (error.details as FieldError[]).map((e) => ({ path: e.path, message: e.message })) : [{ path: '', message: error.message }];
      const rows = report.rows.map((r) => (r.row === result.row ? { ...r, ok: false, errors } : r));
      fail('IMPORT_ROWS_INVALID', { ...report, valid: report.valid - 1, invalid: 1, rows });
    }
  }
  await stores.platform.audit({ actorId: member.userId, action: 'listing.imported', subjectType: 'organisation', subjectId: organisationId, details: { count: created.length } });
  return { ...report, created };
}
