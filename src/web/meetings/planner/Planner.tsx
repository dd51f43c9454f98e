/**
 * The organisers' meeting planner: set-up (slots, tables), the requests overview, the schedule
 * (scheduler, quality, publishing, the draft grid) and participants' caps and availability. The section
 * is in the address (?section=…).
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Flex, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EventDto } from '../../api/events';
import { useMeetingSetup, useSchedule } from '../../api/meetings';
import { ErrorResult } from '../../components/ErrorState';
import { LinkButton } from '../../components/LinkButton';
import { useEventTime } from '../../events/time';
import { DraftGrid } from './DraftGrid';
import { ParticipantLimits } from './ParticipantLimits';
import { QualityPanel } from './QualityPanel';
import { RequestsOverview } from './RequestsOverview';
import { SchedulerPanel } from './SchedulerPanel';
import { SlotSetup } from './SlotSetup';
import { TablesSetup } from './TablesSetup';

const SECTIONS = ['setup', 'requests', 'schedule', 'participants'] as const;
type Section = (typeof SECTIONS)[number];

function SetupSection({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const setup = useMeetingSetup(event.id);
  if (setup.isPending) return <Skeleton active />;
  if (setup.isError) return <ErrorResult error={setup.error} onRetry={() => void setup.refetch()} />;
  return (
    <Flex vertical gap={24}>
      <section aria-labelledby="mtg-slots-title">
        <Typography.Title level={4} id="mtg-slots-title">
          {t('meetings.slots.title')}
        </Typography.Title>
        <SlotSetup event={event} setup={setup.data} />
      </section>
      <section aria-labelledby="mtg-tables-title">
        <Typography.Title level={4} id="mtg-tables-title">
          {t('meetings.tables.title')}
        </Typography.Title>
        <TablesSetup event={event} setup={setup.data} />
      </section>
    </Flex>
  );
}

function ScheduleSection({ event, section }: { event: EventDto; section: 'schedule' | 'participants' }) {
  const schedule = useSchedule(event.id);
  if (schedule.isPending) return <Skeleton active />;
  if (schedule.isError) return <ErrorResult error={schedule.error} onRetry={() => void schedule.refetch()} />;
  if (section === 'participants') return <ParticipantLimits event={event} schedule={schedule.data} />;
  return (
    <Flex vertical gap={16}>
      <SchedulerPanel event={event} schedule={schedule.data} />
      <QualityPanel event={event} schedule={schedule.data} />
      <DraftGrid event={event} schedule={schedule.data} />
    </Flex>
  );
}

export function Planner({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const time = useEventTime(event.timeZone);
  const [params, setParams] = useSearchParams();
  const requested = params.get('section');
  const section: Section = SECTIONS.includes(requested as Section) ? (requested as Section) : 'setup';
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented
          value={section}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            next.set('section', String(v));
            setParams(next, { replace: true });
          }}
          options={SECTIONS.map((s) => ({ value: s, label: t(`meetings.planner.${s}`) }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
        <LinkButton icon={<PrinterOutlined aria-hidden />} to={`/events/${event.id}/meetings/tables/print`}>
          {t('meetings.planner.tableSheets')}
        </LinkButton>
      </Flex>
      <Typography.Text type="secondary">{t('meetings.timesIn', { zone: time.zoneName, tz: event.timeZone })}</Typography.Text>
      {section === 'setup' ? <SetupSection event={event} /> : section === 'requests' ? <RequestsOverview event={event} /> : <ScheduleSection event={event} section={section} />}
    </Flex>
  );
}
