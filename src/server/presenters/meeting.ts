import Type from 'typebox';
import { ATTENDANCE, DECLINE_REASONS, MEETING_STATUSES } from '../../domain/events/vocab.js';
import { meetingAbilities, type MeetingSide } from '../../domain/meetings/policy.js';
import type { MeetingParticipant, MeetingRecord, MeetingSlot, MeetingTable } from '../../domain/meetings/store.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ParticipantSummary = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Registration id' }),
  displayName: Type.String(),
  organisationName: Nullable(Type.String()),
  country: Type.String(),
  participantType: Type.String(),
});

const Place = Type.Object({
  slotId: Type.String({ format: 'uuid' }),
  tableId: Type.String({ format: 'uuid' }),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  tableLabel: Type.String(),
  tableLocation: Nullable(Type.String()),
});

export const MeetingResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  eventId: Type.String({ format: 'uuid' }),
  status: Type.Enum([...MEETING_STATUSES]),
  mySide: Nullable(Type.Enum(['requester', 'receiver', 'delegate'])),
  requester: Nullable(ParticipantSummary),
  receiver: Nullable(ParticipantSummary),
  delegation: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
  message: Type.String(),
  declineReason: Nullable(Type.Enum([...DECLINE_REASONS])),
  declineNote: Nullable(Type.String()),
  priority: Type.Integer(),
  expiresAt: Type.String({ format: 'date-time' }),
  respondedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  fixed: Type.Boolean(),
  /** Where the organisers' draft puts it (organisers only). */
  draft: Nullable(Place),
  /** The published place participants see. */
  place: Nullable(Place),
  onlineUrl: Nullable(Type.String()),
  attendance: Type.Object({ requester: Nullable(Type.Enum([...ATTENDANCE])), receiver: Nullable(Type.Enum([...ATTENDANCE])) }),
  outcome: Nullable(
    Type.Object({
      kind: Type.String(),
      cooperationType: Type.String(),
      estimatedValueMinor: Nullable(Type.Integer()),
      currency: Nullable(Type.String()),
      note: Nullable(Type.String()),
      at: Type.String(),
    }),
  ),
  version: Type.Integer(),
  abilities: Type.Object({ answer: Type.Boolean(), cancel: Type.Boolean(), record: Type.Boolean(), setLink: Type.Boolean(), organise: Type.Boolean() }),
});

/** Lookups a page of meetings shares, so each meeting is presented without further queries. */
export interface MeetingLookups {
  participants: Map<string, MeetingParticipant>;
  delegations: Map<string, string>;
  slots: Map<string, MeetingSlot>;
  tables: Map<string, MeetingTable>;
}

function summary(p: MeetingParticipant | undefined) {
  return p ? { id: p.id, displayName: p.displayName, organisationName: p.organisationName, country: p.country, participantType: p.participantType } : null;
}

function place(slotId: string | null, tableId: string | null, lookups: MeetingLookups) {
  const slot = slotId ? lookups.slots.get(slotId) : undefined;
  const table = tableId ? lookups.tables.get(tableId) : undefined;
  if (!slot || !table) return null;
  return {
    slotId: slot.id,
    tableId: table.id,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    tableLabel: table.label,
    tableLocation: table.location,
  };
}

export function presentMeeting(meeting: MeetingRecord, side: MeetingSide, staff: boolean, lookups: MeetingLookups) {
  const party = side === 'requester' || side === 'receiver' || side === 'delegate';
  return {
    id: meeting.id,
    eventId: meeting.eventId,
    status: meeting.status,
    mySide: side,
    requester: summary(lookups.participants.get(meeting.requesterId)),
    receiver: summary(meeting.receiverId ? lookups.participants.get(meeting.receiverId) : undefined),
    delegation: meeting.delegationId ? { id: meeting.delegationId, name: lookups.delegations.get(meeting.delegationId) ?? '' } : null,
    // The message and the answer are between the two sides and the organisers.
    message: party || staff ? meeting.message : '',
    declineReason: meeting.declineReason,
    declineNote: party || staff ? meeting.declineNote : null,
    priority: meeting.priority,
    expiresAt: meeting.expiresAt.toISOString(),
    respondedAt: meeting.respondedAt?.toISOString() ?? null,
    createdAt: meeting.createdAt.toISOString(),
    fixed: meeting.fixed,
    draft: staff ? place(meeting.draftSlotId, meeting.draftTableId, lookups) : null,
    place: place(meeting.slotId, meeting.tableId, lookups),
    onlineUrl: meeting.onlineUrl,
    attendance: { requester: meeting.requesterAttendance, receiver: meeting.receiverAttendance },
    outcome: meeting.outcome
      ? {
          kind: meeting.outcome.kind,
          cooperationType: meeting.outcome.cooperationType,
          estimatedValueMinor: meeting.outcome.estimatedValueMinor,
          currency: meeting.outcome.currency,
          note: meeting.outcome.note,
          at: meeting.outcome.at,
        }
      : null,
    version: meeting.version,
    abilities: meetingAbilities(side, staff, meeting),
  };
}
