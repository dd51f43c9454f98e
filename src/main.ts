/** `npm start`: open the database, load reference and demo data, serve API and web UI. */
import { readFileSync } from 'node:fs';
import { buildApp } from './app.js';
import { ConfigError, parseConfig } from './config.js';
import { DataFolderInUseError } from './db/data-folder-lock.js';
import { DEMO_PASSWORD, demoEmail, ensurePlatformAdmin, ensureTaxonomy, loadDemoData } from './db/seed/load.js';
import { expireListings } from './domain/listings/commands.js';
import { systemClock } from './domain/ports.js';

const OUTBOX_INTERVAL_MS = 30_000;
const EXPIRY_INTERVAL_MS = 10 * 60_000;
const MEETING_SWEEP_INTERVAL_MS = 5 * 60_000;
/** Digests go out at the first sweep of a new (UTC) day or week. */
const ALERT_DIGEST_INTERVAL_MS = 10 * 60_000;
const SCHEDULE_POLL_INTERVAL_MS = 5_000;
const MATCHING_POLL_INTERVAL_MS = 2_000;

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const config = parseConfig(process.env, pkg.version);
  const { app, ctx, close } = await buildApp(config);
  await ensureTaxonomy(ctx.database.db);
  const admin = await ensurePlatformAdmin(ctx.uow, config.admin.email, config.admin.password);
  let demoLoaded = false;
  if (config.demoData && !(await ctx.demo())) {
    const tty = process.stdout.isTTY;
    const result = await loadDemoData(ctx.uow, systemClock, (done, total) => {
      if (tty) process.stdout.write(`\rLoading demo data ${progressBar(done, total)}`);
      else if (done === total || done % 50 === 0) console.log(`Loading demo data ${progressBar(done, total)}`);
    }, { publicUrl: config.publicUrl, reportingCurrency: config.reportingCurrency });
    if (tty) process.stdout.write('\n');
    demoLoaded = result.listings > 0;
  }
  await app.listen({ port: config.port, host: config.host });

  const timers = [
    setInterval(() => void ctx.flushOutbox(), OUTBOX_INTERVAL_MS),
    setInterval(() => void ctx.uow.run((s) => expireListings(s, systemClock)).catch((e: unknown) => app.log.error(e)), EXPIRY_INTERVAL_MS),
    setInterval(() => void ctx.sweepMeetingRequests().catch((e: unknown) => app.log.error(e)), MEETING_SWEEP_INTERVAL_MS),
    setInterval(() => void ctx.sendAlertDigests((e) => app.log.error(e)).catch((e: unknown) => app.log.error(e)), ALERT_DIGEST_INTERVAL_MS),
    // Runs queued by another server, or left by a crash, are picked up here too.
    setInterval(() => void ctx.runScheduleJobs().catch((e: unknown) => app.log.error(e)), SCHEDULE_POLL_INTERVAL_MS),
    // Matching refreshes queued by listing changes (here or on another server), re-index, embeddings.
    setInterval(() => void ctx.runMatchingJobs().catch((e: unknown) => app.log.error(e)), MATCHING_POLL_INTERVAL_MS),
  ];
  // Dictionaries and fastText load after the server listens; matching reports "warming_up" until then.
  void ctx.matching.warmUp().catch((e: unknown) => app.log.error(e));
  await ctx.uow.run((s) => expireListings(s, systemClock));
  void ctx.flushOutbox();

  const lines = [
    '',
    `Innox ${config.version} is running at ${config.publicUrl}/  (database: ${ctx.database.engine}${config.database.engine === 'pglite' ? `, data in ${config.database.dataDir}` : ''})`,
    `  API docs:     ${config.publicUrl}/api/docs`,
    admin.password
      ? `  Admin login:  ${config.admin.email} / ${admin.password}   (shown once; set ADMIN_PASSWORD to choose it)`
      : `  Admin login:  ${config.admin.email} (password as set at first start; reset: npm run innox -- set-password ${config.admin.email})`,
  ];
  if (await ctx.demo()) lines.push(`  Demo data${demoLoaded ? ' loaded' : ''}: every demo organisation's admin logs in as e.g. ${demoEmail('yrd_nic')} / ${DEMO_PASSWORD}`);
  console.log(lines.join('\n') + '\n');

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    timers.forEach(clearInterval);
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

// Never die silently: a crash must say why in the log.
process.on('unhandledRejection', (reason) => {
  console.error('Innox: unhandled promise rejection:', reason);
});
process.on('uncaughtException', (error) => {
  console.error('Innox: uncaught exception, exiting:', error);
  process.exit(1);
});

main().catch((error: unknown) => {
  if (error instanceof DataFolderInUseError || error instanceof ConfigError) {
    console.error(`Innox cannot start: ${error.message}`);
  } else {
    console.error('Innox failed to start:', error);
  }
  process.exit(1);
});
