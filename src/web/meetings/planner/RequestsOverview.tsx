/** Organisers: every meeting request of the event, counted per status and listed with a status filter. */
import { Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, type MeetingStatus } from '../../../domain/events/vocab';
import type { EventDto } from '../../api/events';
import { useEventMeetings } from '../../api/meetings';
import { ErrorResult } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { useFormat } from '../../i18n/format';
import { MeetingStatusTag, partyName } from '../bits';

const STATUS_TONES: Record<MeetingStatus, string> = { pending: '#1d4ed8', accepted: '#047857', declined: '#b91c1c', expired: '#b45309', cancelled: '#64748b' };

export function RequestsOverview({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const meetings = useEventMeetings(event.id);
  const [status, setStatus] = useState<MeetingStatus | 'all'>('all');
  const counts = useMemo(() => {
    const c = Object.fromEntries(MEETING_STATUSES.map((s) => [s, 0])) as Record<MeetingStatus, number>;
    for (const m of meetings.data?.items ?? []) c[m.status] += 1;
    return c;
  }, [meetings.data]);
  if (meetings.isPending) return <Skeleton active />;
  if (meetings.isError) return <ErrorResult error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const items = meetings.data.items.filter((m) => status === 'all' || m.status === status).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Flex vertical gap={12}>
      <Row gutter={[8, 8]} role="list" aria-label={t('meetings.overview.counts')}>
        {MEETING_STATUSES.map((s) => (
          <Col key={s} xs={12} sm={8} md={4} role="listitem">
            <Card size="small">
              <Statistic title={label('meetingStatus', s)} value={counts[s]} formatter={(v) => fmt.number(Number(v))} styles={{ content: { color: STATUS_TONES[s] } }} />
            </Card>
          </Col>
        ))}
        <Col xs={12} sm={8} md={4} role="listitem">
          <Card size="small">
            <Statistic title={t('meetings.overview.total')} value={meetings.data.items.length} formatter={(v) => fmt.number(Number(v))} />
          </Card>
        </Col>
      </Row>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as MeetingStatus | 'all')}
        options={[{ value: 'all', label: t('meetings.overview.all') }, ...MEETING_STATUSES.map((s) => ({ value: s, label: label('meetingStatus', s) }))]}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      {items.length === 0 ? (
        <Empty description={t('meetings.overview.empty')} />
      ) : (
        <ul className="mtg-stack-list" aria-label={t('meetings.overview.list')}>
          {items.map((m) => (
            <li key={m.id} className="mtg-row">
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  <Typography.Text strong>{partyName(m.requester)}</Typography.Text> → {m.receiver ? partyName(m.receiver) : t('meetings.delegationNamed', { name: m.delegation?.name ?? '' })}
                </span>
                <MeetingStatusTag status={m.status} />
              </Flex>
              <span className="muted">
                {t('meetings.overview.requestedAt', { time: fmt.dateTime(m.createdAt) })}
                {m.status === 'pending' && ` · ${t('meetings.requests.expiresAt', { time: fmt.dateTime(m.expiresAt) })}`}
                {m.status === 'declined' && m.declineReason && ` · ${label('declineReason', m.declineReason)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
