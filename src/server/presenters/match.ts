/**
 * Matches as the API shows them: an allow-list of the matched listing or organisation (an anonymous
 * listing's organisation only for its members and moderators), the score with its per-signal breakdown
 * under the weights that applied, the explanation, and what the viewer may do (give feedback).
 */
import Type from 'typebox';
import type { ViewedMatch, Recommendation } from '../../domain/matching/commands.js';
import { canSeeOwner } from '../../domain/matching/policy.js';
import type { RankedMatch } from '../../domain/matching/ranking.js';
import { MatchTargetType } from '../../domain/matching/schema.js';
import { contributions, SIGNALS, type Weights } from '../../domain/matching/weights.js';
import { ListingType } from '../../domain/listings/schema.js';
import { OrganisationSummary } from '../../domain/organisations/schema.js';
import type { Actor } from '../../domain/ports.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const MatchedListing = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: ListingType,
  title: Type.String(),
  summary: Type.String(),
  language: Type.String(),
  country: Type.String(),
  trl: Nullable(Type.Integer()),
  deadline: Nullable(Type.String({ format: 'date' })),
  expiresAt: Nullable(Type.String({ format: 'date' })),
  sectors: Type.Array(Type.String()),
  keywords: Type.Array(Type.String()),
  anonymous: Type.Boolean(),
  organisation: Type.Union([OrganisationSummary, Type.Null()], { description: 'null for anonymous listings, except for their own members and moderators' }),
});

const MatchedOrganisation = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  type: Type.String(),
  country: Type.String(),
  city: Nullable(Type.String()),
  sectors: Type.Array(Type.String()),
  verified: Type.Boolean(),
  descriptions: Type.Record(Type.String(), Type.String()),
});

const Span = Type.Object(
  {
    field: Type.String({ description: 'title or summary (listings), name or description (organisations)' }),
    language: Type.String({ description: "The text's language (which of an organisation's descriptions)" }),
    start: Type.Integer({ description: 'Offset in UTF-16 code units of the field as returned' }),
    end: Type.Integer(),
    text: Type.String(),
  },
  { description: 'Where a matched word is, for highlighting' },
);
const Money = Type.Object({ min: Nullable(Type.Number()), max: Nullable(Type.Number()), currency: Type.String() });

export const MatchExplanationSchema = Type.Object({
  sharedConcepts: Type.Array(Type.String(), { description: 'Taxonomy codes both share (label them with GET /api/taxonomy), best first' }),
  matchedTerms: Type.Array(
    Type.Object({
      terms: Type.Array(Type.String(), { description: "Shared pivot terms (English stems; 'zh:…', 'de:…', 'vi:…' for same-language forms)" }),
      kind: Type.Enum(['pivot', 'literal', 'surface']),
      subject: Type.Array(Span, { description: 'Where they are in the text of the listing the matches are for' }),
      candidate: Type.Array(Span, { description: 'Where they are in the matched text' }),
    }),
  ),
  country: Nullable(
    Type.Object({
      subjectCountry: Nullable(Type.String()),
      candidateCountry: Nullable(Type.String()),
      soughtBySubject: Type.Array(Type.String()),
      soughtByCandidate: Type.Array(Type.String()),
    }),
  ),
  trl: Nullable(Type.Object({ required: Nullable(Type.Integer()), offered: Nullable(Type.Integer()) })),
  budget: Nullable(Type.Object({ subject: Money, candidate: Money, overlap: Type.Boolean() })),
  cooperation: Nullable(Type.Object({ shared: Type.Array(Type.String()) })),
  semantic: Nullable(Type.Object({ similarity: Type.Number(), model: Type.String() })),
});

export const MatchResponse = Type.Object({
  id: Nullable(Type.String({ format: 'uuid', description: 'The stored match (null for live search results)' })),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  target: Type.Object({
    kind: Type.Enum(['listing', 'organisation']),
    type: MatchTargetType,
    listing: Nullable(MatchedListing),
    organisation: Nullable(MatchedOrganisation),
  }),
  breakdown: Type.Array(
    Type.Object({
      signal: Type.Enum([...SIGNALS]),
      value: Nullable(Type.Number({ description: '0..1; null when the signal does not apply to this pair' })),
      weight: Type.Number(),
      contribution: Nullable(Type.Number({ description: 'Share of the score' })),
    }),
  ),
  explanation: MatchExplanationSchema,
  mode: Type.String({ description: 'builtin | hybrid-http | hybrid-onnx: how it was computed' }),
  computedAt: Nullable(Type.String({ format: 'date-time' })),
  feedback: Nullable(
    Type.Object({
      verdict: Type.Enum(['relevant', 'not_relevant']),
      reason: Nullable(Type.String()),
      comment: Nullable(Type.String()),
      updatedAt: Type.String({ format: 'date-time' }),
    }),
  ),
  abilities: Type.Object({ feedback: Type.Boolean() }),
});

export const RecommendationResponse = Type.Object({
  ...MatchResponse.properties,
  via: Type.Array(Type.Object({ kind: Type.Enum(['listing', 'organisation']), id: Type.String({ format: 'uuid' }), title: Nullable(Type.String()) }), {
    description: "The organisation's own listings (or its profile) this was found for",
  }),
});

type Matchlike = Pick<ViewedMatch, 'candidate' | 'score' | 'signals' | 'explanation'> & Partial<Pick<ViewedMatch, 'id' | 'mode' | 'computedAt' | 'feedback' | 'canGiveFeedback'>>;

function presentTarget(m: Matchlike, actor: Actor | null, today: string) {
  const c = m.candidate;
  const listing = c.listing
    ? {
        id: c.listing.id,
        type: c.listing.type,
        title: c.listing.title,
        summary: c.listing.summary,
        language: c.listing.language,
        country: c.listing.country,
        trl: c.listing.trl,
        deadline: c.listing.deadline,
        expiresAt: c.listing.expiresAt,
        sectors: c.listing.sectors,
        keywords: c.listing.keywords,
        anonymous: c.listing.visibility === 'anonymous',
        organisation: canSeeOwner(actor, c.listing, today)
          ? { id: c.listing.organisationId, name: c.listing.organisationName, country: c.listing.country, type: c.listing.organisationType, verified: c.listing.organisationVerified }
          : null,
      }
    : null;
  const organisation = c.organisation && !c.listing ? { ...c.organisation, descriptions: { ...c.organisation.descriptions } } : null;
  return { kind: c.kind, type: c.matchType, listing, organisation };
}

export function presentMatch(m: Matchlike, actor: Actor | null, today: string, weights: Weights, mode: string) {
  const shares = contributions(m.signals, weights);
  return {
    id: m.id ?? null,
    score: m.score,
    target: presentTarget(m, actor, today),
    breakdown: SIGNALS.map((signal) => ({ signal, value: m.signals[signal], weight: weights[signal], contribution: shares[signal] })),
    explanation: m.explanation,
    mode: m.mode ?? mode,
    computedAt: m.computedAt?.toISOString() ?? null,
    feedback: m.feedback ? { verdict: m.feedback.verdict, reason: m.feedback.reason, comment: m.feedback.comment, updatedAt: m.feedback.updatedAt.toISOString() } : null,
    abilities: { feedback: m.canGiveFeedback ?? false },
  };
}

export function presentRecommendation(r: Recommendation, actor: Actor | null, today: string, weights: Weights, mode: string) {
  return { ...presentMatch(r, actor, today, weights, mode), via: r.via };
}

export function presentRanked(r: RankedMatch, actor: Actor | null, today: string, weights: Weights, mode: string) {
  return presentMatch({ ...r, id: null, computedAt: null, feedback: null, canGiveFeedback: false }, actor, today, weights, mode);
}
