/**
 * Every controlled vocabulary the UI labels, keyed by the i18n group under `enum.`. The values come
 * from the domain's vocab.ts so nothing is duplicated; test/unit/i18n.test.ts checks each value has
 * a label in every locale.
 */
import {
  CONTRACT_TYPES,
  COOPERATION_TYPES,
  CURRENCIES,
  DEGREE_LEVELS,
  IPR_STATUSES,
  LISTING_STATUSES,
  LISTING_TYPES,
  MEMBER_ROLES,
  MODERATION_ACTIONS,
  ORGANISATION_TYPES,
  PARTNER_KINDS,
  PROJECT_STAGES,
  SALARY_PERIODS,
  TALENT_SEEKING,
  VISIBILITIES,
  WORK_MODES,
} from '../../domain/shared/vocab.js';

import {
  ATTENDANCE,
  DECLINE_REASONS,
  DELEGATION_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  MEETING_STATUSES,
  ORGANISER_ROLES,
  PARTICIPANT_TYPES,
  QUESTION_KINDS,
  REGISTRATION_MODES,
  REGISTRATION_STATUSES,
  SESSION_KINDS,
  SESSION_ROLES,
} from '../../domain/events/vocab.js';

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;

export const ENUMS = {
  eventKind: EVENT_KINDS,
  eventStatus: EVENT_STATUSES,
  organiserRole: ORGANISER_ROLES,
  registrationMode: REGISTRATION_MODES,
  participantType: PARTICIPANT_TYPES,
  registrationStatus: REGISTRATION_STATUSES,
  sessionKind: SESSION_KINDS,
  sessionRole: SESSION_ROLES,
  delegationKind: DELEGATION_KINDS,
  meetingStatus: MEETING_STATUSES,
  declineReason: DECLINE_REASONS,
  attendance: ATTENDANCE,
  questionKind: QUESTION_KINDS,
  listingType: LISTING_TYPES,
  listingStatus: LISTING_STATUSES,
  visibility: VISIBILITIES,
  organisationType: ORGANISATION_TYPES,
  memberRole: MEMBER_ROLES,
  cooperationType: COOPERATION_TYPES,
  iprStatus: IPR_STATUSES,
  projectStage: PROJECT_STAGES,
  contractType: CONTRACT_TYPES,
  workMode: WORK_MODES,
  degreeLevel: DEGREE_LEVELS,
  seeking: TALENT_SEEKING,
  partnerKind: PARTNER_KINDS,
  salaryPeriod: SALARY_PERIODS,
  moderationAction: MODERATION_ACTIONS,
  verificationStatus: VERIFICATION_STATUSES,
} as const;

export type EnumGroup = keyof typeof ENUMS;

/** Currencies are shown as ISO codes with the locale's name from Intl, so they need no keys. */
export { CURRENCIES };
