/** Controlled vocabularies of programmes; the web UI labels them with `programmes.<list>.<value>` keys. */
export const PROGRAMME_KINDS = ['call', 'competition', 'case_selection'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** draft → open → closed → decided → archived. */
export const PROGRAMME_STATUSES = ['draft', 'open', 'closed', 'decided', 'archived'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** `application`: applications are submitted until its deadline; `review`: written review; `live_pitch`: a jury scores on the spot. */
export const ROUND_KINDS = ['application', 'review', 'live_pitch'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const FORM_QUESTION_KINDS = ['text', 'long_text', 'choice', 'multi_choice', 'number', 'yes_no'] as const;
export type FormQuestionKind = (typeof FORM_QUESTION_KINDS)[number];

export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'funded', 'rejected', 'revise_and_resubmit'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CO_APPLICANT_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type CoApplicantStatus = (typeof CO_APPLICANT_STATUSES)[number];

export const REVIEWER_ROLES = ['reviewer', 'juror'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

export const DECISIONS = ['fund', 'reject', 'revise_and_resubmit'] as const;
export type Decision = (typeof DECISIONS)[number];

export const PROJECT_STATUSES = ['active', 'suspended', 'completed', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'late', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Why an application is not eligible; the UI shows `programmes.ineligible.<reason>`. */
export const INELIGIBILITY_REASONS = [
  'organisation_type_not_allowed',
  'country_not_allowed',
  'too_few_partners',
  'partner_from_other_country_missing',
  'partner_of_type_missing',
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];
