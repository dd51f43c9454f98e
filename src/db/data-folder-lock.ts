import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `Data folder ${dataDir} is in use by another Innox process (${holder}). ` +
        'Stop that process, or start this one with a different DATA_DIR.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no multi-process protection, and two processes writing one data folder corrupt it. We take
 * an exclusive lock file holding our pid. A lock left by a crashed process (pid gone on this host) is
 * taken over, so a restart after kill -9 works at once; a lock held by a live process is refused.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'innox.lock');
  const me = `${hostname()}:${process.pid}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8') === me) rmSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = '';
      try {
        holder = readFileSync(file, 'utf8').trim();
      } catch {
        continue; // removed between our open and read: try again
      }
      const [host, pidText] = holder.split(':');
      const pid = Number(pidText);
      const stale = host === hostname() && Number.isInteger(pid) && pid > 0 && !processAlive(pid);
      if (!stale) throw new DataFolderInUseError(dataDir, holder || 'unknown holder');
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUseError(dataDir, 'lock could not be taken');
}
