/** Events on the exchange: upcoming or past, by kind, or only mine (organised or registered for). */
import { CalendarOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Segmented, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EVENT_KINDS, type EventKind } from '../../domain/events/vocab';
import { useCurrentUser } from '../api/auth';
import { type EventDto, type EventFilters, useEvents } from '../api/events';
import { ErrorResult } from '../components/ErrorState';
import { DemoTag, useEnumLabel } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import { EventKindTag, EventStatusTag } from './EventBits';
import { useLocalised } from './localised';
import { useEventTime } from './time';

function EventCard({ event }: { event: EventDto }) {
  const fmt = useFormat();
  const pick = useLocalised(event.defaultLanguage);
  const time = useEventTime(event.timeZone);
  const title = pick(event.title);
  const place = [event.venue, event.city, event.country ? fmt.country(event.country) : null].filter(Boolean).join(', ');
  return (
    <Link to={`/events/${event.id}`}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Flex gap={6} wrap style={{ marginBottom: 6 }}>
          <EventKindTag kind={event.kind} />
          <EventStatusTag status={event.status} />
          <DemoTag demo={event.demo} />
        </Flex>
        <div className="listing-card-title" lang={title.lang}>
          {title.text}
        </div>
        <div className="muted" style={{ marginTop: 6 }}>
          <CalendarOutlined aria-hidden /> {time.dateRange(event.startsOn, event.endsOn)}
        </div>
        {place && (
          <div className="muted">
            <EnvironmentOutlined aria-hidden /> {place}
          </div>
        )}
        <div className="muted" style={{ marginTop: 4, fontSize: 12 }}>
          {event.organisers.map((o) => o.organisationName).join(' · ')}
        </div>
      </Card>
    </Link>
  );
}

export default function EventsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const kind = (EVENT_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as EventKind) : undefined;
  const mine = Boolean(user) && params.get('mine') === '1';
  const filters: EventFilters = { when, ...(kind ? { kind } : {}), ...(mine ? { mine: true } : {}) };
  const query = useEvents(filters);
  useDocumentTitle(t('events.title'));

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="page-title">
          {t('events.title')}
        </Typography.Title>
        {user && user.memberships.length > 0 && (
          <LinkButton to="/events/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('events.new')}
          </LinkButton>
        )}
      </Flex>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={when}
          onChange={(v) => set('when', v === 'past' ? 'past' : undefined)}
          options={[
            { value: 'upcoming', label: t('events.upcoming') },
            { value: 'past', label: t('events.past') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('events.field.kind')}
          aria-label={t('events.field.kind')}
          value={kind}
          onChange={(v: string | undefined) => set('kind', v)}
          options={EVENT_KINDS.map((k) => ({ value: k, label: label('eventKind', k) }))}
          style={{ width: 220, maxWidth: '100%' }}
        />
        {user && (
          <label>
            <Space>
              <Switch checked={mine} onChange={(on) => set('mine', on ? '1' : undefined)} />
              {t('events.mine')}
            </Space>
          </label>
        )}
      </Space>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Card>
          <Empty description={t('events.none')} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          {query.data.items.map((event) => (
            <Col xs={24} md={12} lg={8} key={event.id}>
              <EventCard event={event} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
