/**
 * `npm run innox -- <command>`: operator commands on the configured database (DATA_DIR or DATABASE_URL).
 *   seed                      load the demo data set (once)
 *   set-password <email>      set a user's password (reads it from INNOX_NEW_PASSWORD or generates one)
 *   expire                    mark published listings past their expiry date as expired
 *   match <listing-id> [n]    print a listing's best matches (default 10) with their explanations
 *   backup <file>             write the whole database to a file (gzip'd JSON lines, one snapshot)
 *   restore <file> [--replace]
 *                             replace the database with a backup (either engine; all or nothing)
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseConfig, ConfigError } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataFolderInUseError } from '../db/data-folder-lock.js';
import { loadDemoData } from '../db/seed/load.js';
import { ensureTaxonomy } from '../db/seed/reference.js';
import { unitOfWork } from '../db/unit-of-work.js';
import { hashPassword } from '../domain/accounts/secrets.js';
import { AppError } from '../domain/errors.js';
import { expireListings } from '../domain/listings/commands.js';
import { createEmbeddingProvider } from '../domain/matching/embeddings/factory.js';
import { runDueJobs } from '../domain/jobs/queue.js';
import { createMatchingEngine } from '../domain/matching/engine.js';
import { matchingJobHandlers } from '../domain/matching/jobs.js';
import { defaultDictionaryCacheDir, installedDictionarySources } from '../domain/matching/text/dictionaries.js';
import { matchingTextService } from '../domain/matching/warmup.js';
import { TAXONOMY } from '../db/seed/taxonomy.js';
import { printMatches } from './match.js';
import { backupCommand, restoreCommand } from './backup.js';
import { systemClock } from '../domain/ports.js';

const USAGE = 'usage: npm run innox -- seed | set-password <email> | expire | match <listing-id> [n] | backup <file> | restore <file> [--replace]';

function bar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || !['seed', 'set-password', 'expire', 'match', 'backup', 'restore'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const file = args.find((a) => !a.startsWith('--'));
  if ((command === 'backup' || command === 'restore') && !file) {
    console.error(USAGE);
    return 2;
  }
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const config = parseConfig(process.env, pkg.version);
  const database = await openDatabase(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url, poolSize: 2 }
      : { engine: 'pglite', dataDir: config.database.dataDir, lock: true },
  );
  const uow = unitOfWork(database.db, { concepts: null }, () => undefined);
  try {
    if (command === 'seed') {
      await ensureTaxonomy(database.db);
      const result = await loadDemoData(uow, systemClock, (done, total) => {
        if (process.stdout.isTTY) process.stdout.write(`\rLoading demo data ${bar(done, total)}`);
      }, { publicUrl: config.publicUrl, reportingCurrency: config.reportingCurrency });
      if (process.stdout.isTTY) process.stdout.write('\n');
      console.log(result.listings ? `Loaded ${result.organisations} demo organisations, ${result.listings} listings and ${result.events} events.` : 'Demo data was already loaded; nothing to do.');
      return 0;
    }
    if (command === 'backup') return await backupCommand(database, file ?? '');
    if (command === 'restore') return await restoreCommand(database, file ?? '', args.includes('--replace'));
    if (command === 'set-password') {
      const email = args[0]?.trim().toLowerCase();
      if (!email) {
        console.error(USAGE);
        return 2;
      }
      const password = process.env.INNOX_NEW_PASSWORD ?? randomBytes(12).toString('base64url');
      if (password.length < 10) {
        console.error('The password must have at least 10 characters.');
        return 2;
      }
      const found = await uow.run(async (s) => {
        const user = await s.accounts.findUserByEmail(email);
        if (!user) return false;
        await s.accounts.updateUser(user.id, { passwordHash: await hashPassword(password) });
        await s.accounts.deleteSessionsOfUser(user.id);
        return true;
      });
      if (!found) {
        console.error(`No user with e-mail ${email}.`);
        return 1;
      }
      console.log(process.env.INNOX_NEW_PASSWORD ? `Password of ${email} changed.` : `New password of ${email}: ${password}`);
      return 0;
    }
    if (command === 'match') {
      const listingId = args[0] ?? '';
      const limit = Number(args[1] ?? 10);
      if (!/^[0-9a-f-]{36}$/i.test(listingId) || !Number.isInteger(limit) || limit < 1 || limit > 100) {
        console.error(USAGE);
        return 2;
      }
      const engine = createMatchingEngine({
        uow,
        clock: systemClock,
        text: matchingTextService({ sources: installedDictionarySources(), taxonomy: TAXONOMY, cacheDir: defaultDictionaryCacheDir() }),
        embeddings: createEmbeddingProvider(config.embeddings),
      });
      const labels = new Map(TAXONOMY.map((c) => [c.code, c.labels.en]));
      try {
        // The index is kept by jobs the server runs; catch up on any still queued (e.g. right after `seed`).
        await printMatches(engine, listingId, limit, labels, async () => (await runDueJobs(uow, systemClock, matchingJobHandlers(engine))).length);
      } catch (error) {
        if (error instanceof AppError && error.code === 'LISTING_NOT_FOUND') {
          console.error(`No listing ${listingId}.`);
          return 1;
        }
        throw error;
      }
      return 0;
    }
    const ids = await uow.run((s) => expireListings(s, systemClock));
    console.log(`${ids.length} listing(s) expired.`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DataFolderInUseError || error instanceof ConfigError ? `innox: ${error.message}` : error);
    process.exit(1);
  },
);
