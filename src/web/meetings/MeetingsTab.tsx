/**
 * The "Meetings" tab of an event. Participants find people, answer requests, mark the slots they
 * cannot attend and read their agenda; organisers plan the schedule. The inner view is in the address
 * (?view=…) so e-mails and colleagues can link to it.
 */
import { Badge, Skeleton, Tabs, type TabsProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { EventDto } from '../api/events';
import { useMyMeetings } from '../api/meetings';
import { LinkButton } from '../components/LinkButton';
import { StatusResult } from '../components/StatusResult';
import { FindPeople } from './FindPeople';
import { MyAgenda } from './MyAgenda';
import { MyAvailability } from './MyAvailability';
import { MyRequests } from './MyRequests';
import { Planner } from './planner/Planner';
import { useMeetingRole } from './role';
import { awaitingMyAnswer } from './TabLabel';
import './meetings.css';

type Item = NonNullable<TabsProps['items']>[number];

function JoinHint({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const role = useMeetingRole(event);
  const location = useLocation();
  if (!role.loggedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <StatusResult
        status="info"
        title={t('meetings.hint.loginTitle')}
        subTitle={t('meetings.hint.loginText')}
        extra={
          <LinkButton type="primary" to={`/login?next=${next}`}>
            {t('meetings.hint.login')}
          </LinkButton>
        }
      />
    );
  }
  const status = role.registration?.status;
  if (status && status !== 'cancelled' && status !== 'declined') {
    return <StatusResult status="info" title={t('meetings.hint.notConfirmedTitle')} subTitle={t('meetings.hint.notConfirmedText', { status: t(`enum.registrationStatus.${status}`) })} />;
  }
  return (
    <StatusResult
      status="info"
      title={t('meetings.hint.registerTitle')}
      subTitle={t('meetings.hint.registerText')}
      extra={
        event.abilities.register ? (
          <LinkButton type="primary" to={`/events/${event.id}/registration`}>
            {t('meetings.hint.register')}
          </LinkButton>
        ) : undefined
      }
    />
  );
}

const VIEWS = ['find', 'requests', 'availability', 'agenda', 'planner'] as const;

export default function MeetingsTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const role = useMeetingRole(event);
  const mine = useMyMeetings(event.id, role.participant);
  const unanswered = awaitingMyAnswer(mine.data?.items);
  const [params, setParams] = useSearchParams();
  const ready = !role.loading && !(role.participant && mine.isPending);
  const available = VIEWS.filter((v) => (v === 'planner' ? role.organiser : role.participant));
  const requested = params.get('view');
  const valid = available.some((v) => v === requested);
  // Without a view in the address, open where the caller is most needed (requests waiting for an answer),
  // and keep that view in the address so answering the last request does not switch views under them.
  const fallback = role.participant ? (unanswered > 0 ? 'requests' : 'find') : 'planner';
  useEffect(() => {
    if (!ready || valid || available.length === 0) return;
    const next = new URLSearchParams(params);
    next.set('view', fallback);
    setParams(next, { replace: true });
  }, [ready, valid, available.length, fallback, params, setParams]);

  if (!ready) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!role.participant && !role.organiser) return <JoinHint event={event} />;

  const items: Item[] = [];
  if (role.participant) {
    items.push(
      { key: 'find', label: t('meetings.view.find'), children: <FindPeople event={event} /> },
      {
        key: 'requests',
        label: (
          <span>
            {t('meetings.view.requests')}
            {unanswered > 0 && <Badge count={unanswered} size="small" style={{ marginInlineStart: 6 }} />}
          </span>
        ),
        children: <MyRequests event={event} />,
      },
      { key: 'availability', label: t('meetings.view.availability'), children: <MyAvailability event={event} /> },
      { key: 'agenda', label: t('meetings.view.agenda'), children: <MyAgenda event={event} /> },
    );
  }
  if (role.organiser) items.push({ key: 'planner', label: t('meetings.view.planner'), children: <Planner event={event} /> });

  const active = valid ? (requested as string) : fallback;
  return (
    <Tabs
      className="mtg-views"
      size="small"
      activeKey={active}
      destroyOnHidden
      items={items}
      onChange={(key) => {
        const next = new URLSearchParams(params);
        next.set('view', key);
        setParams(next, { replace: true });
      }}
    />
  );
}
