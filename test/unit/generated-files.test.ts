import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateOpenApi } from '../../src/server/openapi.js';

const root = new URL('../..', import.meta.url).pathname;

test('openapi.json is up to date with the route schemas (run `npm run openapi`)', async () => {
  const committed: unknown = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(await generateOpenApi())));
});

test('the OpenAPI document is 3.1 and every operation has an operationId and a documented 4xx when it takes input', () => {
  const doc = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as {
    openapi: string;
    paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>>;
  };
  assert.match(doc.openapi, /^3\.1\./);
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      assert.ok(op.operationId, `${method} ${path} has an operationId`);
      assert.ok(!ids.has(op.operationId), `duplicate operationId ${op.operationId}`);
      ids.add(op.operationId);
      const takesInput = !!op.requestBody || (op.parameters ?? []).length > 0 || path.includes('{');
      if (takesInput) assert.ok(Object.keys(op.responses ?? {}).some((c) => c.startsWith('4')), `${method} ${path} documents a 4xx`);
    }
  }
});

test('migrations are up to date with src/db/schema.ts (drizzle-kit generate adds nothing)', () => {
  const work = mkdtempSync(join(tmpdir(), 'innox-migrations-'));
  try {
    cpSync(join(root, 'migrations'), join(work, 'migrations'), { recursive: true });
    const before = readdirSync(join(work, 'migrations')).sort();
    execFileSync(
      join(root, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--dialect', 'postgresql', '--schema', join(root, 'src/db/schema.ts'), '--out', join(work, 'migrations')],
      { cwd: root, stdio: 'pipe' },
    );
    assert.deepEqual(readdirSync(join(work, 'migrations')).sort(), before, 'schema changed without a migration: run `npm run db:generate`');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
