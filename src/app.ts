/**
 * The composition root: the one place where configuration, the database, the clock, the mailer and the
 * HTTP server are wired together. buildApp() returns a ready server without listening (tests use
 * app.inject); src/main.ts listens.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import AjvCompiler from '@fastify/ajv-compiler';
import Fastify from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { dispatchOutbox } from './db/outbox-dispatcher.js';
import { unitOfWork } from './db/unit-of-work.js';
import type { TaxonomyCache } from './db/stores/platform.js';
import { AppError } from './domain/errors.js';
import { createEmbeddingProvider } from './domain/matching/embeddings/factory.js';
import type { EmbeddingProvider } from './domain/matching/embeddings/provider.js';
import { runDueJobs, type JobOutcome } from './domain/jobs/queue.js';
import { createMatchingEngine } from './domain/matching/engine.js';
import { matchingJobHandlers } from './domain/matching/jobs.js';
import { defaultDictionaryCacheDir, installedDictionarySources } from './domain/matching/text/dictionaries.js';
import { matchingTextService } from './domain/matching/warmup.js';
import { TAXONOMY } from './db/seed/taxonomy.js';
import { sendAlertDigests } from './domain/alerts/digests.js';
import { runQueuedSchedules } from './domain/meetings/planning.js';
import { sweepMeetingRequests } from './domain/meetings/requests.js';
import { workerThreadScheduler, type MeetingScheduler } from './domain/meetings/scheduling/thread.js';
import { systemClock, type Clock, type MailTransport } from './domain/ports.js';
import type { App, AppContext } from './server/context.js';
import { DEMO_SETTING } from './db/seed/reference.js';
import { smtpTransport, storeOnlyTransport } from './server/mail.js';
import { addMultipartBodies } from './server/openapi-multipart.js';
import { frameworkErrors, registerErrorHandling } from './server/plugins/errors.js';
import { registerInputGuards } from './server/plugins/input-guards.js';
import { registerSession } from './server/plugins/session.js';
import { databaseRateLimitStore } from './server/rate-limit-store.js';
import { adminRoutes } from './server/routes/admin.js';
import { matchAlertRoutes } from './server/routes/match-alerts.js';
import { savedSearchRoutes } from './server/routes/saved-searches.js';
import { authRoutes } from './server/routes/auth.js';
import { dealAreaRoutes } from './server/routes/deals/index.js';
import { eventAreaRoutes } from './server/routes/events/index.js';
import { importRoutes } from './server/routes/imports.js';
import { listingLifecycleRoutes } from './server/routes/listing-lifecycle.js';
import { listingRoutes } from './server/routes/listings.js';
import { matchingAdminRoutes } from './server/routes/matching-admin.js';
import { programmeAreaRoutes } from './server/routes/programme-area.js';
import { matchingRoutes } from './server/routes/matching.js';
import { metaRoutes } from './server/routes/meta.js';
import { organisationMemberRoutes } from './server/routes/organisation-members.js';
import { organisationRoutes } from './server/routes/organisations.js';
import { registryRoutes } from './server/routes/registries/index.js';
import { reportRoutes } from './server/routes/reports/index.js';

export const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));


/** Finished jobs stay this long for progress pages and audit, then go. */
const FINISHED_JOBS_KEPT_MS = 7 * 24 * 3_600_000;

const AJV_OPTIONS = { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true, discriminator: true } as const;

/**
 * Query strings and path parameters arrive as text and are coerced to their types; JSON bodies are not:
 * coercion there would turn `0` into `null` or `"true"` into `true` without telling anyone.
 */
// @fastify/ajv-compiler's typings describe the compiled function as taking a bare schema; at run time
// Fastify hands it the route definition ({ schema, httpPart, … }). These two types say what really happens.
type RouteSchemaDefinition = { schema: unknown; httpPart?: string };
type ValidatorBuilder = (externalSchemas: unknown, options?: { customOptions?: Record<string, unknown> }) => (route: RouteSchemaDefinition) => unknown;
const validatorPool = AjvCompiler as unknown as () => ValidatorBuilder;

type CompiledValidator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/**
 * Ajv coerces a numeric string too long for a double ("999…9", 309 digits) to Infinity and lets it pass
 * integer and maximum checks; the query then fails in SQL. Coerced values must be finite numbers.
 */
function finiteNumbersOnly(validate: CompiledValidator): CompiledValidator {
  const wrapped: CompiledValidator = (data) => {
    const ok = validate(data);
    wrapped.errors = validate.errors;
    if (!ok || typeof data !== 'object' || data === null) return ok;
    for (const [key, value] of Object.entries(data)) {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) {
        wrapped.errors = [{ instancePath: `/${key}`, schemaPath: '#/type', keyword: 'type', params: { type: 'number' }, message: 'must be a finite number' }];
        return false;
      }
    }
    return true;
  };
  return wrapped;
}

const strictBodyValidator: ValidatorBuilder = (externalSchemas, options) => {
  const coercing = validatorPool()(externalSchemas, options);
  const strict = validatorPool()(externalSchemas, { ...options, customOptions: { ...options?.customOptions, coerceTypes: false } });
  return (route) => (route.httpPart === 'body' ? strict(route) : finiteNumbersOnly(coercing(route) as CompiledValidator));
};

export interface AppPorts {
  clock?: Clock;
  mailTransport?: MailTransport;
  /** An already-open database (tests share one per file); otherwise opened from config. */
  database?: Database;
  /** The meeting scheduler; by default it runs in a worker thread. */
  scheduler?: MeetingScheduler;
  /** The semantic-embedding provider; by default the one EMBEDDINGS_* configures, null for none. */
  embeddings?: EmbeddingProvider | null;
}

export interface BuiltApp {
  app: App;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function buildApp(config: Config, ports: AppPorts = {}): Promise<BuiltApp> {
  const clock = ports.clock ?? systemClock;
  const database =
    ports.database ??
    (await openDatabase(
      config.database.engine === 'postgres'
        ? { engine: 'postgres', url: config.database.url, poolSize: config.database.poolSize }
        : { engine: 'pglite', dataDir: config.database.dataDir, lock: true },
    ));
  const transport = ports.mailTransport ?? (config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : storeOnlyTransport);
  const taxonomyCache: TaxonomyCache = { concepts: null };
  let flushing: Promise<void> | null = null;
  const flushOutbox = (): Promise<void> => {
    flushing ??= dispatchOutbox(database.db, transport)
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        flushing = null;
      });
    return flushing;
  };
  const uow = unitOfWork(database.db, taxonomyCache, () => undefined);
  let demoLoaded = false;
  const scheduler = ports.scheduler ?? workerThreadScheduler;
  const meetingContext = { clock, publicUrl: config.publicUrl };
  let scheduling: ReturnType<typeof runQueuedSchedules> | null = null;
  const embeddings = ports.embeddings !== undefined ? ports.embeddings : createEmbeddingProvider(config.embeddings);
  // Dictionaries and fastText load once per app, in the background (see src/domain/matching/warmup.ts).
  const matchingText = matchingTextService({ sources: installedDictionarySources(), taxonomy: TAXONOMY, cacheDir: defaultDictionaryCacheDir() });
  const matching = createMatchingEngine({ uow, clock, text: matchingText, embeddings });
  const matchingHandlers = matchingJobHandlers(matching);
  let matchingRun: Promise<JobOutcome[]> | null = null;
  const ctx: AppContext = {
    config,
    clock,
    database,
    embeddings,
    matching,
    runMatchingJobs: () => {
      // One runner per app instance; other servers claim other jobs (FOR UPDATE SKIP LOCKED).
      matchingRun ??= runDueJobs(uow, clock, matchingHandlers)
        .then(async (outcomes) => {
          await uow.run((s) => s.jobs.purgeFinished(new Date(clock.now().getTime() - FINISHED_JOBS_KEPT_MS)));
          return outcomes;
        })
        .finally(() => {
          matchingRun = null;
        });
      return matchingRun;
    },
    uow,
    flushOutbox,
    runScheduleJobs: () => {
      // One runner per app instance; other servers take other runs (claimed with SKIP LOCKED).
      scheduling ??= runQueuedSchedules(uow, meetingContext, scheduler).finally(() => {
        scheduling = null;
      });
      return scheduling;
    },
    sweepMeetingRequests: () => uow.run((s) => sweepMeetingRequests(s, meetingContext)),
    sendAlertDigests: (onError) => sendAlertDigests(uow, meetingContext, onError),
    demo: async () => {
      // Only a positive answer is remembered: the demo set may be loaded after start-up.
      if (!demoLoaded) demoLoaded = (await uow.read((s) => s.platform.getSetting(DEMO_SETTING))) !== null;
      return demoLoaded;
    },
  };

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    ajv: { customOptions: AJV_OPTIONS },
    schemaController: { compilersFactory: { buildValidator: strictBodyValidator as unknown as AjvCompiler.BuildCompilerFromPool } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  registerInputGuards(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  await app.register(fastifyMultipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10, fieldSize: 100_000 } });
  registerSession(app, ctx);
  await app.register(fastifyRateLimit, {
    global: true,
    hook: 'preHandler',
    store: databaseRateLimitStore(database.db, clock),
    max: config.rateLimits.write.max,
    timeWindow: config.rateLimits.write.windowMs,
    // Reads are not limited here; writes are limited per user (or per address before login).
    allowList: (request) => request.method === 'GET' || request.method === 'HEAD',
    keyGenerator: (request) => (request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Innox API',
        version: config.version,
        description:
          'Innox, an open innovation exchange. Errors are `{ error: { code, message, details } }`. ' +
          'State-changing requests need the `x-csrf-token` header equal to the `innox_csrf` cookie.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'innox_session' } } },
    },
    transformObject: (documentObject) => addMultipartBodies('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(async (api) => {
    const typed = api.withTypeProvider<TypeBoxTypeProvider>();
    await metaRoutes(typed, ctx);
    await authRoutes(typed, ctx);
    await organisationRoutes(typed, ctx);
    await organisationMemberRoutes(typed, ctx);
    await listingRoutes(typed, ctx);
    await listingLifecycleRoutes(typed, ctx);
    await importRoutes(typed, ctx);
    await adminRoutes(typed, ctx);
    await eventAreaRoutes(typed, ctx);
    await matchingRoutes(typed, ctx);
    await matchingAdminRoutes(typed, ctx);
    await programmeAreaRoutes(typed, ctx);
    await savedSearchRoutes(typed, ctx);
    await matchAlertRoutes(typed, ctx);
    await dealAreaRoutes(typed, ctx);
    await registryRoutes(typed, ctx);
    await reportRoutes(typed, ctx);
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerWebUi(app);

  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await flushing;
      // A matching job in flight finishes (or fails) before the database goes.
      await matchingRun?.catch(() => undefined);
      if (!ports.database) await database.close();
    },
  };
}

/** Serves the built React app with a strict CSP; unknown non-API paths get index.html (client routing). */
function registerWebUi(app: App): void {
  const indexFile = `${WEB_DIR}/index.html`;
  const built = existsSync(indexFile);
  const index = built ? readFileSync(indexFile, 'utf8') : null;
  const inlineHashes = index
    ? [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`)
    : [];
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${inlineHashes.join(' ')}`.trim(),
    // Ant Design writes its CSS-in-JS into <style> tags at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) void reply.header('content-security-policy', csp);
    return payload;
  });
  if (built) {
    void app.register(fastifyStatic, { root: WEB_DIR, prefix: '/', wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: 'There is no such API route.' } });
    }
    // A missing asset (e.g. an old bundle after a rebuild) must be a 404, not the HTML of the app.
    if (/\.[a-z0-9]{1,8}$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.status(404).type('text/plain').send('Not found');
    }
    if (!index) return reply.status(503).type('text/plain').send('The web UI is not built yet: run `npm run build:web`.');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  });
}
