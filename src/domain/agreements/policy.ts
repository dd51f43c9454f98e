import type { Actor } from '../ports.js';
import type { AgreementView } from './store.js';

/**
 * Who may do what with an agreement. Members of an organisation that is a party record and edit it;
 * platform admins do everything. A parties-only agreement is seen by its parties' members and admins.
 */
export type AgreementAction = 'view' | 'edit' | 'delete';

export function isPartyMember(actor: Actor | null, agreement: Pick<AgreementView, 'parties'>): boolean {
  return !!actor && agreement.parties.some((p) => p.organisationId !== null && actor.memberships.has(p.organisationId));
}

export function canOnAgreement(actor: Actor | null, action: AgreementAction, agreement: Pick<AgreementView, 'parties' | 'visibility'>): boolean {
  if (actor?.isPlatformAdmin) return true;
  const party = isPartyMember(actor, agreement);
  switch (action) {
    case 'view':
      return agreement.visibility === 'public' || party;
    case 'edit':
    case 'delete':
      return party;
  }
}

export function agreementAbilities(actor: Actor | null, agreement: Pick<AgreementView, 'parties' | 'visibility'>) {
  return { edit: canOnAgreement(actor, 'edit', agreement), delete: canOnAgreement(actor, 'delete', agreement) };
}
