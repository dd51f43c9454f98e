/** The overview tab: description in the reader's language, when and where, sectors, and the organisers card. */
import { Card, Col, Descriptions, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type EventDto, useEvents } from '../api/events';
import { ConceptTags, useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';
import { EventWeightsCard } from '../matching/EventWeightsCard';
import { FallbackNote } from './EventBits';
import { OrganisersCard } from './OrganisersCard';
import { pickText, useLocalised } from './localised';
import { useEventTime } from './time';

/** A forum's sector sub-forums, each linking to its own page (and programme). */
function SubForums({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const time = useEventTime(event.timeZone);
  const query = useEvents({ parentEventId: event.id, when: 'all' });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('events.subForums')} style={{ marginTop: 16 }}>
      <Flex vertical gap={8}>
        {items.map((sub) => {
          const title = pickText(sub.title, fmt.lang, sub.defaultLanguage);
          return (
            <span key={sub.id}>
              <Link to={`/events/${sub.id}`} lang={title.lang}>
                {title.text}
              </Link>{' '}
              <span className="muted">· {time.dateRange(sub.startsOn, sub.endsOn)}</span>
            </span>
          );
        })}
      </Flex>
    </Card>
  );
}

export function EventOverview({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const pick = useLocalised(event.defaultLanguage);
  const time = useEventTime(event.timeZone);
  const description = pick(event.description);
  const place = [event.venue, event.city, event.country ? fmt.country(event.country) : null].filter(Boolean).join(', ');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Card title={t('events.about')}>
          {description.text ? (
            <>
              <FallbackNote picked={description} />
              <div className="pre-wrap" lang={description.lang} style={{ marginTop: description.fallback ? 8 : 0 }}>
                {description.text}
              </div>
            </>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.noDescription')} />
          )}
        </Card>
        {event.kind === 'forum' && <SubForums event={event} />}
      </Col>
      <Col xs={24} lg={9}>
        <Card title={t('events.facts')}>
          <Descriptions column={1} size="small" layout="vertical">
            <Descriptions.Item label={t('events.field.dates')}>
              <div>{event.startsOn === event.endsOn ? time.day(event.startsOn) : `${time.day(event.startsOn)} – ${time.day(event.endsOn)}`}</div>
              <div className="muted">{t('events.timesIn', { zone: time.zoneName })}</div>
            </Descriptions.Item>
            {place && <Descriptions.Item label={t('events.field.venue')}>{place}</Descriptions.Item>}
            {event.onlineUrl && (
              <Descriptions.Item label={t('events.field.onlineUrl')}>
                <a href={event.onlineUrl} target="_blank" rel="noreferrer noopener">
                  {event.onlineUrl}
                </a>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('events.field.languages')}>{event.languages.map((l) => fmt.language(l)).join(', ')}</Descriptions.Item>
            <Descriptions.Item label={t('events.field.registrationMode')}>
              {label('registrationMode', event.registrationMode)}
              {event.capacity !== null && <span className="muted"> · {t('events.capacityOf', { places: fmt.number(event.capacity) })}</span>}
            </Descriptions.Item>
            {event.registrationClosesAt && (
              <Descriptions.Item label={t('events.field.registrationClosesAt')}>{time.dateTime(event.registrationClosesAt)}</Descriptions.Item>
            )}
            {event.sectors.length > 0 && (
              <Descriptions.Item label={t('events.field.sectors')}>
                <ConceptTags codes={event.sectors} />
              </Descriptions.Item>
            )}
          </Descriptions>
          {event.parentEventId && (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              <Link to={`/events/${event.parentEventId}`}>{t('events.parentForum')}</Link>
            </Typography.Paragraph>
          )}
        </Card>
        <OrganisersCard event={event} />
        <EventWeightsCard eventId={event.id} canManage={event.abilities.manageMeetings} />
      </Col>
    </Row>
  );
}
