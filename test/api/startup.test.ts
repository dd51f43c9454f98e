import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort, spawnServer, startServer } from '../helpers/server.js';

test('a second server on the same data folder exits with a clear "data folder in use" error', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'innox-lock-'));
  const first = await startServer({ DATA_DIR: dataDir, DEMO_DATA: 'false', DATABASE_URL: '' });
  try {
    const health = (await (await fetch(`${first.url}/api/health`)).json()) as { status: string; database: string };
    assert.deepEqual([health.status, health.database], ['ok', 'pglite']);
    const second = spawnServer({ DATA_DIR: dataDir, DEMO_DATA: 'false', DATABASE_URL: '', PORT: String(await freePort()) });
    const code = await second.exited;
    assert.equal(code, 1);
    assert.match(second.output(), /data folder .* is in use/i);
    // The first server is unharmed.
    assert.equal((await fetch(`${first.url}/api/health`)).status, 200);
  } finally {
    await first.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('after a crash (kill -9) the stale lock is taken over and the server starts again', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'innox-crash-'));
  try {
    const first = await startServer({ DATA_DIR: dataDir, DEMO_DATA: 'false', DATABASE_URL: '' });
    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));
    const second = await startServer({ DATA_DIR: dataDir, DEMO_DATA: 'false', DATABASE_URL: '' });
    assert.equal((await fetch(`${second.url}/api/health`)).status, 200);
    await second.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
