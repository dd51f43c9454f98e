/** Running matching: mode and index status, re-index with progress, platform and event weights. */
import Type from 'typebox';
import { eventWeights, matchingOverview, requestReindex, setEventWeights, setPlatformWeights } from '../../domain/matching/admin.js';
import type { JobRecord } from '../../domain/jobs/store.js';
import { EventWeightsInput, WeightsInput } from '../../domain/matching/schema.js';
import type { App, AppContext } from '../context.js';
import { errors, IdParams } from '../schemas.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Weights = Type.Object({ text: Type.Number(), concepts: Type.Number(), semantic: Type.Number(), country: Type.Number(), trl: Type.Number(), budget: Type.Number(), cooperation: Type.Number() });
const Precision = { relevant: Type.Integer(), notRelevant: Type.Integer(), precision: Nullable(Type.Number({ description: 'relevant / (relevant + not relevant)' })) };

const JobResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Enum(['queued', 'running', 'done', 'failed']),
  done: Nullable(Type.Integer()),
  total: Nullable(Type.Integer()),
  phase: Nullable(Type.String({ description: 'documents → postings → matches' })),
  attempts: Type.Integer(),
  error: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
});

const presentJob = (job: JobRecord) => ({
  id: job.id,
  status: job.status,
  done: job.progressDone,
  total: job.progressTotal,
  phase: typeof job.result?.phase === 'string' ? job.result.phase : null,
  attempts: job.attempts,
  error: job.lastError,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

const EventWeightsResponse = Type.Object({ weights: Weights, source: Type.Enum(['event', 'platform']) });

export async function matchingAdminRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/admin/matching',
    {
      schema: {
        operationId: 'getMatchingStatus',
        tags: ['admin', 'matching'],
        summary: 'Matching mode, dictionaries, index status, job progress, weights and feedback precision',
        response: {
          200: Type.Object({
            mode: Type.Enum(['builtin', 'hybrid-http', 'hybrid-onnx']),
            status: Type.Enum(['idle', 'warming_up', 'ready', 'failed']),
            error: Nullable(Type.String()),
            embeddings: Nullable(Type.Object({ kind: Type.String(), model: Type.String(), dimension: Type.Integer() })),
            languageIdentifier: Nullable(Type.String()),
            dictionaries: Nullable(
              Type.Object({
                languages: Type.Record(Type.String(), Type.Object({ entries: Type.Integer(), sources: Type.Array(Type.String()) })),
                missing: Type.Array(Type.String()),
                cacheBytes: Type.Integer(),
                compiledNow: Type.Boolean({ description: 'This start compiled them (else they came from the cache)' }),
                loadMs: Type.Number(),
                warmUpMs: Type.Number(),
              }),
            ),
            index: Type.Object({
              documents: Type.Integer(),
              listings: Type.Integer(),
              organisations: Type.Integer(),
              live: Type.Integer(),
              withEmbedding: Type.Integer(),
              storedMatches: Type.Integer(),
              termLists: Type.Integer(),
              lastIndexedAt: Nullable(Type.String({ format: 'date-time' })),
            }),
            jobs: Type.Object({ queued: Type.Integer(), running: Type.Integer(), failed: Type.Integer() }),
            reindex: Nullable(JobResponse),
            weights: Type.Object({ platform: Weights, defaults: Weights }),
            feedback: Type.Object({ ...Precision, byType: Type.Array(Type.Object({ type: Type.String({ description: 'Type of the listing the matches were for' }), ...Precision })) }),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      const o = await ctx.uow.read((s) => matchingOverview(s, ctx.matching, request.actor));
      const text = o.engine.text;
      return {
        mode: o.engine.mode,
        status: text.state,
        error: text.state === 'failed' ? text.error : null,
        embeddings: o.engine.embeddings,
        languageIdentifier: text.state === 'ready' ? text.identifier : null,
        dictionaries:
          text.state === 'ready'
            ? { languages: text.dictionaries.languages, missing: text.dictionaries.missing, cacheBytes: text.dictionaries.cacheBytes, compiledNow: text.dictionaries.built, loadMs: Math.round(text.dictionaries.loadMs), warmUpMs: text.warmUpMs }
            : null,
        index: { ...o.index, lastIndexedAt: o.index.lastIndexedAt?.toISOString() ?? null },
        jobs: o.jobs,
        reindex: o.reindex ? presentJob(o.reindex) : null,
        weights: o.weights,
        feedback: o.feedback,
      };
    },
  );

  app.post(
    '/api/admin/matching/reindex',
    {
      schema: {
        operationId: 'reindexMatching',
        tags: ['admin', 'matching'],
        summary: 'Re-index every listing and organisation (a background job; progress in GET /api/admin/matching)',
        response: { 202: Type.Object({ job: JobResponse }), ...errors(401, 403, 429) },
      },
    },
    async (request, reply) => {
      const job = await ctx.uow.run((s) => requestReindex(s, request.actor));
      return reply.status(202).send({ job: presentJob(job) });
    },
  );

  app.put(
    '/api/admin/matching/weights',
    {
      schema: {
        operationId: 'setMatchingWeights',
        tags: ['admin', 'matching'],
        summary: "The platform's weights of the hybrid score (stored matches are re-ranked at once)",
        body: WeightsInput,
        response: { 200: Type.Object({ weights: Weights }), ...errors(400, 401, 403, 429) },
      },
    },
    async (request) => ({ weights: await ctx.uow.run((s) => setPlatformWeights(s, ctx.clock, request.actor, request.body)) }),
  );

  app.get(
    '/api/events/:id/matching-weights',
    {
      schema: {
        operationId: 'getEventMatchingWeights',
        tags: ['events', 'matching'],
        summary: "The weights matching uses for this event (its own, or the platform's)",
        params: IdParams,
        response: { 200: EventWeightsResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ctx.uow.read((s) => eventWeights(s, request.actor, request.params.id)),
  );

  app.put(
    '/api/events/:id/matching-weights',
    {
      schema: {
        operationId: 'setEventMatchingWeights',
        tags: ['events', 'matching'],
        summary: "Organisers set the event's own weights (null: use the platform's)",
        params: IdParams,
        body: EventWeightsInput,
        response: { 200: EventWeightsResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => ctx.uow.run((s) => setEventWeights(s, ctx.clock, request.actor, request.params.id, request.body.weights)),
  );
}
