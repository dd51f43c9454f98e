/**
 * Test harness: the real app on a real, freshly migrated database per test file — in-memory PGlite by
 * default, or a new database on the PostgreSQL server named by DATABASE_URL (CI runs both).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp, type BuiltApp } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { ensurePlatformAdmin, ensureTaxonomy } from '../../src/db/seed/reference.js';
import type { Clock, MailTransport, OutgoingMail } from '../../src/domain/ports.js';
import { TestClient } from './client.js';
import type { MeetingScheduler } from '../../src/domain/meetings/scheduling/thread.js';
import type { EmbeddingProvider } from '../../src/domain/matching/embeddings/provider.js';
import { storeOnlyTransport } from '../../src/server/mail.js';

export class FakeClock implements Clock {
  constructor(private current = new Date('2026-11-21T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/** Records mail instead of sending it; also proves the SMTP path of the outbox is taken. */
export class RecordingTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }
}

export const ADMIN_EMAIL = 'admin@innox.test';
export const ADMIN_PASSWORD = 'admin-password-123';

export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return { database: await openDatabase({ engine: 'pglite', dataDir: null, lock: false }), drop: async () => undefined };
  }
  const name = `innox_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: testUrl.toString(), poolSize: 5 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp extends BuiltApp {
  config: Config;
  clock: FakeClock;
  mail: RecordingTransport;
  database: Database;
  client(): TestClient;
  /** A client logged in as the platform admin. */
  admin(): Promise<TestClient>;
  shutdown(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, options: { storeOnlyMail?: boolean; scheduler?: MeetingScheduler; embeddings?: EmbeddingProvider | null } = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  const config = parseConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://innox.test', RATE_LIMIT_REGISTER_PER_HOUR: '10000', RATE_LIMIT_WRITES_PER_MINUTE: '10000', ...env }, '0.0.0-test');
  const clock = new FakeClock();
  const mail = new RecordingTransport();
  const built = await buildApp(config, { database, clock, mailTransport: options.storeOnlyMail ? storeOnlyTransport : mail, ...(options.scheduler ? { scheduler: options.scheduler } : {}), embeddings: options.embeddings });
  await ensureTaxonomy(database.db);
  await ensurePlatformAdmin(built.ctx.uow, ADMIN_EMAIL, ADMIN_PASSWORD);
  const client = () => new TestClient(built.app);
  return {
    ...built,
    config,
    clock,
    mail,
    database,
    client,
    async admin() {
      const c = client();
      await c.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      return c;
    },
    async shutdown() {
      await built.close();
      await database.close();
      await drop();
    },
  };
}
