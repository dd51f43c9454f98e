/** The "Meetings" tab's label, with the number of requests waiting for the caller's answer. */
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../api/events';
import { type MeetingDto, useMyMeetings } from '../api/meetings';
import { useMeetingRole } from './role';

export const awaitingMyAnswer = (items: readonly MeetingDto[] | undefined) => (items ?? []).filter((m) => m.abilities.answer).length;

export function useUnansweredCount(event: EventDto): number {
  const role = useMeetingRole(event);
  const mine = useMyMeetings(event.id, role.participant);
  return awaitingMyAnswer(mine.data?.items);
}

export function MeetingsTabLabel({ event, children }: { event: EventDto; children: string }) {
  const { t } = useTranslation();
  const count = useUnansweredCount(event);
  return (
    <span>
      {children}
      {count > 0 && <Badge count={count} size="small" style={{ marginInlineStart: 6 }} title={t('meetings.requests.awaitingCount', { count })} />}
    </span>
  );
}
