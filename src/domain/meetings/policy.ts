import type { MeetingRecord } from './store.js';

/** How the caller stands to a meeting. */
export type MeetingSide = 'requester' | 'receiver' | 'delegate' | null;

export function meetingSide(participantId: string | null, delegationIds: readonly string[], meeting: MeetingRecord): MeetingSide {
  if (!participantId) return null;
  if (meeting.requesterId === participantId) return 'requester';
  if (meeting.receiverId === participantId) return 'receiver';
  // Until a member accepts, a request to a delegation belongs to every member of it.
  if (meeting.receiverId === null && meeting.delegationId && delegationIds.includes(meeting.delegationId)) return 'delegate';
  return null;
}

export type MeetingAction = 'view' | 'answer' | 'cancel' | 'record' | 'setLink' | 'organise';

/** The one place that says who may do what with a meeting; `staff` means the event's organisers. */
export function canOnMeeting(side: MeetingSide, staff: boolean, action: MeetingAction, meeting: MeetingRecord): boolean {
  switch (action) {
    case 'view':
      return staff || side !== null;
    case 'answer':
      return (side === 'receiver' || side === 'delegate') && meeting.status === 'pending';
    case 'cancel':
      return (side === 'requester' && (meeting.status === 'pending' || meeting.status === 'accepted')) || (side === 'receiver' && meeting.status === 'accepted');
    case 'record':
      return (side === 'requester' || side === 'receiver') && meeting.status === 'accepted' && meeting.slotId !== null;
    case 'setLink':
      return (staff || side === 'requester' || side === 'receiver') && meeting.status === 'accepted';
    case 'organise':
      return staff && meeting.status === 'accepted';
  }
}

export function meetingAbilities(side: MeetingSide, staff: boolean, meeting: MeetingRecord) {
  return {
    answer: canOnMeeting(side, staff, 'answer', meeting),
    cancel: canOnMeeting(side, staff, 'cancel', meeting),
    record: canOnMeeting(side, staff, 'record', meeting),
    setLink: canOnMeeting(side, staff, 'setLink', meeting),
    organise: canOnMeeting(side, staff, 'organise', meeting),
  };
}
