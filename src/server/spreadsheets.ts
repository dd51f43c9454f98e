/**
 * Spreadsheet files in and out: multipart uploads, CSV/XLSX → SheetTable (recognised by content, not by
 * name), and tables → CSV/XLSX downloads with formula injection neutralised.
 *
 * Uploads are untrusted. An XLSX file is a zip: before ExcelJS sees it, every entry is inflated once with
 * a cap on the total (a zip bomb fails here), and the local entries must tile the file exactly as the
 * central directory says (a streaming unzip cannot then be shown entries we did not check).
 */
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { parse as parseCsv, CsvError } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { AppError, fail } from '../domain/errors.js';
import { IMPORT_LIMITS, type SheetTable } from '../domain/listings/import.js';
import type { SheetCell } from '../domain/listings/export.js';

/** What an XLSX may inflate to in total; generous for 5,000 rows of long multilingual text. */
const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;
/** Blank rows are skipped, but reading millions of them is still work. */
const MAX_RAW_ROWS = IMPORT_LIMITS.rows * 10;

export const CSV_MIME = 'text/csv; charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const unreadable = (reason: string, message?: string): never => fail('IMPORT_FILE_INVALID', { reason }, message);
const unsupported = (reason: string): never => fail('UNSUPPORTED_MEDIA_TYPE', { reason });

// ── Uploads ───────────────────────────────────────────────────────────────────────────────────────

export interface Upload {
  file: Buffer;
  filename: string;
  fields: Map<string, string>;
}

/** Reads a multipart body: the `file` part and any text fields, in whatever order they come. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  let upload: { file: Buffer; filename: string } | null = null;
  const fields = new Map<string, string>();
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const file = await part.toBuffer();
      if (part.fieldname === 'file') upload = { file, filename: part.filename };
    } else if (part.valueTruncated) {
      fail('BAD_REQUEST', { reason: `the field ${part.fieldname} is too long` });
    } else {
      fields.set(part.fieldname, String(part.value));
    }
  }
  if (!upload) fail('BAD_REQUEST', { reason: 'the multipart field "file" is missing' });
  return { ...upload, fields };
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

/** Collects rows: the first non-empty one is the header; blank rows are skipped but keep their numbers. */
class TableBuilder {
  private header: string[] | null = null;
  private width = 0;
  private seen = 0;
  private readonly rows: SheetTable['rows'] = [];

  add(row: number, cells: readonly string[]): void {
    if (++this.seen > MAX_RAW_ROWS) unreadable('too_many_rows', `The file has more than ${IMPORT_LIMITS.rows} rows.`);
    let length = cells.length;
    while (length > 0 && !cells[length - 1]?.trim()) length--;
    if (length === 0) return;
    if (length > IMPORT_LIMITS.columns) unreadable('too_many_columns', `The file has more than ${IMPORT_LIMITS.columns} columns.`);
    // PostgreSQL text cannot hold NUL; nothing a person typed contains it.
    const clean = cells.slice(0, length).map((c) => c.replaceAll('\u0000', ''));
    this.width = Math.max(this.width, length);
    if (!this.header) {
      this.header = clean;
      return;
    }
    if (this.rows.length >= IMPORT_LIMITS.rows) unreadable('too_many_rows', `The file has more than ${IMPORT_LIMITS.rows} rows.`);
    this.rows.push({ row, cells: clean });
  }

  finish(): SheetTable {
    if (!this.header) return unreadable('empty', 'The file has no header row.');
    const names = new Set<string>();
    const columns = Array.from({ length: this.width }, (_, i) => {
      const base = (this.header?.[i] ?? '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base} (${n})`;
      names.add(name);
      return name;
    });
    const rows = this.rows.map((r) => ({ row: r.row, cells: Array.from({ length: this.width }, (_, i) => r.cells[i] ?? '') }));
    return { columns, rows };
  }
}

const startsWith = (b: Buffer, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** Reads the first sheet of a CSV or XLSX file, recognised by its bytes. */
export async function readSpreadsheet(bytes: Buffer): Promise<SheetTable> {
  if (bytes.length === 0) unreadable('empty', 'The file is empty.');
  const table = new TableBuilder();
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) await readXlsx(bytes, table);
  else if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) unsupported('legacy .xls workbooks are not supported; save as .xlsx or CSV');
  else await readCsv(decodeText(bytes), table);
  return table.finish();
}

function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  // Text has next to no control bytes; images, PDFs, archives and executables have plenty.
  if (head.includes(0) || control > head.length / 100) unsupported('not a CSV or XLSX file');
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return unreadable('encoding', 'The CSV file is not UTF-8; save it as "CSV UTF-8" or as .xlsx.');
  }
}

/** The delimiter the header line uses most, outside quotes: `,`, `;` (German Excel) or tab. */
function detectDelimiter(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim()) ?? '';
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

async function readCsv(text: string, table: TableBuilder): Promise<void> {
  // Excel's "sep=;" first line names the delimiter and is not shown as a row.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const parser = parseCsv(body, {
    delimiter: sep?.[1] ?? detectDelimiter(body),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: 1_000_000,
  });
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) table.add(++row, record);
  } catch (error) {
    if (error instanceof CsvError) unreadable('csv', `The CSV file could not be read: ${error.message}`);
    throw error;
  }
}

interface ZipEntry {
  name: string;
  start: number;
  end: number;
}

/**
 * Checks an XLSX zip without trusting its sizes: the local entries must tile the file as the central
 * directory says, and each is inflated (capped) to learn what it really holds. Returns each entry's bytes
 * range, header to next header.
 */
function checkZip(b: Buffer): ZipEntry[] {
  const bad = (what: string): never => unreadable('zip', `The XLSX file is damaged or not supported (${what}).`);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff) && eocd < 0; i--) if (b.readUInt32LE(i) === 0x06054b50) eocd = i;
  if (eocd < 0) bad('no central directory');
  const count = b.readUInt16LE(eocd + 10);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) bad('zip64');
  if (count > MAX_ZIP_ENTRIES) bad('too many entries');
  if (cdOffset + b.readUInt32LE(eocd + 12) > eocd) bad('central directory');
  const central: Array<{ name: string; flags: number; method: number; size: number; rawSize: number; offset: number }> = [];
  for (let i = 0, p = cdOffset; i < count; i++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== 0x02014b50) bad('central directory');
    const nameLength = b.readUInt16LE(p + 28);
    central.push({
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      size: b.readUInt32LE(p + 20),
      rawSize: b.readUInt32LE(p + 24),
      offset: b.readUInt32LE(p + 42),
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  central.sort((x, y) => x.offset - y.offset);
  let cursor = 0;
  let budget = MAX_XLSX_UNCOMPRESSED_BYTES;
  const ranges: ZipEntry[] = [];
  const gapOk = (gap: number, descriptor: boolean) => gap === 0 || (descriptor && gap >= 12 && gap <= 24);
  for (const [i, e] of central.entries()) {
    const previous = central[i - 1];
    if (!gapOk(e.offset - cursor, !!previous && (previous.flags & 8) !== 0) || e.offset + 30 > cdOffset) bad('entries out of place');
    if (b.readUInt32LE(e.offset) !== 0x04034b50 || b.readUInt16LE(e.offset + 6) !== e.flags || b.readUInt16LE(e.offset + 8) !== e.method) bad('local header');
    if (e.flags & 1) bad('encrypted');
    if (e.method !== 8 && (e.method !== 0 || e.flags & 8)) bad('compression method');
    if (!(e.flags & 8) && (b.readUInt32LE(e.offset + 18) !== e.size || b.readUInt32LE(e.offset + 22) !== e.rawSize)) bad('local sizes');
    const nameLength = b.readUInt16LE(e.offset + 26);
    if (b.toString('utf8', e.offset + 30, e.offset + 30 + nameLength) !== e.name) bad('local name');
    const dataStart = e.offset + 30 + nameLength + b.readUInt16LE(e.offset + 28);
    cursor = dataStart + e.size;
    if (cursor > cdOffset) bad('entry size');
    const data = b.subarray(dataStart, cursor);
    let inflated = data.length;
    if (e.method === 8) {
      try {
        const out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget), info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        if (out.engine.bytesWritten !== data.length) bad('entry size');
        inflated = out.buffer.length;
      } catch (error) {
        if (error instanceof AppError) throw error;
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') unreadable('too_large', 'The XLSX file unpacks to more than we accept.');
        bad('corrupt data');
      }
    }
    if (inflated !== e.rawSize) bad('entry size');
    budget -= inflated;
    if (budget < 0) unreadable('too_large', 'The XLSX file unpacks to more than we accept.');
    if (previous) (ranges[ranges.length - 1] as ZipEntry).end = e.offset;
    ranges.push({ name: e.name, start: e.offset, end: cdOffset });
  }
  const last = central[central.length - 1];
  if (!last || !gapOk(cdOffset - cursor, (last.flags & 8) !== 0)) bad('entries out of place');
  return ranges;
}

const XLSX_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const sheetNumber = (name: string) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? NaN);

async function readXlsx(bytes: Buffer, table: TableBuilder): Promise<void> {
  try {
    const stream = workbookStream(bytes);
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    for await (const sheet of workbook) {
      // The first visible tab is the one the user looks at, whatever its file is called.
      const model = (workbook as unknown as { model?: { sheets?: Array<{ name: string; state?: string }> } }).model;
      const first = model?.sheets?.find((s) => !s.state || s.state === 'visible')?.name;
      if (first && (sheet as unknown as { name?: string }).name !== first) continue;
      for await (const row of sheet) table.add(row.number, ((row.values ?? []) as unknown[]).slice(1).map(cellText));
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    unreadable('xlsx', 'The XLSX file could not be read.');
  }
}

/** The checked entries ExcelJS needs, metadata first (its streaming reader wants them before the sheets). */
function workbookStream(bytes: Buffer): Readable {
  const entries = checkZip(bytes);
  const names = new Set(entries.map((e) => e.name));
  if (names.size !== entries.length) unreadable('zip', 'The XLSX file is damaged (duplicate entries).');
  // A zip that is not a workbook (a .docx, an .ods) is the wrong kind of file rather than a damaged one.
  if (!names.has('xl/workbook.xml')) unsupported('a zip file, but not an XLSX workbook');
  const wanted = [
    ...XLSX_PARTS.flatMap((name) => entries.filter((e) => e.name === name)),
    ...entries.filter((e) => sheetNumber(e.name) >= 0).sort((x, y) => sheetNumber(x.name) - sheetNumber(y.name)),
  ];
  const centralDirectory = bytes.subarray(Math.max(...entries.map((e) => e.end)));
  return Readable.from([...wanted.map((e) => bytes.subarray(e.start, e.end)), centralDirectory]);
}

/** A cell as the text the user sees; date cells become YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
  }
  return '';
}

// ── Writing ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A cell starting with = + - @ tab or CR is run as a formula by spreadsheet programs (CSV injection);
 * the leading apostrophe makes it text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const safeCell = (cell: SheetCell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell);

/** CSV in UTF-8 with a byte order mark (so Excel reads Chinese and Vietnamese correctly) and CR LF lines. */
export function writeCsv(rows: readonly (readonly SheetCell[])[]): Buffer {
  return Buffer.from(stringify(rows.map((r) => r.map(safeCell)), { bom: true, record_delimiter: 'windows' }), 'utf8');
}

export async function writeXlsx(sheetName: string, rows: readonly (readonly SheetCell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map(safeCell));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
