/**
 * Backup and restore (issue 6): a demo database round-trips PGlite → file → PGlite and on to the engine
 * under test (PostgreSQL when DATABASE_URL is set), table for table and row for row; bad files and
 * non-empty targets are refused without changing anything; the CLI commands work end to end.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { backupDatabase, BackupError, readBackupHeader, restoreDatabase } from '../../src/db/backup.js';
import { openDatabase, queryRows, type Database } from '../../src/db/client.js';
import { DEMO_PASSWORD, demoEmail, loadDemoData } from '../../src/db/seed/load.js';
import { createTestApp, openTestDatabase, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';

let source: TestApp;
let dir: string;
const closers: Array<() => Promise<void>> = [];

before(async () => {
  source = await createTestApp();
  await loadDemoData(source.ctx.uow, source.clock, () => undefined, { publicUrl: source.config.publicUrl });
  // A stored file (bytea) and a queued job, so binary columns and work in progress are covered too.
  await source.database.db.execute(sql`INSERT INTO files (id, owner_organisation_id, name, mime, size_bytes, sha256)
    SELECT '00000000-0000-4000-8000-00000000f11e', id, 'bytes.bin', 'application/pdf', 4, 'x' FROM organisations LIMIT 1`);
  await source.database.db.execute(sql`INSERT INTO file_contents (file_id, content) VALUES ('00000000-0000-4000-8000-00000000f11e', '\\x00ff10ab'::bytea)`);
  dir = mkdtempSync(join(tmpdir(), 'innox-backup-'));
});

after(async () => {
  for (const close of closers.reverse()) await close();
  await source.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

/** Every table's row count and a digest of its rows, in a form both engines print alike. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number; digest: string | null }>(
      database.db,
      sql`SELECT count(*)::int AS n, md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)) AS digest FROM ${sql.raw(`"${name}"`)} t`,
    );
    out[name] = `${row?.n ?? 0}:${row?.digest ?? '-'}`;
  }
  const seqs = await queryRows<{ name: string; value: string | null }>(database.db, sql`SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`);
  for (const s of seqs) out[`sequence ${s.name}`] = s.value ?? 'unset';
  return out;
}

async function freshPglite(): Promise<Database> {
  const database = await openDatabase({ engine: 'pglite', dataDir: null, lock: false });
  closers.push(() => database.close());
  return database;
}

async function freshUnderTest(): Promise<Database> {
  const { database, drop } = await openTestDatabase();
  closers.push(async () => {
    await database.close();
    await drop();
  });
  return database;
}

let expected: Record<string, string>;
let pgliteCopy: Database;
let pgliteFile: string;

test('a demo database backs up and restores into a fresh PGlite with every table and sequence identical', async () => {
  const file = join(dir, 'source.innox.gz');
  const progress: string[] = [];
  const header = await backupDatabase(source.database, file, (p) => progress.push(p.table));
  expected = await fingerprint(source.database);
  assert.equal(header.engine, source.database.engine);
  assert.ok(header.tables.find((t) => t.name === 'listings')!.rows > 20, 'the demo listings are in the backup');
  assert.ok(progress.includes('listings'), 'progress is reported per table');
  assert.deepEqual((await readBackupHeader(file)).tables, header.tables);

  pgliteCopy = await freshPglite();
  await restoreDatabase(pgliteCopy, file, { replace: false });
  assert.deepEqual(await fingerprint(pgliteCopy), expected);
});

test('the PGlite copy moves on to the engine under test (PostgreSQL in CI) unchanged, and the app runs on it', async () => {
  pgliteFile = join(dir, 'from-pglite.innox.gz');
  await backupDatabase(pgliteCopy, pgliteFile);
  const target = await freshUnderTest();
  await restoreDatabase(target, pgliteFile, { replace: false });
  assert.deepEqual(await fingerprint(target), expected);

  // Sign-in works with the restored password hash, and the next insert does not collide with restored ids.
  const built = await buildApp(parseConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://innox.test' }, '0.0.0-test'), { database: target, embeddings: null });
  closers.push(() => built.close());
  const client = new TestClient(built.app);
  await client.login(demoEmail('cn_ent_laser'), DEMO_PASSWORD);
  const listings = await client.request('GET', '/api/listings?limit=5');
  assert.equal(listings.status, 200);
  const [seq] = await queryRows<{ before: number; after: number }>(
    target.db,
    sql`SELECT max(seq)::int AS before, nextval('deal_stage_changes_seq_seq')::int AS after FROM deal_stage_changes`,
  );
  assert.ok(seq && seq.after > seq.before, JSON.stringify(seq));
});

test('a target that holds data is refused without --replace, and keeps its data', async () => {
  const before = await fingerprint(pgliteCopy);
  await assert.rejects(
    () => restoreDatabase(pgliteCopy, pgliteFile, { replace: false }),
    (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_TARGET_NOT_EMPTY',
  );
  assert.deepEqual(await fingerprint(pgliteCopy), before);
});

test('a truncated backup is refused and the target keeps what it had', async () => {
  const whole = readFileSync(pgliteFile);
  const cutGzip = join(dir, 'cut.innox.gz');
  writeFileSync(cutGzip, whole.subarray(0, Math.floor(whole.length / 2)));
  // Cut at a line boundary too: the gzip is sound but the end line is missing.
  const lines = gunzipSync(whole).toString('utf8').split('\n');
  const cutLines = join(dir, 'cut-lines.innox.gz');
  writeFileSync(cutLines, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));

  const before = await fingerprint(pgliteCopy);
  for (const file of [cutGzip, cutLines]) {
    await assert.rejects(
      () => restoreDatabase(pgliteCopy, file, { replace: true }),
      (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_TRUNCATED',
    );
    assert.deepEqual(await fingerprint(pgliteCopy), before, `${file} changed nothing`);
  }
  // The foreign keys made deferrable for the restore are back to what they were.
  const [fk] = await queryRows<{ n: number }>(pgliteCopy.db, sql`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND condeferrable AND connamespace = 'public'::regnamespace`);
  assert.equal(fk?.n, 0);
});

test('a file that is not a backup, a damaged row and a backup from a newer schema give their own errors', async () => {
  const notBackup = join(dir, 'not.gz');
  writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));
  await assert.rejects(() => restoreDatabase(pgliteCopy, notBackup, { replace: true }), (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_FORMAT');
  const plain = join(dir, 'plain.txt');
  writeFileSync(plain, 'just text');
  await assert.rejects(() => restoreDatabase(pgliteCopy, plain, { replace: true }), (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_FORMAT');

  const lines = gunzipSync(readFileSync(pgliteFile)).toString('utf8').split('\n');
  const listingsAt = lines.indexOf('["table","listings"]');
  assert.ok(listingsAt > 0);
  const damaged = [...lines];
  damaged[listingsAt + 1] = '{"id": "not-a-uuid", "title": 3}';
  const damagedFile = join(dir, 'damaged.gz');
  writeFileSync(damagedFile, gzipSync(damaged.join('\n')));
  const before = await fingerprint(pgliteCopy);
  await assert.rejects(() => restoreDatabase(pgliteCopy, damagedFile, { replace: true }), (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_FORMAT');

  const header = JSON.parse(lines[0]!) as { migrations: number };
  const newer = [JSON.stringify({ ...header, migrations: header.migrations + 1 }), ...lines.slice(1)];
  const newerFile = join(dir, 'newer.gz');
  writeFileSync(newerFile, gzipSync(newer.join('\n')));
  await assert.rejects(() => restoreDatabase(pgliteCopy, newerFile, { replace: true }), (e: unknown) => e instanceof BackupError && e.code === 'BACKUP_NEWER_SCHEMA');
  assert.deepEqual(await fingerprint(pgliteCopy), before);
});

test('with --replace a restore replaces what the target held', async () => {
  const other = await freshPglite();
  await restoreDatabase(other, pgliteFile, { replace: false });
  await other.db.execute(sql`DELETE FROM listings WHERE id IN (SELECT id FROM listings LIMIT 3)`).catch(async () => {
    await other.db.execute(sql`UPDATE listings SET title = 'changed after the backup'`);
  });
  assert.notDeepEqual(await fingerprint(other), expected);
  await restoreDatabase(other, pgliteFile, { replace: true });
  assert.deepEqual(await fingerprint(other), expected);
});

const { DATABASE_URL: _unused, ...withoutDatabaseUrl } = process.env;

test('npm run innox -- backup / restore: a data folder backs up, restores into another, and bad input exits 1 with a message', () => {
  const run = (args: string[], dataDir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...withoutDatabaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const file = join(dir, 'cli.innox.gz');
  const usage = run(['backup'], join(dir, 'cli-a'));
  assert.equal(usage.status, 2, usage.stderr);
  assert.match(usage.stderr, /usage:/);

  const backedUp = run(['backup', file], join(dir, 'cli-a'));
  assert.equal(backedUp.status, 0, backedUp.stderr);
  assert.match(backedUp.stdout, /Backed up \d+ rows of \d+ tables \(pglite/);

  const restored = run(['restore', file], join(dir, 'cli-b'));
  assert.equal(restored.status, 0, restored.stderr);
  assert.match(restored.stdout, /Restored \d+ rows/);

  const missing = run(['restore', join(dir, 'nope.gz')], join(dir, 'cli-b'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /No readable backup file/);
});
