/**
 * Matching's controlled vocabularies, without schema code, so the web UI can list and label them
 * (src/web/i18n/locales/matching/<lang>.json) from the same source the API validates against.
 */
export const MATCH_TARGET_TYPES = ['technology_offer', 'technology_need', 'project', 'job', 'talent', 'partner_request', 'funding_call', 'organisation', 'investor'] as const;
export type MatchTargetType = (typeof MATCH_TARGET_TYPES)[number];

/** Why a match is not relevant (the short list users choose from). */
export const FEEDBACK_REASONS = ['wrong_field', 'wrong_type', 'wrong_country', 'wrong_stage', 'budget_mismatch', 'already_known', 'duplicate', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
