/**
 * The matching resource's inputs: one schema each, validating requests, typing the commands and feeding
 * the OpenAPI document.
 */
import Type, { type Static } from 'typebox';
import { ConceptCode, ContentLanguage, CountryCode, ListingType } from '../listings/schema.js';
import { FEEDBACK_REASONS, MATCH_TARGET_TYPES } from './vocab.js';
import type { Signal } from './weights.js';

const Strict = { additionalProperties: false } as const;

export { FEEDBACK_REASONS, MATCH_TARGET_TYPES };
export const MatchTargetType = Type.Enum([...MATCH_TARGET_TYPES], { description: "A listing type, or 'organisation' / 'investor' for organisation profiles" });

export const MatchFilters = Type.Object(
  {
    type: Type.Optional(Type.Array(MatchTargetType, { maxItems: 9, description: 'Only matches of these types (repeat the parameter for several)' })),
    country: Type.Optional(Type.Array(CountryCode, { maxItems: 50, description: "Only matches from these countries (the owning organisation's)" })),
    minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Only matches scoring at least this (0..1)' })),
    eventId: Type.Optional(Type.String({ format: 'uuid', description: "Rank with the event's weights and keep matches brought to the event (its marketplace)" })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  Strict,
);
export type MatchFilters = Static<typeof MatchFilters>;

export const MatchSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 2, maxLength: 4000, description: 'What is needed or offered, in any language' }),
    language: Type.Optional(ContentLanguage),
    type: Type.Optional(Type.Array(ListingType, { maxItems: 7, description: 'Listing types to find (default: all)' })),
    country: Type.Optional(Type.Array(CountryCode, { maxItems: 50, description: 'Only listings from these countries' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  Strict,
);
export type MatchSearchQuery = Static<typeof MatchSearchQuery>;

export const FeedbackInput = Type.Object(
  {
    verdict: Type.Enum(['relevant', 'not_relevant']),
    reason: Type.Optional(Type.Enum([...FEEDBACK_REASONS], { description: 'Why it is not relevant (short list)' })),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Anything else, in any language' })),
  },
  Strict,
);
export type FeedbackInput = Static<typeof FeedbackInput>;

const Weight = Type.Number({ minimum: 0, maximum: 10, description: 'Relative weight; 0 switches the signal off' });
export const WeightsInput = Type.Object({ text: Weight, concepts: Weight, semantic: Weight, country: Weight, trl: Weight, budget: Weight, cooperation: Weight } satisfies Record<Signal, typeof Weight>, {
  ...Strict,
  description: 'Weights of the hybrid score: text (cross-language BM25), concepts (shared taxonomy codes), semantic (embeddings), country, trl, budget, cooperation',
});
export type WeightsInput = Static<typeof WeightsInput>;

export const EventWeightsInput = Type.Object(
  { weights: Type.Union([WeightsInput, Type.Null()], { description: "The event's weights, or null to use the platform's" }) },
  Strict,
);
export type EventWeightsInput = Static<typeof EventWeightsInput>;

export const TagsInput = Type.Object(
  { dismissed: Type.Array(ConceptCode, { uniqueItems: true, maxItems: 100, description: 'Automatic tags the author removes (codes)' }) },
  Strict,
);
export type TagsInput = Static<typeof TagsInput>;
