/**
 * Backup and restore of a whole Innox database, the same on PGlite and PostgreSQL, so a backup taken
 * from the embedded engine restores into PostgreSQL and back.
 *
 * The file is gzip'd NDJSON, written from one REPEATABLE READ snapshot: a header line (format, source
 * engine, applied migrations, every table with its columns and row count, sequence values), then per
 * table a line naming it (`["table", name]`) followed by one `to_jsonb(row)` object per line, then an
 * end line (`["end", tables]`): markers are arrays, rows are objects, so no row can pass for a marker. JSON is the
 * common ground of both engines: `jsonb_populate_recordset` turns every value back into its column type
 * (bytea from "\x…", vectors and tsvectors from their text form, arrays from JSON arrays).
 *
 * Restore runs in one transaction: it empties the target's tables, inserts every row with foreign keys
 * checked at commit (so table order does not matter), sets the sequences and checks every count. A
 * truncated or damaged file, or a backup from a newer schema, fails before commit and leaves the target
 * as it was.
 */
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from './client.js';

export const BACKUP_FORMAT = 'innox-backup';
export const BACKUP_VERSION = 1;

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  engine: Database['engine'];
  /** Applied schema migrations (drizzle's journal entries, oldest first): a restore needs the target at least this far. */
  migrations: number;
  tables: BackupTable[];
  sequences: Array<{ name: string; value: number | null }>;
}

export type BackupProgress = (event: { table: string; done: number; total: number }) => void;

/** A backup that cannot be restored: the message says why, and nothing in the target changed. */
export class BackupError extends Error {
  constructor(
    readonly code: 'BACKUP_NOT_FOUND' | 'BACKUP_FORMAT' | 'BACKUP_TRUNCATED' | 'BACKUP_NEWER_SCHEMA' | 'BACKUP_TARGET_NOT_EMPTY' | 'BACKUP_COUNT_MISMATCH',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

async function appliedMigrations(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

interface ColumnInfo {
  table: string;
  column: string;
  writable: boolean;
  identityAlways: boolean;
  dataType: string;
}

async function columnsOf(db: Executor): Promise<Map<string, ColumnInfo[]>> {
  const rows = await queryRows<{ table_name: string; column_name: string; is_generated: string; identity_generation: string | null; data_type: string }>(
    db,
    sql`SELECT c.table_name, c.column_name, c.is_generated, c.identity_generation, c.data_type
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public'
        ORDER BY c.table_name, c.ordinal_position`,
  );
  const out = new Map<string, ColumnInfo[]>();
  for (const r of rows) {
    const list = out.get(r.table_name) ?? [];
    list.push({ table: r.table_name, column: r.column_name, writable: r.is_generated !== 'ALWAYS', identityAlways: r.identity_generation === 'ALWAYS', dataType: r.data_type });
    out.set(r.table_name, list);
  }
  return out;
}

async function sequencesOf(db: Executor): Promise<Array<{ name: string; value: number | null }>> {
  const rows = await queryRows<{ name: string; value: string | number | null }>(
    db,
    sql`SELECT sequencename AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows.map((r) => ({ name: r.name, value: r.value === null ? null : Number(r.value) }));
}

/** Rows fetched per round trip: few for tables holding files (bytea), so memory stays bounded. */
const fetchSize = (columns: readonly ColumnInfo[]) => (columns.some((c) => c.dataType === 'bytea') ? 8 : 500);

/** Writes a backup of every table to `file` from one consistent snapshot; returns its header. */
export async function backupDatabase(database: Database, file: string, progress?: BackupProgress): Promise<BackupHeader> {
  const gzip = createGzip();
  const out = createWriteStream(file);
  const done = pipeline(gzip, out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  let header: BackupHeader | null = null;
  try {
    await database.db.transaction(
      async (tx) => {
        const columns = await columnsOf(tx);
        const tables: BackupTable[] = [];
        for (const [name, cols] of columns) {
          const [count] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${ident(name)}`);
          tables.push({ name, columns: cols.map((c) => c.column), rows: count?.n ?? 0 });
        }
        header = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          engine: database.engine,
          migrations: await appliedMigrations(tx),
          tables,
          sequences: await sequencesOf(tx),
        };
        await write(JSON.stringify(header));
        for (const table of tables) {
          await write(JSON.stringify(['table', table.name]));
          const size = fetchSize(columns.get(table.name) ?? []);
          await tx.execute(sql`DECLARE innox_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS r FROM ${ident(table.name)} t`);
          let written = 0;
          for (;;) {
            const rows = await queryRows<{ r: string }>(tx, sql`FETCH ${sql.raw(String(size))} FROM innox_backup`);
            for (const row of rows) await write(row.r);
            written += rows.length;
            progress?.({ table: table.name, done: written, total: table.rows });
            if (rows.length < size) break;
          }
          await tx.execute(sql`CLOSE innox_backup`);
          if (written !== table.rows) throw new Error(`table ${table.name}: read ${written} rows, counted ${table.rows}`);
        }
        await write(JSON.stringify(['end', tables.length]));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } catch (error) {
    gzip.destroy();
    await done.catch(() => undefined);
    throw error;
  }
  gzip.end();
  await done;
  if (!header) throw new Error('backup: no header written');
  return header;
}

function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = line === undefined ? undefined : JSON.parse(line);
  } catch {
    value = undefined;
  }
  const h = value as Partial<BackupHeader> | undefined;
  if (!h || h.format !== BACKUP_FORMAT || !Array.isArray(h.tables) || !Array.isArray(h.sequences) || typeof h.migrations !== 'number') {
    throw new BackupError('BACKUP_FORMAT', 'This is not an Innox backup file (or its first line is damaged).');
  }
  if (h.version !== BACKUP_VERSION) throw new BackupError('BACKUP_FORMAT', `Backup format version ${String(h.version)} is not supported (this Innox reads version ${BACKUP_VERSION}).`);
  return h as BackupHeader;
}

/** The decompressed lines of a backup file; a read error surfaces in the iteration, not as a crash. */
function backupLines(file: string) {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  return createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
}

/** Reads the header of a backup file without restoring it. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new BackupError('BACKUP_NOT_FOUND', `No readable backup file ${file}.`);
  }
  const lines = backupLines(file);
  try {
    for await (const line of lines) return parseHeader(line);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('BACKUP_FORMAT', `This is not an Innox backup file: ${(error as Error).message}`);
  } finally {
    lines.close();
  }
  throw new BackupError('BACKUP_FORMAT', 'The backup file is empty.');
}

/** Bytes of row JSON sent per INSERT: large enough to be fast, small enough for any server's limits. */
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;
const INSERT_BATCH_ROWS = 2000;

/**
 * Restores `file` into `database`, replacing everything in it. Refuses a target that holds users,
 * organisations or listings unless `replace` is set. All or nothing.
 */
export async function restoreDatabase(database: Database, file: string, options: { replace: boolean; progress?: BackupProgress }): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const db = database.db;
  const target = await appliedMigrations(db);
  if (header.migrations > target) {
    throw new BackupError('BACKUP_NEWER_SCHEMA', `The backup comes from a newer Innox (${header.migrations} schema migrations, this one has ${target}): upgrade Innox first, then restore.`);
  }
  if (!options.replace) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT ((SELECT count(*) FROM users) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM listings))::int AS n`);
    if ((row?.n ?? 0) > 0) throw new BackupError('BACKUP_TARGET_NOT_EMPTY', 'The target database already holds data; restoring replaces all of it. Run restore with --replace to do that.');
  }

  const columns = await columnsOf(db);
  // Foreign keys are checked at commit so rows can go in in file order; constraints that were not
  // deferrable are made so for the restore and put back afterwards (an owner may do this; disabling
  // the constraint triggers would need a superuser).
  const fks = await queryRows<{ table_name: string; name: string }>(
    db,
    sql`SELECT c.conrelid::regclass::text AS table_name, c.conname AS name FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND NOT c.condeferrable`,
  );
  const alterFks = async (deferrable: boolean) => {
    for (const fk of fks) {
      await db.execute(sql`ALTER TABLE ${sql.raw(fk.table_name)} ALTER CONSTRAINT ${ident(fk.name)} ${sql.raw(deferrable ? 'DEFERRABLE INITIALLY IMMEDIATE' : 'NOT DEFERRABLE')}`);
    }
  };
  await alterFks(true);
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET CONSTRAINTS ALL DEFERRED`);
      const all = [...columns.keys()];
      if (all.length > 0) await tx.execute(sql`TRUNCATE ${sql.join(all.map(ident), sql`, `)}`);
      const counts = await insertRows(tx, file, header, columns, options.progress);
      for (const t of header.tables) {
        if (!columns.has(t.name)) continue;
        if ((counts.get(t.name) ?? 0) !== t.rows) {
          throw new BackupError('BACKUP_COUNT_MISMATCH', `Table ${t.name}: the backup lists ${t.rows} rows but holds ${counts.get(t.name) ?? 0}; nothing was restored.`);
        }
      }
      const known = new Set((await sequencesOf(tx)).map((s) => s.name));
      for (const s of header.sequences) {
        if (!known.has(s.name)) continue;
        if (s.value === null) await tx.execute(sql`SELECT setval(${s.name}::regclass, 1, false)`);
        else await tx.execute(sql`SELECT setval(${s.name}::regclass, ${s.value}, true)`);
      }
    });
  } finally {
    await alterFks(false);
  }
  return header;
}

async function insertRows(tx: Executor, file: string, header: BackupHeader, columns: Map<string, ColumnInfo[]>, progress?: BackupProgress): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const totals = new Map(header.tables.map((t) => [t.name, t.rows]));
  const listed = new Map(header.tables.map((t) => [t.name, new Set(t.columns)]));
  let table: string | null = null;
  let batch: string[] = [];
  let batchBytes = 0;
  let ended = false;

  const flush = async () => {
    if (!table || batch.length === 0) return;
    const name: string = table;
    const present = listed.get(name) ?? new Set<string>();
    // Columns both sides know; a column the backup lacks (added by a later migration) takes its default.
    const cols = (columns.get(name) ?? []).filter((c) => c.writable && present.has(c.column));
    const identityAlways = cols.some((c) => c.identityAlways);
    const list = sql.join(cols.map((c) => ident(c.column)), sql`, `);
    await tx.execute(
      sql`INSERT INTO ${ident(name)} (${list}) ${sql.raw(identityAlways ? 'OVERRIDING SYSTEM VALUE ' : '')}SELECT ${list} FROM jsonb_populate_recordset(NULL::${ident(name)}, ${`[${batch.join(',')}]`}::jsonb)`,
    );
    counts.set(name, (counts.get(name) ?? 0) + batch.length);
    progress?.({ table: name, done: counts.get(name) ?? 0, total: totals.get(name) ?? 0 });
    batch = [];
    batchBytes = 0;
  };

  const lines = backupLines(file);
  let first = true;
  try {
    for await (const line of lines) {
      if (first) {
        first = false;
        continue;
      }
      if (ended) throw new BackupError('BACKUP_FORMAT', 'The backup file has data after its end line.');
      if (line.startsWith('[')) {
        const marker: unknown = JSON.parse(line);
        if (Array.isArray(marker) && marker[0] === 'table' && typeof marker[1] === 'string' && totals.has(marker[1])) {
          await flush();
          table = columns.has(marker[1]) ? marker[1] : null;
          continue;
        }
        if (Array.isArray(marker) && marker[0] === 'end') {
          await flush();
          ended = true;
          continue;
        }
        throw new BackupError('BACKUP_FORMAT', 'The backup file holds a line that is neither a row nor a table marker.');
      }
      if (!table) continue; // a table this Innox no longer has: its rows are skipped
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= INSERT_BATCH_ROWS || batchBytes >= INSERT_BATCH_BYTES) await flush();
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (error instanceof SyntaxError) throw new BackupError('BACKUP_FORMAT', `The backup file holds a damaged line (${error.message}); nothing was restored.`);
    // The driver's own error, or drizzle's wrapper around it.
    const code = (error as { code?: string }).code ?? ((error as { cause?: { code?: string } }).cause?.code);
    // Data exceptions (SQLSTATE class 22): a row whose values do not fit the column types.
    if (typeof code === 'string' && code.startsWith('22')) {
      const reason = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new BackupError('BACKUP_FORMAT', `A row of table ${table ?? '?'} cannot be read back (${reason}); nothing was restored.`);
    }
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end of file/i.test((error as Error).message)) {
      throw new BackupError('BACKUP_TRUNCATED', 'The backup file is truncated or damaged (its compressed data ends early); nothing was restored.');
    }
    throw error;
  }
  if (!ended) throw new BackupError('BACKUP_TRUNCATED', 'The backup file ends before its end line (truncated); nothing was restored.');
  return counts;
}
