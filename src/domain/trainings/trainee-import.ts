/**
 * A trainee list from a spreadsheet (read by src/server/spreadsheets.ts into a SheetTable): columns are
 * recognised by their header in any of the five languages; each row becomes a trainee or its errors.
 * The list replaces the batch's list, all rows or none.
 */
import countries from 'i18n-iso-countries';
import { Compile } from 'typebox/compile';
import { AppError, fail, type FieldError } from '../errors.js';
import { foldKey } from '../listings/import-words.js';
import type { SheetTable } from '../listings/import.js';
import type { Actor, Stores } from '../ports.js';
import { isCountryCode } from '../shared/countries.js';
import { setTrainees } from './commands.js';
import { MAX_TRAINEES_PER_BATCH, TraineeInput } from './schema.js';

const FIELDS = ['name', 'organisation', 'country', 'email'] as const;
type TraineeField = (typeof FIELDS)[number];

const HEADERS: Record<TraineeField, string[]> = {
  name: ['name', 'full name', 'trainee', '姓名', '名字', '学员', '學員', 'Name', 'Vorname Nachname', 'Teilnehmer', 'Họ tên', 'Họ và tên', 'Tên'],
  organisation: ['organisation', 'organization', 'company', 'employer', 'institution', '单位', '單位', '工作单位', '工作單位', '机构', '機構', 'Organisation', 'Einrichtung', 'Firma', 'Institution', 'Đơn vị', 'Tổ chức', 'Cơ quan'],
  country: ['country', '国家', '國家', '国家地区', 'Land', 'Staat', 'Quốc gia', 'Nước'],
  email: ['email', 'e-mail', 'mail', '邮箱', '郵箱', '电子邮件', '電子郵件', 'E-Mail', 'Thư điện tử'],
};
const HEADER_INDEX = new Map(FIELDS.flatMap((f) => HEADERS[f].map((w) => [foldKey(w), f] as const)));

const checkTrainee = Compile(TraineeInput);

export interface TraineeImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  /** Columns recognised, by field. */
  columns: Partial<Record<TraineeField, string>>;
  rows: Array<{ row: number; ok: boolean; name: string | null; errors: FieldError[] }>;
}

function countryCode(text: string): string | null {
  const upper = text.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? null;
  for (const lang of ['en', 'de', 'zh', 'vi']) {
    const code = countries.getAlpha2Code(text.trim(), lang);
    if (code) return code;
  }
  return null;
}

export function readTraineeTable(table: SheetTable): { report: Omit<TraineeImportReport, 'dryRun'>; trainees: TraineeInput[] } {
  const columns: Partial<Record<TraineeField, number>> = {};
  table.columns.forEach((c, i) => {
    const field = HEADER_INDEX.get(foldKey(c));
    if (field && columns[field] === undefined) columns[field] = i;
  });
  if (columns.name === undefined) fail('IMPORT_MAPPING_INVALID', [{ path: '/name', message: 'no column is headed with a name (e.g. "Name", "姓名", "Họ tên")' }]);
  if (table.rows.length > MAX_TRAINEES_PER_BATCH) fail('VALIDATION_FAILED', [{ path: '/trainees', message: `a batch lists at most ${MAX_TRAINEES_PER_BATCH} trainees` }]);
  const trainees: TraineeInput[] = [];
  const rows = table.rows.map(({ row, cells }) => {
    const cell = (f: TraineeField) => {
      const i = columns[f];
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const errors: FieldError[] = [];
    const countryText = cell('country');
    const country = countryText ? countryCode(countryText) : null;
    if (countryText && !country) errors.push({ path: '/country', message: `"${countryText}" is not a country` });
    const trainee: TraineeInput = { name: cell('name'), organisation: cell('organisation') || null, country, email: cell('email') || null };
    if (!checkTrainee.Check(trainee)) {
      for (const e of checkTrainee.Errors(trainee)) errors.push({ path: e.instancePath || '/', message: e.message ?? 'invalid' });
    }
    if (!errors.length) trainees.push(trainee);
    return { row, ok: errors.length === 0, name: trainee.name || null, errors };
  });
  const named = Object.fromEntries(Object.entries(columns).map(([f, i]) => [f, table.columns[i]])) as Partial<Record<TraineeField, string>>;
  const valid = rows.filter((r) => r.ok).length;
  return { report: { total: rows.length, valid, invalid: rows.length - valid, columns: named, rows }, trainees };
}

/** Checks the rows; unless a dry run, replaces the batch's list (422 with the report when a row is bad). */
export async function importTrainees(stores: Stores, actor: Actor | null, programmeId: string, batchId: string, table: SheetTable, dryRun: boolean): Promise<TraineeImportReport> {
  const { report, trainees } = readTraineeTable(table);
  const full = { dryRun, ...report };
  if (dryRun) return full;
  if (report.invalid > 0) throw new AppError('IMPORT_ROWS_INVALID', full);
  await setTrainees(stores, actor, programmeId, batchId, trainees);
  return full;
}
