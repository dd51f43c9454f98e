/** Controlled vocabularies of events; the web UI labels them with `events.<list>.<value>` keys. */
export const EVENT_KINDS = [
  'forum',
  'sub_forum',
  'matchmaking_day',
  'roadshow',
  'open_day',
  'exhibition',
  'training',
  'visit',
  'online_session',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ORGANISER_ROLES = ['organiser', 'co_organiser'] as const;
export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

export const REGISTRATION_MODES = ['open', 'approval', 'closed'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const PARTICIPANT_TYPES = [
  'company',
  'research_institute',
  'university',
  'investor',
  'diplomat',
  'government',
  'talent',
  'media',
  'intermediary',
  'other',
] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SESSION_KINDS = [
  'keynote',
  'dialogue',
  'panel',
  'roadshow_pitch',
  'country_presentation',
  'workshop',
  'signing_ceremony',
  'competition',
  'visit',
  'networking',
  'matchmaking',
  'break',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_ROLES = ['speaker', 'moderator', 'panellist'] as const;

export const DELEGATION_KINDS = ['country', 'organisation'] as const;

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const DECLINE_REASONS = ['not_relevant', 'no_time', 'already_in_contact', 'wrong_person', 'too_early', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const ATTENDANCE = ['held', 'no_show'] as const;

export const QUESTION_KINDS = ['text', 'choice', 'multi_choice', 'yes_no'] as const;
