import Type, { type Static } from 'typebox';
import { loadListing } from '../../domain/listings/commands.js';
import { ListingStatus } from '../../domain/listings/schema.js';
import { filterQuery } from '../../domain/listings/search.js';
import { ListingSearchFilters } from '../../domain/listings/search-filters.js';
import type { ListingQuery } from '../../domain/listings/store.js';
import type { Actor } from '../../domain/ports.js';
import { today, type App, type AppContext } from '../context.js';
import { decodeCursor, page } from '../cursor.js';
import { ListingResponse, presentListing } from '../presenters/listing.js';
import { Cursor, errors, IdParams, Limit } from '../schemas.js';

const tags = ['listings'];

export const ListingSearchQuery = Type.Object(
  {
    ...ListingSearchFilters.properties,
    status: Type.Optional(Type.Array(ListingStatus, { maxItems: 50, description: 'Statuses (platform admins only; others always see published listings)' })),
    sort: Type.Optional(Type.Enum(['relevance', 'date'], { default: 'relevance' })),
    cursor: Type.Optional(Cursor),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);
export type ListingSearchQuery = Static<typeof ListingSearchQuery>;

const FacetList = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));
const SearchResponse = Type.Object({
  items: Type.Array(ListingResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
  facets: Type.Object({ type: FacetList, sector: FacetList, country: FacetList, language: FacetList, status: FacetList, trl: FacetList, deadline: FacetList }),
});

/** Turns API filters into the store's query for this viewer. Shared with export. */
export function toListingQuery(query: ListingSearchQuery, actor: Actor | null, todayIso: string, limit: number, withFacets: boolean): ListingQuery {
  const filters = filterQuery(query);
  return {
    ...filters,
    ...(query.status ? { status: query.status } : {}),
    sort: filters.text && (query.sort ?? 'relevance') === 'relevance' ? 'relevance' : 'date',
    after: decodeCursor(query.cursor),
    limit,
    viewer: { loggedIn: !!actor, isPlatformAdmin: !!actor?.isPlatformAdmin, organisationIds: actor ? [...actor.memberships.keys()] : [] },
    today: todayIso,
    withFacets,
  };
}

export async function listingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/listings',
    {
      schema: {
        operationId: 'searchListings',
        tags,
        summary: 'Search and browse listings with facets and cursor paging',
        querystring: ListingSearchQuery,
        response: { 200: SearchResponse, ...errors(400) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 20;
      const day = today(ctx);
      const query = toListingQuery(request.query, request.actor, day, limit + 1, !request.query.cursor);
      const result = await ctx.uow.read((s) => s.listings.search(query));
      const { items, nextCursor } = page(result.rows, limit);
      const empty = { type: [], sector: [], country: [], language: [], status: [], trl: [], deadline: [] };
      return { items: items.map((l) => presentListing(l, request.actor, day)), nextCursor, total: result.total, facets: result.facets ?? empty };
    },
  );

  app.get(
    '/api/listings/:id',
    {
      schema: { operationId: 'getListing', tags, summary: 'One listing', params: IdParams, response: { 200: ListingResponse, ...errors(400, 404) } },
    },
    async (request) => {
      const day = today(ctx);
      const listing = await ctx.uow.read((s) => loadListing(s, request.actor, request.params.id, day));
      return presentListing(listing, request.actor, day);
    },
  );
}
