import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../src/domain/errors.js';

const root = new URL('../..', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? sources(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));

test('every error code has a 4xx/5xx status and a message', () => {
  for (const code of ERROR_CODES) {
    const entry = ERROR_CATALOGUE[code];
    assert.match(code, /^[A-Z][A-Z_]+$/);
    assert.ok(entry.status >= 400 && entry.status < 600, code);
    assert.ok(entry.message.length > 10, code);
  }
});

test('every error code used in the code is in the catalogue, and every catalogued code has a UI message in all five languages', () => {
  const used = new Set<string>();
  for (const file of sources(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:fail|AppError)\(\s*'([A-Z_]+)'/g)) used.add(m[1] ?? '');
  }
  for (const code of used) assert.ok(code in ERROR_CATALOGUE, `${code} is used but not catalogued`);
  for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi']) {
    const messages = JSON.parse(readFileSync(join(root, `src/web/i18n/locales/${lang}.json`), 'utf8')) as { errors?: Record<string, string> };
    for (const code of ERROR_CODES) assert.ok(messages.errors?.[code], `${lang}: errors.${code} has no message`);
  }
});
