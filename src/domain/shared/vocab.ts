/**
 * Controlled vocabularies shared by schemas, validation, the UI (labels via i18n keys) and later issues.
 * Each list is the single source of its values: schemas, presenters and the web UI import from here.
 */
export const CONTENT_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
/** UI languages are the same five. */
export const UI_LANGUAGES = CONTENT_LANGUAGES;

export const LISTING_TYPES = [
  'technology_offer',
  'technology_need',
  'project',
  'job',
  'talent',
  'partner_request',
  'funding_call',
] as const;
export type ListingType = (typeof LISTING_TYPES)[number];

export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'rejected', 'closed', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const VISIBILITIES = ['public', 'members', 'anonymous'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const ORGANISATION_TYPES = [
  'enterprise',
  'university',
  'research_institute',
  'foreign_rd_centre',
  'government_agency',
  'investor',
  'incubator',
  'tech_transfer_centre',
  'embassy',
  'expert_institution',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MEMBER_ROLES = ['admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const COOPERATION_TYPES = [
  'licensing',
  'joint_rd',
  'technology_transfer',
  'investment',
  'manufacturing',
  'technical_service',
  'consulting',
  'distribution',
  'joint_venture',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

export const IPR_STATUSES = [
  'patent_granted',
  'patent_applied',
  'utility_model',
  'software_copyright',
  'know_how',
  'trade_secret',
  'none',
] as const;

export const PROJECT_STAGES = ['idea', 'prototype', 'pilot', 'early_revenue', 'growth', 'expansion'] as const;
export const CONTRACT_TYPES = ['full_time', 'part_time', 'fixed_term', 'internship', 'postdoc', 'visiting', 'consulting'] as const;
export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export const DEGREE_LEVELS = ['bachelor', 'master', 'phd', 'other'] as const;
export const TALENT_SEEKING = ['job', 'partner', 'investment'] as const;
export const PARTNER_KINDS = ['rd_partner', 'business_partner'] as const;
export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;
/** ISO 4217 codes accepted for money fields; wide enough for the exchange's users. */
export const CURRENCIES = ['CNY', 'EUR', 'USD', 'VND', 'CAD', 'PLN', 'ILS', 'SGD', 'GBP', 'JPY', 'KRW', 'HKD', 'CHF', 'BRL', 'AUD', 'SEK', 'DKK', 'NOK', 'TWD', 'INR', 'RUB', 'THB', 'MYR', 'IDR', 'AED'] as const;

export const MODERATION_ACTIONS = ['approve', 'reject', 'request_changes'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
