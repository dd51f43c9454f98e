/**
 * Who matches whom, and who may see or do what with matches. The one place for these rules.
 */
import { canOnListing, type ListingAccessFacts } from '../listings/policy.js';
import type { Actor } from '../ports.js';
import type { MatchFacts } from './documents.js';
import { complementsOf } from './pairs.js';

export { complementsOf };

/** Organisation types a partner request of each kind looks for. */
const PARTNER_ORGANISATION_TYPES: Readonly<Record<string, readonly string[]>> = {
  rd_partner: ['university', 'research_institute', 'foreign_rd_centre', 'tech_transfer_centre', 'expert_institution', 'enterprise'],
  business_partner: ['enterprise', 'foreign_rd_centre', 'incubator', 'tech_transfer_centre'],
};
/** Who can apply to a funding call: organisations that do research or build things. */
const FUNDING_ELIGIBLE_TYPES: readonly string[] = ['enterprise', 'university', 'research_institute', 'foreign_rd_centre', 'incubator', 'tech_transfer_centre', 'expert_institution'];

function organisationFits(other: MatchFacts, organisation: MatchFacts): boolean {
  const type = organisation.organisationType ?? '';
  if (other.matchType === 'partner_request') return (PARTNER_ORGANISATION_TYPES[other.partnerKind ?? ''] ?? FUNDING_ELIGIBLE_TYPES).includes(type);
  if (other.matchType === 'funding_call') return FUNDING_ELIGIBLE_TYPES.includes(type);
  return true;
}

function soughtBy(seeker: MatchFacts, other: MatchFacts): boolean {
  return seeker.countriesSought.length === 0 || (other.country !== null && seeker.countriesSought.includes(other.country));
}

/**
 * Hard filters of a pair, in both directions: complementary types, different organisations, countries
 * sought (each side's, when it names any), minimum TRL, and the kind of organisation sought.
 * Liveness, deadlines and visibility are checked on the candidate separately.
 */
export function pairAllowed(a: MatchFacts, b: MatchFacts): boolean {
  if (a.matchType && b.matchType && !complementsOf(a.matchType).includes(b.matchType)) return false;
  if (a.organisationId && a.organisationId === b.organisationId) return false;
  if (!soughtBy(a, b) || !soughtBy(b, a)) return false;
  for (const [need, offer] of [[a, b], [b, a]] as const) {
    if (need.trlMin !== null && offer.trl !== null && offer.trl < need.trlMin) return false;
    if (offer.matchType === 'organisation' && !organisationFits(need, offer)) return false;
  }
  return true;
}

export type { ListingAccessFacts };

/** A viewer sees a matched listing only where the listing policy lets them see it at all. */
export function canSeeMatchedListing(actor: Actor | null, listing: ListingAccessFacts, today: string): boolean {
  return canOnListing(actor, 'view', listing, today);
}

/** Anonymous listings name their organisation only to its members and moderators, in matches too. */
export function canSeeOwner(actor: Actor | null, listing: ListingAccessFacts, today: string): boolean {
  return canOnListing(actor, 'seeOwner', listing, today);
}

/** "Recommended for you" belongs to the organisation's members (and platform admins). */
export function canSeeRecommendations(actor: Actor | null, organisationId: string): boolean {
  return !!actor && (actor.isPlatformAdmin || actor.memberships.has(organisationId));
}

/** Feedback on a match comes from the organisation it was recommended to. */
export function canGiveFeedback(actor: Actor | null, subjectOrganisationId: string): boolean {
  return !!actor && actor.memberships.has(subjectOrganisationId);
}

export function canAdministerMatching(actor: Actor | null): boolean {
  return !!actor?.isPlatformAdmin;
}
