import type { Actor } from '../ports.js';
import type { OrganisationRecord } from './store.js';

export type OrganisationAction = 'edit' | 'manageMembers' | 'verify' | 'viewMembers' | 'publishFor';

/** The one place that says who may do what with an organisation. */
export function canOnOrganisation(actor: Actor | null, action: OrganisationAction, org: Pick<OrganisationRecord, 'id'>): boolean {
  if (!actor) return false;
  const role = actor.memberships.get(org.id);
  switch (action) {
    case 'edit':
    case 'manageMembers':
      return role === 'admin' || actor.isPlatformAdmin;
    case 'viewMembers':
      return role !== undefined || actor.isPlatformAdmin;
    case 'publishFor':
      return role !== undefined;
    case 'verify':
      return actor.isPlatformAdmin;
  }
}

export function organisationAbilities(actor: Actor | null, org: Pick<OrganisationRecord, 'id'>) {
  return {
    edit: canOnOrganisation(actor, 'edit', org),
    manageMembers: canOnOrganisation(actor, 'manageMembers', org),
    verify: canOnOrganisation(actor, 'verify', org),
  };
}
