import Type from 'typebox';
import type { App, AppContext } from '../context.js';
import { today } from '../context.js';
import { LISTING_TYPES } from '../../domain/shared/vocab.js';

export async function metaRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: 'Liveness, the database engine and the matching mode in use',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Enum(['pglite', 'postgres']),
            version: Type.String(),
            demo: Type.Boolean(),
            matching: Type.Object({
              mode: Type.Enum(['builtin', 'hybrid-http', 'hybrid-onnx'], { description: 'builtin: the cross-language bridge alone; hybrid-*: plus embeddings' }),
              status: Type.Enum(['idle', 'warming_up', 'ready', 'failed'], { description: 'Dictionaries and language identifier loaded?' }),
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: ctx.database.engine,
      version: ctx.config.version,
      demo: await ctx.demo(),
      matching: { mode: ctx.matching.mode, status: ctx.matching.status().text.state },
    }),
  );

  app.get(
    '/api/taxonomy',
    {
      schema: {
        operationId: 'getTaxonomy',
        tags: ['platform'],
        summary: 'Sector and technology-keyword concepts with labels in five languages',
        response: {
          200: Type.Object({
            concepts: Type.Array(
              Type.Object({
                code: Type.String(),
                kind: Type.Enum(['sector', 'keyword']),
                parent: Type.Union([Type.String(), Type.Null()]),
                labels: Type.Record(Type.String(), Type.String()),
                synonyms: Type.Record(Type.String(), Type.Array(Type.String())),
              }),
            ),
          }),
        },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return { concepts: await ctx.uow.read((s) => s.platform.taxonomy()) };
    },
  );

  app.get(
    '/api/stats',
    {
      schema: {
        operationId: 'getStats',
        tags: ['platform'],
        summary: 'Counts for the home page',
        response: {
          200: Type.Object({
            listings: Type.Object({ total: Type.Integer(), byType: Type.Record(Type.String(), Type.Integer()) }),
            organisations: Type.Integer(),
            countries: Type.Integer(),
          }),
        },
      },
    },
    async () =>
      ctx.uow.read(async (s) => {
        const counts = await s.listings.countsByType(today(ctx));
        const byType = Object.fromEntries(LISTING_TYPES.map((t) => [t, counts[t] ?? 0]));
        const { organisations, countries } = await s.organisations.counts();
        return { listings: { total: Object.values(byType).reduce((a, b) => a + b, 0), byType }, organisations, countries };
      }),
  );
}
