/** Small pieces the meetings views share: status tags, the other party, slots grouped by day and session. */
import { PushpinFilled, TeamOutlined } from '@ant-design/icons';
import { type FormInstance, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../domain/events/vocab';
import { localDay } from '../../domain/events/time';
import type { MeetingDto, MeetingSlotDto, ParticipantSummaryDto } from '../api/meetings';
import { useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';

const STATUS_COLORS: Record<MeetingStatus, string> = {
  pending: 'processing',
  accepted: 'success',
  declined: 'error',
  expired: 'warning',
  cancelled: 'default',
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const label = useEnumLabel();
  return <Tag color={STATUS_COLORS[status]}>{label('meetingStatus', status)}</Tag>;
}

export function PinnedIcon() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('meetings.planner.pinned')}>
      <PushpinFilled aria-label={t('meetings.planner.pinned')} role="img" className="mtg-pin" />
    </Tooltip>
  );
}

/** The other side of a meeting as the caller sees it: a participant, or a delegation not yet answered. */
export function otherParty(meeting: MeetingDto): { person: ParticipantSummaryDto | null; delegation: string | null } {
  if (meeting.mySide === 'requester') return { person: meeting.receiver, delegation: meeting.receiver ? null : (meeting.delegation?.name ?? null) };
  return { person: meeting.requester, delegation: null };
}

/** "Name · Organisation · Country", the organisation and country muted. */
export function PartyLine({ person, delegation, strong = true }: { person: ParticipantSummaryDto | null; delegation?: string | null; strong?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  if (!person) {
    return (
      <span>
        <TeamOutlined aria-hidden /> {delegation ? t('meetings.delegationNamed', { name: delegation }) : '—'}
      </span>
    );
  }
  return (
    <span>
      <Typography.Text strong={strong}>{person.displayName}</Typography.Text>
      <span className="muted">
        {person.organisationName && person.organisationName !== person.displayName ? ` · ${person.organisationName}` : ''} · {fmt.country(person.country)} ·{' '}
        {label('participantType', person.participantType)}
      </span>
    </span>
  );
}

/** "Name (Organisation)" in one string, for grids and print. */
export function partyName(person: { displayName: string; organisationName: string | null } | null | undefined): string {
  if (!person) return '—';
  return person.organisationName && person.organisationName !== person.displayName ? `${person.displayName} (${person.organisationName})` : person.displayName;
}

export interface SlotDay {
  day: string;
  sessions: Array<{ session: 'am' | 'pm'; slots: MeetingSlotDto[] }>;
}

/** Slots by local day (in the event's zone) and AM/PM session, in time order. */
export function groupSlots(slots: readonly MeetingSlotDto[], timeZone: string): SlotDay[] {
  const days = new Map<string, Map<'am' | 'pm', MeetingSlotDto[]>>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = localDay(new Date(slot.startsAt), timeZone);
    const sessions = days.get(day) ?? new Map<'am' | 'pm', MeetingSlotDto[]>();
    sessions.set(slot.session, [...(sessions.get(slot.session) ?? []), slot]);
    days.set(day, sessions);
  }
  return [...days.entries()].map(([day, sessions]) => ({
    day,
    sessions: (['am', 'pm'] as const).filter((s) => sessions.has(s)).map((session) => ({ session, slots: sessions.get(session) ?? [] })),
  }));
}

/** The number of digits a currency's minor unit has (2 for EUR, 0 for JPY and VND). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The form's values, or null when a field is invalid (antd shows the field's message; nothing to throw). */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}

/** Where an agenda item is, without repeating a meeting's table label (shown on its own). */
export function agendaLocation(item: { kind: 'session' | 'meeting'; location: string | null; tableLabel: string | null }): string | null {
  if (item.kind !== 'meeting' || !item.location || !item.tableLabel) return item.location;
  if (item.location === item.tableLabel) return null;
  const prefix = `${item.tableLabel} · `;
  return item.location.startsWith(prefix) ? item.location.slice(prefix.length) : item.location;
}
