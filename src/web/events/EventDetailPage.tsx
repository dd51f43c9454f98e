/**
 * One event: header with the organiser's actions, and tabs (overview, timetable, registration,
 * participants, exhibitors, delegations, marketplace, meetings, and the organisers' own tabs). The tab is
 * part of the address (/events/:id/:tab) so every view can be linked to.
 */
import { CalendarOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Flex, Skeleton, Tabs, type TabsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type EventDto, useEvent } from '../api/events';
import { ErrorResult } from '../components/ErrorState';
import { DemoTag, useEnumLabel } from '../components/Labels';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import './events.css';
import { EventActions } from './EventActions';
import { EventKindTag, EventStatusTag, FallbackNote } from './EventBits';
import { EventOverview } from './EventOverview';
import { useLocalised } from './localised';
import { meetingsTab } from './MeetingsTabSlot';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeTab } from './ProgrammeTab';
import { useRegistrationTabs } from './registrations/tabs';
import { useEventTime } from './time';

type Tab = NonNullable<TabsProps['items']>[number];

function useTabs(event: EventDto): Tab[] {
  const { t } = useTranslation();
  const registrationTabs = useRegistrationTabs(event);
  const tabs: Tab[] = [
    { key: 'overview', label: t('events.tab.overview'), children: <EventOverview event={event} /> },
    { key: 'programme', label: t('events.tab.programme'), children: <ProgrammeTab event={event} /> },
  ];
  tabs.push(...registrationTabs.visitor);
  // Meetings: the meetings area fills this slot (see MeetingsTabSlot.tsx).
  const meetings = meetingsTab(event, t);
  if (meetings) tabs.push(meetings);
  if (event.abilities.manageProgramme) tabs.push({ key: 'edit-programme', label: t('events.tab.editProgramme'), children: <ProgrammeEditor event={event} /> });
  tabs.push(...registrationTabs.staff);
  return tabs;
}

function Header({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const pick = useLocalised(event.defaultLanguage);
  const time = useEventTime(event.timeZone);
  const title = pick(event.title);
  const place = [event.city, event.country ? fmt.country(event.country) : null].filter(Boolean).join(', ');
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/events">{t('events.title')}</Link> }, { title: label('eventKind', event.kind) }]} />
      {event.status === 'cancelled' && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('events.cancelledNote')} />}
      {event.status === 'draft' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('events.draftNote')} />}
      <Flex gap={6} wrap align="center" style={{ marginBottom: 8 }}>
        <EventKindTag kind={event.kind} />
        <EventStatusTag status={event.status} />
        <DemoTag demo={event.demo} />
        <FallbackNote picked={title} />
      </Flex>
      <Typography.Title level={2} className="page-title" lang={title.lang}>
        {title.text}
      </Typography.Title>
      <Flex gap={16} wrap className="muted" style={{ marginBottom: 12 }}>
        <span>
          <CalendarOutlined aria-hidden /> {time.dateRange(event.startsOn, event.endsOn)}
        </span>
        {place && (
          <span>
            <EnvironmentOutlined aria-hidden /> {place}
          </span>
        )}
      </Flex>
      <div style={{ marginBottom: 16 }}>
        <EventActions event={event} />
      </div>
    </>
  );
}

export default function EventDetailPage() {
  const { id, tab } = useParams();
  const navigate = useNavigate();
  const query = useEvent(id);
  const event = query.data;
  const pick = useLocalised(event?.defaultLanguage ?? 'en');
  useDocumentTitle(event ? pick(event.title).text : null);
  // Hooks above; the tab list needs the event.
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError || !event) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return <EventTabs event={event} tab={tab} onTab={(key) => void navigate(`/events/${event.id}${key === 'overview' ? '' : `/${key}`}`, { replace: true })} />;
}

function EventTabs({ event, tab, onTab }: { event: EventDto; tab: string | undefined; onTab: (key: string) => void }) {
  const tabs = useTabs(event);
  const active = tabs.some((x) => x.key === tab) ? (tab as string) : 'overview';
  return (
    <>
      <Header event={event} />
      <Tabs activeKey={active} onChange={onTab} items={tabs} destroyOnHidden />
    </>
  );
}
