/**
 * Which types complement which: the first of the hard filters (policy.ts), in a module of its own with no
 * dependencies so the web UI offers exactly the types a listing can match.
 */
import type { MatchTargetType } from './vocab.js';

/**
 * Complementary pairs (symmetric): a need meets offers; a project meets funding calls and investors; a
 * job meets talent; a funding call meets the organisations that could apply; a partner request meets
 * offers and organisations, and also whoever else seeks or brings a partnership (other partner requests,
 * projects, talent, funding calls: the demo data's answers include each of these).
 */
const PAIRS: ReadonlyArray<readonly [MatchTargetType, MatchTargetType]> = [
  ['technology_need', 'technology_offer'],
  ['project', 'funding_call'],
  ['project', 'investor'],
  ['job', 'talent'],
  ['funding_call', 'organisation'],
  ['partner_request', 'technology_offer'],
  ['partner_request', 'organisation'],
  ['partner_request', 'partner_request'],
  ['partner_request', 'project'],
  ['partner_request', 'talent'],
  ['partner_request', 'funding_call'],
];

const COMPLEMENTS = new Map<MatchTargetType, MatchTargetType[]>();
for (const [a, b] of PAIRS) {
  COMPLEMENTS.set(a, [...new Set([...(COMPLEMENTS.get(a) ?? []), b])]);
  COMPLEMENTS.set(b, [...new Set([...(COMPLEMENTS.get(b) ?? []), a])]);
}

export function complementsOf(type: MatchTargetType): readonly MatchTargetType[] {
  return COMPLEMENTS.get(type) ?? [];
}
