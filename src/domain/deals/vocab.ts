/** Controlled vocabularies of deals; the web UI labels them with `deals.<list>.<value>` keys. */
import type { CooperationType } from '../shared/vocab.js';

export const DEAL_TYPES = [
  'technology_licensing',
  'technology_transfer',
  'joint_rd',
  'investment',
  'purchase',
  'joint_lab',
  'employment',
  'mou_framework',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

/** The pipeline in order; `dropped` stands beside it. */
export const PIPELINE_STAGES = ['contact', 'meeting_held', 'cooperation_intention', 'agreement_signed', 'in_execution', 'completed'] as const;
export const DEAL_STAGES = [...PIPELINE_STAGES, 'dropped'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const DROP_CATEGORIES = [
  'terms_not_agreed',
  'budget',
  'timing',
  'technical_fit',
  'partner_withdrew',
  'other_partner_chosen',
  'regulatory',
  'other',
] as const;
export type DropCategory = (typeof DROP_CATEGORIES)[number];

export const PARTY_ROLES = ['owner', 'party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** How a stage change came about (the stage history keeps it). */
export const STAGE_CHANGE_KINDS = ['created', 'forward', 'correction', 'drop', 'reopen'] as const;
export type StageChangeKind = (typeof STAGE_CHANGE_KINDS)[number];

/** Where a value's exchange rate came from. */
export const RATE_SOURCES = ['identity', 'manual', 'table'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** Which date a list's date range applies to. */
export const DEAL_DATE_FIELDS = ['created', 'expected_close', 'signed'] as const;
export const DEAL_SORTS = ['updated_desc', 'created_desc', 'value_desc', 'value_asc', 'expected_close_asc', 'title_asc'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

/**
 * The deal type a meeting's cooperation intention becomes. Manufacturing, distribution and services are
 * bought, so they are purchases; a joint venture is an investment.
 */
export const DEAL_TYPE_OF_COOPERATION: Record<CooperationType, DealType> = {
  licensing: 'technology_licensing',
  technology_transfer: 'technology_transfer',
  joint_rd: 'joint_rd',
  investment: 'investment',
  joint_venture: 'investment',
  manufacturing: 'purchase',
  distribution: 'purchase',
  technical_service: 'purchase',
  consulting: 'purchase',
};
