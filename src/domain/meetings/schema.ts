/** The 1:1 meeting resources: slot plans, tables, requests, answers, places, outcomes. */
import Type, { type Static } from 'typebox';
import { Currency, IsoDate } from '../listings/schema.js';
import { ATTENDANCE, DECLINE_REASONS } from '../events/vocab.js';
import { COOPERATION_TYPES } from '../shared/vocab.js';

const Strict = { additionalProperties: false } as const;
const Uuid = Type.String({ format: 'uuid' });
const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time HH:MM in the event time zone' });

export const SlotBlock = Type.Object(
  {
    day: IsoDate,
    start: LocalTime,
    slotMinutes: Type.Integer({ minimum: 5, maximum: 240, description: 'Length of one meeting' }),
    count: Type.Integer({ minimum: 1, maximum: 60, description: 'Number of consecutive slots' }),
    gapMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 120, default: 0, description: 'Changeover time between slots' })),
    breaks: Type.Optional(
      Type.Array(
        Type.Object({ afterSlot: Type.Integer({ minimum: 1, description: 'A break after this many slots of the block' }), minutes: Type.Integer({ minimum: 1, maximum: 600 }) }, Strict),
        { maxItems: 10, description: 'Coffee or lunch breaks inside the block' },
      ),
    ),
    session: Type.Optional(Type.Enum(['am', 'pm'], { description: 'AM/PM session of the block; by default from its start time (before 12:00 is am)' })),
  },
  Strict,
);
export type SlotBlock = Static<typeof SlotBlock>;

export const SlotPlanInput = Type.Object({ blocks: Type.Array(SlotBlock, { minItems: 0, maxItems: 20 }) }, { ...Strict, description: 'Replaces every meeting slot of the event' });
export type SlotPlanInput = Static<typeof SlotPlanInput>;

export const TablesInput = Type.Object(
  {
    tables: Type.Array(
      Type.Object({ label: Type.String({ minLength: 1, maxLength: 40 }), location: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])) }, Strict),
      { maxItems: 2000, description: 'Replaces every table; a table keeps its identity by label' },
    ),
  },
  Strict,
);
export type TablesInput = Static<typeof TablesInput>;

export const MeetingRequestInput = Type.Object(
  {
    receiverId: Type.Optional(Type.String({ format: 'uuid', description: "The participant's registration id" })),
    delegationId: Type.Optional(Type.String({ format: 'uuid', description: 'Or a delegation of the event' })),
    message: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  Strict,
);
export type MeetingRequestInput = Static<typeof MeetingRequestInput>;

export const DeclineInput = Type.Object(
  {
    reason: Type.Enum([...DECLINE_REASONS]),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: "Required when the reason is 'other'" })),
  },
  Strict,
);
export type DeclineInput = Static<typeof DeclineInput>;

export const PlaceInput = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    slotId: Type.Union([Uuid, Type.Null()], { description: 'null takes the meeting out of the draft schedule' }),
    tableId: Type.Union([Uuid, Type.Null()]),
    fixed: Type.Optional(Type.Boolean({ description: 'Pin it: the scheduler keeps it here' })),
  },
  Strict,
);
export type PlaceInput = Static<typeof PlaceInput>;

export const MeetingPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    priority: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'Organisers only: weight when not every meeting fits' })),
    onlineUrl: Type.Optional(Type.Union([Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }), Type.Null()], { description: 'Link for a virtual meeting' })),
  },
  { ...Strict, minProperties: 2 },
);
export type MeetingPatch = Static<typeof MeetingPatch>;

export const ScheduleRunInput = Type.Object(
  {
    mode: Type.Enum(['all', 'unbooked'], { description: 'all: plan every accepted meeting anew (pinned ones stay); unbooked: keep published places, plan the rest' }),
    timeLimitSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 300 })),
  },
  Strict,
);
export type ScheduleRunInput = Static<typeof ScheduleRunInput>;

export const AvailabilityInput = Type.Object(
  {
    unavailableSlotIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true, maxItems: 500 })),
    maxMeetings: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()], { description: 'Organisers only: cap for this participant (null: event default)' })),
  },
  { ...Strict, minProperties: 1 },
);
export type AvailabilityInput = Static<typeof AvailabilityInput>;

export const AttendanceInput = Type.Object({ attendance: Type.Enum([...ATTENDANCE]) }, Strict);
export type AttendanceInput = Static<typeof AttendanceInput>;

export const OutcomeInput = Type.Object(
  {
    cooperationType: Type.Enum([...COOPERATION_TYPES]),
    estimatedValueMinor: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 1e17 }), Type.Null()], { description: 'Estimated value in minor units of the currency' })),
    currency: Type.Optional(Type.Union([Currency, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  Strict,
);
export type OutcomeInput = Static<typeof OutcomeInput>;
