/** `innox backup <file>` and `innox restore <file> [--replace]`, with a progress line per table on a terminal. */
import { statSync } from 'node:fs';
import { backupDatabase, BackupError, restoreDatabase, type BackupHeader, type BackupProgress } from '../db/backup.js';
import type { Database } from '../db/client.js';

function progressLine(verb: string): { progress: BackupProgress; finish: () => void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    progress: ({ table, done, total }) => {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : width;
      process.stderr.write(`\r${verb} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${table} ${done}/${total}`.padEnd(100).slice(0, 100));
    },
    finish: () => {
      if (tty) process.stderr.write('\n');
    },
  };
}

const totalRows = (h: BackupHeader) => h.tables.reduce((sum, t) => sum + t.rows, 0);

export async function backupCommand(database: Database, file: string): Promise<number> {
  const { progress, finish } = progressLine('Backing up');
  const header = await backupDatabase(database, file, progress);
  finish();
  const mib = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`Backed up ${totalRows(header)} rows of ${header.tables.length} tables (${database.engine}, ${header.migrations} migrations) to ${file} (${mib} MiB).`);
  return 0;
}

export async function restoreCommand(database: Database, file: string, replace: boolean): Promise<number> {
  const { progress, finish } = progressLine('Restoring');
  try {
    const header = await restoreDatabase(database, file, { replace, progress });
    finish();
    console.log(`Restored ${totalRows(header)} rows of ${header.tables.length} tables from ${file} (taken on ${header.engine} at ${header.createdAt}) into ${database.engine}.`);
    return 0;
  } catch (error) {
    finish();
    if (error instanceof BackupError) {
      console.error(`innox: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
