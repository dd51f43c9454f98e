/**
 * Eligibility of an application against the programme's rules: the lead organisation's type and
 * country, and the confirmed co-applicants (how many, one from another country, one of a given type).
 * Pure, so the rules are tested without a database; every failing rule is reported, not just the first.
 */
import type { Eligibility } from './schema.js';
import type { ApplicantOrganisation, CoApplicant } from './store.js';
import type { IneligibilityReason } from './vocab.js';

export interface IneligibilityProblem {
  reason: IneligibilityReason;
  path: string;
  message: string;
}

export function eligibilityProblems(rules: Eligibility, lead: ApplicantOrganisation, coApplicants: readonly CoApplicant[]): IneligibilityProblem[] {
  const problems: IneligibilityProblem[] = [];
  if (rules.organisationTypes.length && !rules.organisationTypes.includes(lead.type)) {
    problems.push({
      reason: 'organisation_type_not_allowed',
      path: '/organisationId',
      message: `the applying organisation is a ${lead.type}; this programme accepts ${rules.organisationTypes.join(', ')}`,
    });
  }
  if (rules.countries.length && !rules.countries.includes(lead.country)) {
    problems.push({ reason: 'country_not_allowed', path: '/organisationId', message: `applicants from ${lead.country} are not eligible; allowed: ${rules.countries.join(', ')}` });
  }
  const partners = coApplicants.filter((c) => c.status === 'confirmed');
  if (partners.length < rules.minPartners) {
    problems.push({ reason: 'too_few_partners', path: '/coApplicants', message: `${rules.minPartners} confirmed co-applicant(s) needed, ${partners.length} confirmed` });
  }
  if (rules.partnerFromOtherCountry && !partners.some((p) => p.country !== lead.country)) {
    problems.push({ reason: 'partner_from_other_country_missing', path: '/coApplicants', message: `a confirmed co-applicant from a country other than ${lead.country} is needed` });
  }
  if (rules.partnerOrganisationTypes.length && !partners.some((p) => rules.partnerOrganisationTypes.includes(p.type))) {
    problems.push({
      reason: 'partner_of_type_missing',
      path: '/coApplicants',
      message: `a confirmed co-applicant of type ${rules.partnerOrganisationTypes.join(' or ')} is needed`,
    });
  }
  return problems;
}
