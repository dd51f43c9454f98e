/**
 * "My agenda": the sessions I signed up for and my published meetings, by day, in the event's time zone;
 * downloads as iCalendar, a calendar subscription, a printable version, and after a meeting its
 * attendance and outcome.
 */
import { CalendarOutlined, DownloadOutlined, LinkOutlined, PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Input, Modal, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../domain/events/time';
import type { EventDto } from '../api/events';
import { type AgendaItemDto, type Attendance, type MeetingDto, meetingFiles, type OutcomeInput, useAgenda, useMyMeetings, useRecordAttendance } from '../api/meetings';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { useEnumLabel } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { useMessage } from '../components/useMessage';
import { useEventTime } from '../events/time';
import { useFormat } from '../i18n/format';
import { agendaLocation, minorDigits } from './bits';
import { OnlineLinkModal } from './OnlineLinkModal';
import { OutcomeModal } from './OutcomeModal';

const CURRENCY_BY_COUNTRY: Record<string, OutcomeInput['currency']> = {
  CN: 'CNY',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  VN: 'VND',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  GB: 'GBP',
  CH: 'CHF',
  JP: 'JPY',
  KR: 'KRW',
  US: 'USD',
};

export const myAttendance = (m: MeetingDto): Attendance | null => (m.mySide === 'requester' ? m.attendance.requester : m.attendance.receiver);

function SubscribeModal({ open, feedUrl, onClose }: { open: boolean; feedUrl: string; onClose: () => void }) {
  const { t } = useTranslation();
  const webcal = feedUrl.replace(/^https?:/, 'webcal:');
  return (
    <Modal open={open} title={t('meetings.agenda.subscribeTitle')} onCancel={onClose} footer={<Button onClick={onClose}>{t('meetings.close')}</Button>} destroyOnHidden>
      <Typography.Paragraph>{t('meetings.agenda.subscribeText')}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: feedUrl, tooltips: [t('meetings.agenda.copy'), t('meetings.agenda.copied')] }}>
        <Input readOnly value={feedUrl} aria-label={t('meetings.agenda.feedUrl')} onFocus={(e) => e.target.select()} style={{ width: 'calc(100% - 32px)' }} />
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('meetings.agenda.subscribeSecret')}</Typography.Paragraph>
      <a href={webcal}>{t('meetings.agenda.openInCalendar')}</a>
    </Modal>
  );
}

function MeetingAfterwards({ event, meeting, onOutcome }: { event: EventDto; meeting: MeetingDto; onOutcome: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const record = useRecordAttendance(event.id);
  const errorText = useErrorText();
  const message = useMessage();
  const mine = myAttendance(meeting);
  const mark = (attendance: Attendance) =>
    record.mutate({ meetingId: meeting.id, attendance }, { onSuccess: () => void message.success(t('meetings.agenda.attendanceSaved')), onError: (e) => void message.error(errorText(e)) });
  const o = meeting.outcome;
  return (
    <Flex vertical gap={6} className="mtg-afterwards">
      <Space wrap>
        <span className="muted">{t('meetings.agenda.wasItHeld')}</span>
        <Button size="small" type={mine === 'held' ? 'primary' : 'default'} aria-pressed={mine === 'held'} loading={record.isPending} onClick={() => mark('held')}>
          {label('attendance', 'held')}
        </Button>
        <Button size="small" danger={mine === 'no_show'} type={mine === 'no_show' ? 'primary' : 'default'} aria-pressed={mine === 'no_show'} loading={record.isPending} onClick={() => mark('no_show')}>
          {label('attendance', 'no_show')}
        </Button>
        {mine === 'held' && (
          <Button size="small" onClick={onOutcome}>
            {o ? t('meetings.agenda.editOutcome') : t('meetings.agenda.recordOutcome')}
          </Button>
        )}
      </Space>
      {o && (
        <span>
          {t('meetings.agenda.outcomeShown', { type: label('cooperationType', o.cooperationType) })}
          {o.estimatedValueMinor !== null && o.currency && ` · ${fmt.money(o.estimatedValueMinor / 10 ** minorDigits(o.currency), o.currency)}`}
          {o.note && ` · ${o.note}`}
        </span>
      )}
    </Flex>
  );
}

function AgendaEntry({
  event,
  item,
  meeting,
  now,
  onOutcome,
  onLink,
}: {
  event: EventDto;
  item: AgendaItemDto;
  meeting: MeetingDto | undefined;
  now: number;
  onOutcome: (m: MeetingDto) => void;
  onLink: (m: MeetingDto) => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const time = useEventTime(event.timeZone);
  const isMeeting = item.kind === 'meeting';
  const location = agendaLocation(item);
  return (
    <Card size="small" className={isMeeting ? 'mtg-agenda-item mtg-agenda-meeting' : 'mtg-agenda-item'}>
      <Flex vertical gap={4}>
        <Flex gap={6} wrap align="center">
          <strong className="mtg-time">{time.timeRange(item.startsAt, item.endsAt)}</strong>
          <Tag color={isMeeting ? 'green' : 'blue'}>{isMeeting ? t('meetings.agenda.meeting') : item.sessionKind ? label('sessionKind', item.sessionKind) : t('meetings.agenda.session')}</Tag>
          {isMeeting && item.tableLabel && <span className="mtg-table-label">{t('meetings.agenda.table', { table: item.tableLabel })}</span>}
        </Flex>
        {isMeeting && item.with ? (
          <span>
            <TeamOutlined aria-hidden /> {t('meetings.agenda.with')}{' '}
            <Typography.Text strong>{item.with.displayName}</Typography.Text>
            <span className="muted">
              {item.with.organisationName && item.with.organisationName !== item.with.displayName ? ` · ${item.with.organisationName}` : ''} · {fmt.country(item.with.country)}
            </span>
          </span>
        ) : (
          <Typography.Text strong>{item.title}</Typography.Text>
        )}
        {location && <span className="muted">{location}</span>}
        {item.onlineUrl && (
          <a href={item.onlineUrl} target="_blank" rel="noopener noreferrer">
            <LinkOutlined aria-hidden /> {t('meetings.agenda.onlineLink')}
          </a>
        )}
        {isMeeting && (
          <Space wrap>
            <Button size="small" icon={<DownloadOutlined aria-hidden />} href={meetingFiles.meetingIcs(event.id, item.id)} download>
              {t('meetings.agenda.meetingIcs')}
            </Button>
            {meeting?.abilities.setLink && (
              <Button size="small" icon={<LinkOutlined aria-hidden />} onClick={() => onLink(meeting)}>
                {t('meetings.agenda.setLink')}
              </Button>
            )}
          </Space>
        )}
        {isMeeting && meeting?.abilities.record && Date.parse(item.startsAt) <= now && <MeetingAfterwards event={event} meeting={meeting} onOutcome={() => onOutcome(meeting)} />}
      </Flex>
    </Card>
  );
}

export function MyAgenda({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const time = useEventTime(event.timeZone);
  const agenda = useAgenda(event.id, fmt.lang);
  const mine = useMyMeetings(event.id);
  const [subscribing, setSubscribing] = useState(false);
  const [outcomeFor, setOutcomeFor] = useState<MeetingDto | null>(null);
  const [linkFor, setLinkFor] = useState<MeetingDto | null>(null);
  const [now] = useState(() => Date.now());
  const message = useMessage();
  const subscribe = async (feedUrl: string) => {
    try {
      await navigator.clipboard.writeText(feedUrl);
      void message.success(t('meetings.agenda.copied'));
    } catch {
      // No clipboard access (an insecure origin, a denied permission): the dialog shows the address to copy.
    }
    setSubscribing(true);
  };
  const meetings = useMemo(() => new Map((mine.data?.items ?? []).map((m) => [m.id, m])), [mine.data]);
  const days = useMemo(() => {
    const byDay = new Map<string, AgendaItemDto[]>();
    for (const item of agenda.data?.items ?? []) {
      const day = localDay(new Date(item.startsAt), event.timeZone);
      byDay.set(day, [...(byDay.get(day) ?? []), item]);
    }
    return [...byDay.entries()];
  }, [agenda.data, event.timeZone]);

  if (agenda.isPending) return <Skeleton active />;
  if (agenda.isError) return <ErrorResult error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const meetingCount = agenda.data.items.filter((i) => i.kind === 'meeting').length;
  const accepted = (mine.data?.items ?? []).filter((m) => m.status === 'accepted' && !m.place).length;
  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          <CalendarOutlined aria-hidden /> {t('meetings.timesIn', { zone: time.zoneName, tz: event.timeZone })}
        </Typography.Text>
        <Space wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={meetingFiles.agendaIcs(event.id)} download>
            {t('meetings.agenda.downloadIcs')}
          </Button>
          <Button icon={<CalendarOutlined aria-hidden />} onClick={() => void subscribe(meetingFiles.feedUrl(agenda.data.calendarFeedPath))}>
            {t('meetings.agenda.subscribe')}
          </Button>
          <LinkButton icon={<PrinterOutlined aria-hidden />} to={`/events/${event.id}/agenda/print`}>
            {t('meetings.agenda.print')}
          </LinkButton>
        </Space>
      </Flex>
      {accepted > 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('meetings.agenda.awaitingSchedule', { count: accepted })} />}
      {agenda.data.items.length === 0 ? (
        <Empty description={t('meetings.agenda.empty')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('meetings.agenda.summary', { meetings: meetingCount, sessions: agenda.data.items.length - meetingCount })}</Typography.Paragraph>
          {days.map(([day, items]) => (
            <section key={day} aria-label={time.day(day)}>
              <Typography.Title level={4}>{time.day(day)}</Typography.Title>
              <Timeline
                className="mtg-timeline"
                items={items.map((item) => ({
                  key: `${item.kind}-${item.id}`,
                  color: item.kind === 'meeting' ? 'green' : 'blue',
                  content: <AgendaEntry event={event} item={item} meeting={meetings.get(item.id)} now={now} onOutcome={setOutcomeFor} onLink={setLinkFor} />,
                }))}
              />
            </section>
          ))}
        </>
      )}
      <SubscribeModal open={subscribing} feedUrl={meetingFiles.feedUrl(agenda.data.calendarFeedPath)} onClose={() => setSubscribing(false)} />
      <OnlineLinkModal eventId={event.id} meeting={linkFor} onClose={() => setLinkFor(null)} />
      <OutcomeModal eventId={event.id} meeting={outcomeFor} defaultCurrency={CURRENCY_BY_COUNTRY[event.country ?? ''] ?? 'USD'} onClose={() => setOutcomeFor(null)} />
    </>
  );
}
