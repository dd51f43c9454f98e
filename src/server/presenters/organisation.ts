import { organisationAbilities } from '../../domain/organisations/policy.js';
import type { OrganisationRecord } from '../../domain/organisations/store.js';
import type { Actor } from '../../domain/ports.js';

export function presentOrganisation(org: OrganisationRecord, actor: Actor | null) {
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    country: org.country,
    city: org.city,
    sectors: org.sectors,
    website: org.website,
    descriptions: org.descriptions,
    verified: org.verificationStatus === 'verified',
    verificationStatus: org.verificationStatus,
    hasLogo: org.hasLogo,
    demo: org.demo,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    abilities: organisationAbilities(actor, org),
  };
}
