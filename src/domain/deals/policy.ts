/**
 * Who may do what with a deal. A deal is shared by its parties (organisations):
 * - every member of every party sees it, edits it, moves it through the stages, adds notes and documents;
 * - members of the owner (the organisation that entered it) add and remove other parties; a party may
 *   leave (remove itself); the owner cannot be removed and a deal keeps at least two parties;
 * - platform administrators see every deal (for reporting) but change nothing unless they are members.
 * Anyone else does not learn that the deal exists (404).
 */
import type { Actor } from '../ports.js';
import type { DealParty, DealRecord } from './store.js';

export type DealAction = 'view' | 'edit' | 'manageParties' | 'leave';

export interface DealStanding {
  /** The caller's organisations among the parties, the owner first. */
  partyOrganisationIds: string[];
  owner: boolean;
}

export function dealStanding(actor: Actor | null, deal: Pick<DealRecord, 'ownerOrganisationId'>, parties: readonly Pick<DealParty, 'organisationId'>[]): DealStanding {
  if (!actor) return { partyOrganisationIds: [], owner: false };
  const mine = parties.map((p) => p.organisationId).filter((id) => actor.memberships.has(id));
  mine.sort((a, b) => Number(b === deal.ownerOrganisationId) - Number(a === deal.ownerOrganisationId));
  return { partyOrganisationIds: mine, owner: actor.memberships.has(deal.ownerOrganisationId) };
}

export function canOnDeal(actor: Actor | null, action: DealAction, standing: DealStanding): boolean {
  const party = standing.partyOrganisationIds.length > 0;
  switch (action) {
    case 'view':
      return party || !!actor?.isPlatformAdmin;
    case 'edit':
      return party;
    case 'manageParties':
      return standing.owner;
    case 'leave':
      return party && !standing.owner;
  }
}

export function dealAbilities(actor: Actor | null, standing: DealStanding) {
  return {
    edit: canOnDeal(actor, 'edit', standing),
    manageParties: canOnDeal(actor, 'manageParties', standing),
    leave: canOnDeal(actor, 'leave', standing),
  };
}
