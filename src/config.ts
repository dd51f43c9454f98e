/**
 * Configuration: parsed once from the environment against a schema, frozen, passed down from the
 * composition root. Nothing else reads process.env.
 */
import { basename, resolve } from 'node:path';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import type { EmbeddingSettings } from './domain/matching/embeddings/factory.js';
import { CURRENCIES } from './domain/shared/vocab.js';

const Env = Type.Object({
  PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_POOL_SIZE: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.Optional(Type.String({ minLength: 3 })),
  COOKIE_SECURE: Type.Optional(Type.Enum(['true', 'false', 'auto'])),
  SESSION_TTL_HOURS: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  LOG_LEVEL: Type.Optional(Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  DEMO_DATA: Type.Optional(Type.Enum(['true', 'false'])),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 10 })),
  TRUST_PROXY: Type.Optional(Type.Enum(['true', 'false'])),
  RATE_LIMIT_LOGIN_PER_15_MIN: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  RATE_LIMIT_REGISTER_PER_HOUR: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  RATE_LIMIT_WRITES_PER_MINUTE: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  RATE_LIMIT_MATCH_SEARCHES_PER_MINUTE: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  UPLOAD_LIMIT_MB: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$' })),
  REPORTING_CURRENCY: Type.Optional(Type.Enum([...CURRENCIES])),
  REPORT_HOME_COUNTRY: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
  REPORT_PDF_FONT_FILE: Type.Optional(Type.String({ minLength: 1 })),
  CHROMIUM_PATH: Type.Optional(Type.String({ minLength: 1 })),
  EMBEDDINGS_PROVIDER: Type.Optional(Type.Enum(['none', 'http', 'onnx-local'])),
  EMBEDDINGS_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]' })),
  EMBEDDINGS_MODEL: Type.Optional(Type.String({ minLength: 1 })),
  EMBEDDINGS_DIMENSION: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  EMBEDDINGS_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  EMBEDDINGS_TIMEOUT_MS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' })),
  EMBEDDINGS_BATCH_SIZE: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  EMBEDDINGS_MODEL_DIR: Type.Optional(Type.String({ minLength: 1 })),
  EMBEDDINGS_QUERY_PREFIX: Type.Optional(Type.String()),
  EMBEDDINGS_DOCUMENT_PREFIX: Type.Optional(Type.String()),
});
type Env = Static<typeof Env>;
const checkEnv = Compile(Env);

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly database: { readonly engine: 'pglite'; readonly dataDir: string } | { readonly engine: 'postgres'; readonly url: string; readonly poolSize: number };
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly cookieSecure: boolean;
  readonly sessionTtlMs: number;
  readonly logLevel: string;
  readonly demoData: boolean;
  readonly admin: { readonly email: string; readonly password: string | null };
  readonly trustProxy: boolean;
  readonly rateLimits: {
    readonly login: { readonly max: number; readonly windowMs: number };
    readonly register: { readonly max: number; readonly windowMs: number };
    readonly write: { readonly max: number; readonly windowMs: number };
    /** Live matching searches (each runs the engine), per user or address. */
    readonly matchSearch: { readonly max: number; readonly windowMs: number };
  };
  /** The largest uploaded file (attachments, imports), UPLOAD_LIMIT_MB. */
  readonly uploadLimitBytes: number;
  /** ISO 4217 code deal values are converted to for reporting (REPORTING_CURRENCY, CNY by default). */
  readonly reportingCurrency: string;
  /** Reports: the home country (domestic vs international cooperation, REPORT_HOME_COUNTRY, CN by default). */
  readonly reportHomeCountry: string;
  /** PDF export: the CJK font file that must exist (REPORT_PDF_FONT_FILE) and the Chromium binary (CHROMIUM_PATH). */
  readonly pdf: { readonly fontFile: string; readonly chromiumPath: string };
  readonly version: string;
  /** The semantic-embedding provider, if any (EMBEDDINGS_*); see createEmbeddingProvider. */
  readonly embeddings: EmbeddingSettings;
}

export class ConfigError extends Error {}

/** Picks only the keys we know from an environment object, then validates them. */
export function parseConfig(env: Record<string, string | undefined>, version: string): Config {
  const known: Record<string, string> = {};
  for (const key of Object.keys(Env.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') known[key] = value;
  }
  // The environment holds much besides ours, but a mistyped EMBEDDINGS_ key would silently do nothing.
  const unknown = Object.keys(env).filter((key) => key.startsWith('EMBEDDINGS_') && !(key in Env.properties));
  if (!checkEnv.Check(known) || unknown.length > 0) {
    const problems = [...checkEnv.Errors(known)].map((e) => `${e.instancePath.slice(1) || 'environment'}: ${e.message}`);
    problems.push(...unknown.map((key) => `${key}: not a known setting`));
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e: Env = known;
  const port = Number(e.PORT ?? 3000);
  const host = e.HOST ?? '127.0.0.1';
  const publicUrl = (e.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/$/, '');
  const cookieSecure = e.COOKIE_SECURE === 'true' || ((e.COOKIE_SECURE ?? 'auto') === 'auto' && publicUrl.startsWith('https://'));
  return Object.freeze({
    port,
    host,
    publicUrl,
    database: e.DATABASE_URL
      ? { engine: 'postgres' as const, url: e.DATABASE_URL, poolSize: Number(e.DATABASE_POOL_SIZE ?? 10) }
      : { engine: 'pglite' as const, dataDir: resolve(e.DATA_DIR ?? './data') },
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? 'Innox <no-reply@innox.local>',
    cookieSecure,
    sessionTtlMs: Number(e.SESSION_TTL_HOURS ?? 24 * 14) * 3_600_000,
    logLevel: e.LOG_LEVEL ?? 'info',
    demoData: (e.DEMO_DATA ?? 'true') === 'true',
    admin: { email: e.ADMIN_EMAIL ?? 'admin@innox.local', password: e.ADMIN_PASSWORD ?? null },
    trustProxy: e.TRUST_PROXY === 'true',
    rateLimits: {
      // Per address and account: slows password guessing without locking out a whole venue's Wi-Fi.
      login: { max: Number(e.RATE_LIMIT_LOGIN_PER_15_MIN ?? 10), windowMs: 15 * 60_000 },
      // Per address: a matchmaking day registers hundreds of guests behind one NAT within the hour.
      register: { max: Number(e.RATE_LIMIT_REGISTER_PER_HOUR ?? 200), windowMs: 60 * 60_000 },
      write: { max: Number(e.RATE_LIMIT_WRITES_PER_MINUTE ?? 300), windowMs: 60_000 },
      matchSearch: { max: Number(e.RATE_LIMIT_MATCH_SEARCHES_PER_MINUTE ?? 60), windowMs: 60_000 },
    },
    uploadLimitBytes: Number(e.UPLOAD_LIMIT_MB ?? 10) * 1024 * 1024,
    reportingCurrency: e.REPORTING_CURRENCY ?? 'CNY',
    reportHomeCountry: e.REPORT_HOME_COUNTRY ?? 'CN',
    pdf: { fontFile: e.REPORT_PDF_FONT_FILE ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', chromiumPath: e.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    version,
    embeddings: embeddingSettings(e),
  });
}

const EMBEDDINGS_KEYS = {
  none: [],
  http: ['EMBEDDINGS_URL', 'EMBEDDINGS_MODEL', 'EMBEDDINGS_DIMENSION', 'EMBEDDINGS_API_KEY', 'EMBEDDINGS_TIMEOUT_MS', 'EMBEDDINGS_BATCH_SIZE', 'EMBEDDINGS_QUERY_PREFIX', 'EMBEDDINGS_DOCUMENT_PREFIX'],
  'onnx-local': ['EMBEDDINGS_MODEL_DIR', 'EMBEDDINGS_MODEL', 'EMBEDDINGS_DIMENSION', 'EMBEDDINGS_BATCH_SIZE', 'EMBEDDINGS_QUERY_PREFIX', 'EMBEDDINGS_DOCUMENT_PREFIX'],
} as const satisfies Record<string, ReadonlyArray<keyof Env>>;
const EMBEDDINGS_REQUIRED = {
  none: [],
  http: ['EMBEDDINGS_URL', 'EMBEDDINGS_MODEL', 'EMBEDDINGS_DIMENSION'],
  'onnx-local': ['EMBEDDINGS_MODEL_DIR', 'EMBEDDINGS_DIMENSION'],
} as const satisfies Record<string, ReadonlyArray<keyof Env>>;

/**
 * EMBEDDINGS_* settings: what a provider needs must be there, and what it cannot use must not (an
 * EMBEDDINGS_URL without EMBEDDINGS_PROVIDER=http is a forgotten line, not a wish for no embeddings).
 */
function embeddingSettings(e: Env): EmbeddingSettings {
  const provider = e.EMBEDDINGS_PROVIDER ?? 'none';
  const applicable: ReadonlyArray<string> = EMBEDDINGS_KEYS[provider];
  const problems = [
    ...EMBEDDINGS_REQUIRED[provider].filter((key) => e[key] === undefined).map((key) => `${key}: required with EMBEDDINGS_PROVIDER=${provider}`),
    ...Object.keys(e)
      .filter((key) => key.startsWith('EMBEDDINGS_') && key !== 'EMBEDDINGS_PROVIDER' && !applicable.includes(key))
      .map((key) => `${key}: does not apply to EMBEDDINGS_PROVIDER=${provider}`),
  ];
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const common = {
    dimension: Number(e.EMBEDDINGS_DIMENSION),
    batchSize: Number(e.EMBEDDINGS_BATCH_SIZE ?? 32),
    // Kept exactly as given: e5-style prefixes end in a space ("query: ").
    queryPrefix: e.EMBEDDINGS_QUERY_PREFIX ?? '',
    documentPrefix: e.EMBEDDINGS_DOCUMENT_PREFIX ?? '',
  };
  switch (provider) {
    case 'none':
      return Object.freeze({ provider });
    case 'http':
      return Object.freeze({
        provider,
        ...common,
        url: e.EMBEDDINGS_URL ?? '',
        model: e.EMBEDDINGS_MODEL ?? '',
        apiKey: e.EMBEDDINGS_API_KEY ?? null,
        timeoutMs: Number(e.EMBEDDINGS_TIMEOUT_MS ?? 30_000),
      });
    case 'onnx-local': {
      const modelDir = resolve(e.EMBEDDINGS_MODEL_DIR ?? '');
      return Object.freeze({ provider, ...common, modelDir, model: e.EMBEDDINGS_MODEL ?? basename(modelDir) });
    }
  }
}
