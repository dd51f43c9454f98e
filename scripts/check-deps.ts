/**
 * Lint for the dependency direction (house style rule 10): domain code imports neither server, db, web
 * nor cli code; web code imports no server or db code; nothing below src/app.ts and src/main.ts reads
 * process.env. Exits non-zero with every violation listed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const rules: Array<{ from: string; banned: RegExp; why: string }> = [
  { from: 'src/domain/', banned: /from '(\.\.\/)+(server|db|web|cli)\//, why: 'domain must not import server, db, web or cli' },
  { from: 'src/domain/', banned: /from '(fastify|@fastify\/[^']+|drizzle-orm[^']*|pg|@electric-sql\/[^']+|react[^']*)'/, why: 'domain must not depend on HTTP, SQL or UI libraries' },
  { from: 'src/web/', banned: /from '(\.\.\/)+(server|db|cli)\//, why: 'web must not import server, db or cli code' },
];
const problems: string[] = [];
for (const file of files(join(root, 'src'))) {
  const rel = relative(root, file);
  const text = readFileSync(file, 'utf8');
  for (const rule of rules) {
    if (!rel.startsWith(rule.from)) continue;
    for (const line of text.split('\n')) if (rule.banned.test(line)) problems.push(`${rel}: ${rule.why}: ${line.trim()}`);
  }
  if (/process\.env/.test(text) && !['src/main.ts', 'src/cli/index.ts', 'src/config.ts'].includes(rel) && !rel.startsWith('src/web/')) {
    problems.push(`${rel}: reads process.env (config is parsed once in src/config.ts from main.ts/cli)`);
  }
}
if (problems.length) {
  console.error(`dependency check: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('dependency check: ok');
