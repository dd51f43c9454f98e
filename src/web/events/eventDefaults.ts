/** Defaults of a new event's settings, as the server applies them (domain/events/schema.ts). */
import type { MeetingSettings } from '../api/events';
import { PARTICIPANT_TYPES } from '../../domain/events/vocab';

export const DEFAULT_PARTICIPANT_TYPES = PARTICIPANT_TYPES;

export const DEFAULT_MEETING_SETTINGS_VALUES: MeetingSettings = {
  requestsOpen: true,
  requestExpiryHours: 72,
  reminderAfterHours: 24,
  defaultMaxMeetings: 12,
  maxBreakDifference: 2,
  scheduleTimeLimitSeconds: 10,
};
