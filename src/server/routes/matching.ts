/** Matches users see: a listing's matching listings, "Recommended for you", search by text, feedback, tags. */
import Type from 'typebox';
import { listingMatches, listingTags, organisationRecommendations, recordFeedback, searchByText, setDismissedTags, weightsFor } from '../../domain/matching/commands.js';
import { FeedbackInput, MatchFilters, MatchSearchQuery, TagsInput } from '../../domain/matching/schema.js';
import { today, type App, type AppContext } from '../context.js';
import { MatchResponse, presentMatch, presentRanked, presentRecommendation, RecommendationResponse } from '../presenters/match.js';
import { errors, IdParams } from '../schemas.js';

const tags = ['matching'];

const TagsResponse = Type.Object({
  listingId: Type.String({ format: 'uuid' }),
  author: Type.Array(Type.String(), { description: "The listing's own sectors and keywords" }),
  automatic: Type.Array(Type.String(), { description: 'Concepts found in its text (in any language)' }),
  dismissed: Type.Array(Type.String(), { description: 'Automatic tags the author removed' }),
  effective: Type.Array(Type.String(), { description: 'What matching uses' }),
  indexedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  abilities: Type.Object({ edit: Type.Boolean() }),
});

export async function matchingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/listings/:id/matches',
    {
      schema: {
        operationId: 'getListingMatches',
        tags,
        summary: 'Matching listings (and organisations) for a listing, best first, with explanations',
        description: 'Stored matches, computed when the listing or its counterparts change (not on this request). Only what the caller may see is returned.',
        params: IdParams,
        querystring: MatchFilters,
        response: {
          200: Type.Object({
            listing: Type.Object({ id: Type.String({ format: 'uuid' }), live: Type.Boolean(), pending: Type.Boolean({ description: 'A refresh of its matches is queued' }) }),
            items: Type.Array(MatchResponse),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => {
      const day = today(ctx);
      const result = await ctx.uow.read((s) => listingMatches(s, ctx.clock, request.actor, request.params.id, request.query));
      const weights = await ctx.uow.read((s) => weightsFor(s, request.query.eventId ?? null));
      return {
        listing: { id: result.listing.id, live: result.live, pending: result.pending },
        items: result.items.map((m) => presentMatch(m, request.actor, day, weights, ctx.matching.mode)),
      };
    },
  );

  app.get(
    '/api/organisations/:id/recommendations',
    {
      schema: {
        operationId: 'getRecommendations',
        tags,
        summary: "Recommended for you: the best matches across the organisation's live listings and its profile, each once",
        params: IdParams,
        querystring: MatchFilters,
        response: { 200: Type.Object({ items: Type.Array(RecommendationResponse) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const day = today(ctx);
      const items = await ctx.uow.read((s) => organisationRecommendations(s, ctx.clock, request.actor, request.params.id, request.query));
      const weights = await ctx.uow.read((s) => weightsFor(s, request.query.eventId ?? null));
      return { items: items.map((r) => presentRecommendation(r, request.actor, day, weights, ctx.matching.mode)) };
    },
  );

  app.post(
    '/api/matches/:id/feedback',
    {
      schema: {
        operationId: 'giveMatchFeedback',
        tags,
        summary: 'Relevant or not relevant (with a reason): one verdict per user and match, changeable',
        params: IdParams,
        body: FeedbackInput,
        response: {
          200: Type.Object({
            matchId: Type.String({ format: 'uuid' }),
            verdict: Type.Enum(['relevant', 'not_relevant']),
            reason: Type.Union([Type.String(), Type.Null()]),
            comment: Type.Union([Type.String(), Type.Null()]),
            updatedAt: Type.String({ format: 'date-time' }),
          }),
          ...errors(400, 401, 403, 404, 429),
        },
      },
    },
    async (request) => {
      const { match, feedback } = await ctx.uow.run((s) => recordFeedback(s, ctx.clock, request.actor, request.params.id, request.body));
      return { matchId: match.id, verdict: feedback.verdict, reason: feedback.reason, comment: feedback.comment, updatedAt: feedback.updatedAt.toISOString() };
    },
  );

  app.get(
    '/api/matching/search',
    {
      // A live search runs the engine (posting lists, maybe an embedding call): limited per caller.
      config: { rateLimit: { max: ctx.config.rateLimits.matchSearch.max, timeWindow: ctx.config.rateLimits.matchSearch.windowMs, allowList: [] } },
      schema: {
        operationId: 'searchMatches',
        tags,
        summary: 'Listings matching a description in any language (live; 503 MATCHING_NOT_READY while the engine warms up)',
        description: 'Computed on request, unlike stored matches. The first five results also carry where the matched words are in their own text.',
        querystring: MatchSearchQuery,
        response: {
          200: Type.Object({ language: Type.String({ description: 'The language the text was read as' }), mode: Type.String(), items: Type.Array(MatchResponse) }),
          ...errors(400, 429),
        },
      },
    },
    async (request) => {
      const day = today(ctx);
      const result = await ctx.uow.read((s) => searchByText(s, ctx.matching, ctx.clock, request.actor, request.query));
      return { language: result.language, mode: ctx.matching.mode, items: result.matches.map((m) => presentRanked(m, request.actor, day, result.weights, ctx.matching.mode)) };
    },
  );

  const presentTags = (t: Awaited<ReturnType<typeof listingTags>>, edit: boolean) => ({
    listingId: t.listing.id,
    author: t.author,
    automatic: t.automatic,
    dismissed: t.dismissed,
    effective: t.effective,
    indexedAt: t.indexedAt?.toISOString() ?? null,
    abilities: { edit },
  });

  app.get(
    '/api/listings/:id/tags',
    {
      schema: {
        operationId: 'getListingTags',
        tags,
        summary: "A listing's concepts for matching: the author's, the automatic ones found in its text, and those the author removed",
        params: IdParams,
        response: { 200: TagsResponse, ...errors(400, 404) },
      },
    },
    async (request) => {
      const t = await ctx.uow.read((s) => listingTags(s, ctx.clock, request.actor, request.params.id));
      return presentTags(t, !!request.actor?.memberships.has(t.listing.organisationId));
    },
  );

  app.put(
    '/api/listings/:id/tags',
    {
      schema: {
        operationId: 'correctListingTags',
        tags,
        summary: 'Remove automatic tags (the listing is re-matched)',
        params: IdParams,
        body: TagsInput,
        response: { 200: TagsResponse, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const t = await ctx.uow.run((s) => setDismissedTags(s, ctx.clock, request.actor, request.params.id, request.body));
      return presentTags(t, true);
    },
  );
}
