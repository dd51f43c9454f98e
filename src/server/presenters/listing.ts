import Type from 'typebox';
import { canOnListing, listingAbilities } from '../../domain/listings/policy.js';
import { ListingStatus, ListingType, Visibility } from '../../domain/listings/schema.js';
import type { ListingView } from '../../domain/listings/store.js';
import { OrganisationSummary } from '../../domain/organisations/schema.js';
import type { Actor } from '../../domain/ports.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** The listing as every API response shows it: an allow-list, never the row. */
export const ListingResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: ListingType,
  status: ListingStatus,
  visibility: Visibility,
  language: Type.String(),
  languageConfirmed: Type.Boolean(),
  title: Type.String(),
  summary: Type.String(),
  translations: Type.Array(Type.Object({ language: Type.String(), title: Type.String(), summary: Type.String() })),
  sectors: Type.Array(Type.String()),
  keywords: Type.Array(Type.String()),
  freeKeywords: Type.Array(Type.String()),
  countriesSought: Type.Array(Type.String()),
  trl: Nullable(Type.Integer()),
  deadline: Nullable(Type.String({ format: 'date' })),
  expiresAt: Nullable(Type.String({ format: 'date' })),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
  organisation: Type.Union([OrganisationSummary, Type.Null()], { description: 'null for anonymous listings, except for their own members and moderators' }),
  anonymous: Type.Boolean(),
  demo: Type.Boolean(),
  details: Type.Record(Type.String(), Type.Unknown()),
  moderation: Type.Union([
    Type.Object({ action: Type.String(), reason: Nullable(Type.String()), at: Type.String() }),
    Type.Null(),
  ]),
  abilities: Type.Object({
    edit: Type.Boolean(),
    submit: Type.Boolean(),
    withdraw: Type.Boolean(),
    close: Type.Boolean(),
    renew: Type.Boolean(),
    delete: Type.Boolean(),
    moderate: Type.Boolean(),
  }),
});

export function presentListing(listing: ListingView, actor: Actor | null, today: string) {
  const seeOwner = canOnListing(actor, 'seeOwner', listing, today);
  const insider = !!actor && (actor.memberships.has(listing.organisationId) || actor.isPlatformAdmin);
  return {
    id: listing.id,
    type: listing.type,
    status: listing.status,
    visibility: listing.visibility,
    language: listing.language,
    languageConfirmed: listing.languageConfirmed,
    title: listing.title,
    summary: listing.summary,
    translations: listing.translations.map((t) => ({ language: t.language, title: t.title, summary: t.summary })),
    sectors: listing.sectors,
    keywords: listing.keywords,
    freeKeywords: listing.freeKeywords,
    countriesSought: listing.countriesSought,
    trl: listing.trl,
    deadline: listing.deadline,
    expiresAt: listing.expiresAt,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    createdAt: listing.createdAt.toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
    version: listing.version,
    organisation: seeOwner
      ? {
          id: listing.organisationId,
          name: listing.organisationName,
          country: listing.country,
          type: listing.organisationType,
          verified: listing.organisationVerified,
        }
      : null,
    anonymous: listing.visibility === 'anonymous',
    demo: listing.demo,
    details: listing.details,
    // Moderators' notes are for the authors and the moderators only.
    moderation: insider && listing.moderation ? { action: listing.moderation.action, reason: listing.moderation.reason, at: listing.moderation.at } : null,
    abilities: listingAbilities(actor, listing, today),
  };
}
