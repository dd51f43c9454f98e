/**
 * The database port: one Drizzle handle over either embedded PGlite (a data folder) or PostgreSQL
 * (DATABASE_URL). Both speak the same dialect and get the same migrations.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; domain commands take this so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly engine: Engine;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Rows of a raw query, the same on both drivers. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type DatabaseOptions =
  | { engine: 'pglite'; dataDir: string | null; lock: boolean }
  | { engine: 'postgres'; url: string; poolSize: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') return openPostgres(options.url, options.poolSize);
  return openPglite(options.dataDir, options.lock);
}

async function openPglite(dataDir: string | null, lock: boolean): Promise<Database> {
  let folderLock: DataFolderLock | null = null;
  if (dataDir && lock) folderLock = lockDataFolder(dataDir);
  try {
    const client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      extensions: { vector, pg_trgm },
    });
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      async close() {
        await client.close();
        folderLock?.release();
      },
    };
  } catch (error) {
    folderLock?.release();
    throw error;
  }
}

// Any constant works; it only has to be the same for every Innox server migrating one database.
const MIGRATION_LOCK_KEY = 7_342_001;

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // Several app servers may start at once: migrate on one dedicated connection under an advisory lock.
  const migrator = new pg.Client({ connectionString: url });
  await migrator.connect();
  try {
    await migrator.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg({ client: migrator, schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await migrator.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await migrator.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server drops (restart, failover, admin command) emits 'error' on the pool;
  // unhandled it would crash the process. The pool discards that client and the next query reconnects,
  // and a query that fails for the same reason reports the error to its caller (503 from the API).
  pool.on('error', () => undefined);
  const db = drizzleNodePg({ client: pool, schema });
  await db.execute(sql`SELECT 1`);
  return {
    db: db as unknown as Db,
    engine: 'postgres',
    async close() {
      await pool.end();
    },
  };
}
