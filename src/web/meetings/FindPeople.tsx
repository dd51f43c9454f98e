/**
 * "Find people": the event's participants directory and its delegations, filtered by type, country and
 * words, each with a "Request a meeting" button (or where the request between us stands).
 */
import { SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Input, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTICIPANT_TYPES } from '../../domain/events/vocab';
import type { EventDto } from '../api/events';
import { type MeetingDto, useMeetingSetup, useMyMeetings } from '../api/meetings';
import { ErrorResult } from '../components/ErrorState';
import { useEnumLabel } from '../components/Labels';
import { type DelegationDto, type ParticipantDto, useDelegations, useParticipants } from '../events/registrations/api';
import { useFormat } from '../i18n/format';
import { MeetingStatusTag } from './bits';
import { RequestMeetingModal, type RequestTarget } from './RequestMeetingModal';

const OPEN: ReadonlySet<string> = new Set(['pending', 'accepted']);

/** The open or accepted meeting between me and each participant / delegation, if any. */
function openMeetings(items: readonly MeetingDto[]) {
  const withPerson = new Map<string, MeetingDto>();
  const withDelegation = new Map<string, MeetingDto>();
  for (const m of items) {
    if (!OPEN.has(m.status)) continue;
    const other = m.mySide === 'requester' ? m.receiver : m.requester;
    if (other) withPerson.set(other.id, m);
    if (m.delegation && m.mySide === 'requester') withDelegation.set(m.delegation.id, m);
  }
  return { withPerson, withDelegation };
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

function ListingTags({ label, listings }: { label: string; listings: ParticipantDto['offers'] }) {
  if (listings.length === 0) return null;
  return (
    <div className="mtg-listings">
      <span className="muted">{label}: </span>
      {listings.slice(0, 4).map((l) => (
        <Tag key={l.id} style={{ marginBottom: 4 }}>
          <Link to={`/listings/${l.id}`}>{l.title}</Link>
        </Tag>
      ))}
      {listings.length > 4 && <Tag>+{listings.length - 4}</Tag>}
    </div>
  );
}

function ParticipantCard({
  participant,
  delegations,
  existing,
  canRequest,
  onRequest,
}: {
  participant: ParticipantDto;
  delegations: Map<string, string>;
  existing: MeetingDto | undefined;
  canRequest: boolean;
  onRequest: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const p = participant;
  return (
    <Card size="small" className="mtg-card">
      <Flex vertical gap={4}>
        <Typography.Text strong>{p.displayName}</Typography.Text>
        {p.organisationName && p.organisationName !== p.displayName && <span>{p.organisationName}</span>}
        <Flex gap={4} wrap>
          <Tag color="blue">{label('participantType', p.participantType)}</Tag>
          <Tag>{fmt.country(p.country)}</Tag>
          {p.delegationIds.map((id) =>
            delegations.has(id) ? (
              <Tag key={id} icon={<TeamOutlined aria-hidden />}>
                {delegations.get(id)}
              </Tag>
            ) : null,
          )}
        </Flex>
        {p.languages.length > 0 && <span className="muted">{p.languages.map((l) => fmt.language(l)).join(', ')}</span>}
        <ListingTags label={t('meetings.find.offers')} listings={p.offers} />
        <ListingTags label={t('meetings.find.seeks')} listings={p.seeks} />
        <div style={{ marginTop: 'auto', paddingTop: 8 }}>
          {existing ? (
            <span>
              {t('meetings.find.alreadyRequested')} <MeetingStatusTag status={existing.status} />
            </span>
          ) : (
            <Button type="primary" onClick={onRequest} disabled={!canRequest}>
              {t('meetings.find.request')}
            </Button>
          )}
        </div>
      </Flex>
    </Card>
  );
}

function DelegationCard({ delegation, existing, canRequest, onRequest }: { delegation: DelegationDto; existing: MeetingDto | undefined; canRequest: boolean; onRequest: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const d = delegation;
  return (
    <Card size="small" className="mtg-card">
      <Flex vertical gap={4}>
        <Typography.Text strong>
          <TeamOutlined aria-hidden /> {d.name}
        </Typography.Text>
        <Flex gap={4} wrap>
          <Tag color="purple">{label('delegationKind', d.kind)}</Tag>
          {d.country && <Tag>{fmt.country(d.country)}</Tag>}
          <Tag>{t('meetings.find.members', { count: d.members.length })}</Tag>
        </Flex>
        <span className="muted">{d.members.map((m) => m.displayName).join(', ')}</span>
        <div style={{ marginTop: 'auto', paddingTop: 8 }}>
          {existing ? (
            <span>
              {t('meetings.find.alreadyRequested')} <MeetingStatusTag status={existing.status} />
            </span>
          ) : (
            <Button onClick={onRequest} disabled={!canRequest}>
              {t('meetings.find.requestDelegation')}
            </Button>
          )}
        </div>
      </Flex>
    </Card>
  );
}

export function FindPeople({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const [types, setTypes] = useState<string[]>([]);
  const [countries, setCountries] = useState<string[]>([]);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  // Without filters the query is the same as the unfiltered one below (one request, one cache entry).
  const filters = useMemo(() => ({ ...(types.length ? { participantType: types } : {}), ...(countries.length ? { country: countries } : {}), ...(q ? { q } : {}) }), [types, countries, q]);
  const everyone = useParticipants(event.id, {});
  const filtered = useParticipants(event.id, filters);
  const delegations = useDelegations(event.id);
  const setup = useMeetingSetup(event.id);
  const mine = useMyMeetings(event.id);
  const [target, setTarget] = useState<RequestTarget | null>(null);

  const myId = setup.data?.mine?.registrationId ?? null;
  const open = useMemo(() => openMeetings(mine.data?.items ?? []), [mine.data]);
  const delegationNames = useMemo(() => new Map((delegations.data?.items ?? []).map((d) => [d.id, d.name])), [delegations.data]);
  const countryOptions = useMemo(
    () =>
      [...new Set((everyone.data?.items ?? []).map((p) => p.country))]
        .map((c) => ({ value: c, label: fmt.country(c) }))
        .sort((a, b) => a.label.localeCompare(b.label, fmt.lang)),
    [everyone.data, fmt],
  );
  const requestsOpen = event.status === 'published' && event.meetingSettings.requestsOpen;
  const people = (filtered.data?.items ?? []).filter((p) => p.registrationId !== myId);
  const words = q.toLowerCase();
  const shownDelegations = (delegations.data?.items ?? []).filter(
    (d) =>
      !d.memberRegistrationIds.includes(myId ?? '') &&
      (countries.length === 0 || (d.country !== null && countries.includes(d.country))) &&
      (!words || d.name.toLowerCase().includes(words)),
  );

  if (filtered.isError && !filtered.data) return <ErrorResult error={filtered.error} onRetry={() => void filtered.refetch()} />;
  return (
    <>
      {!requestsOpen && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('meetings.find.closed')} />}
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={10}>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('meetings.find.searchPlaceholder')}
            aria-label={t('meetings.find.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Select
            mode="multiple"
            allowClear
            style={{ width: '100%' }}
            placeholder={t('meetings.find.type')}
            aria-label={t('meetings.find.type')}
            value={types}
            onChange={setTypes}
            options={PARTICIPANT_TYPES.map((p) => ({ value: p, label: label('participantType', p) }))}
          />
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Select
            mode="multiple"
            allowClear
            style={{ width: '100%' }}
            placeholder={t('meetings.find.country')}
            aria-label={t('meetings.find.country')}
            value={countries}
            onChange={setCountries}
            options={countryOptions}
            optionFilterProp="label"
          />
        </Col>
      </Row>

      {filtered.isPending ? (
        <Skeleton active />
      ) : people.length === 0 ? (
        <Empty description={t('meetings.find.empty')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('meetings.find.count', { count: people.length })}</Typography.Paragraph>
          <ul className="mtg-grid-list" aria-label={t('meetings.find.participants')}>
            {people.map((p) => (
              <li key={p.registrationId}>
                <ParticipantCard
                  participant={p}
                  delegations={delegationNames}
                  existing={open.withPerson.get(p.registrationId)}
                  canRequest={requestsOpen}
                  onRequest={() => setTarget({ kind: 'participant', id: p.registrationId, name: p.displayName })}
                />
              </li>
            ))}
          </ul>
        </>
      )}

      {shownDelegations.length > 0 && types.length === 0 && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {t('meetings.find.delegations')}
          </Typography.Title>
          <ul className="mtg-grid-list" aria-label={t('meetings.find.delegations')}>
            {shownDelegations.map((d) => (
              <li key={d.id}>
                <DelegationCard
                  delegation={d}
                  existing={open.withDelegation.get(d.id)}
                  canRequest={requestsOpen}
                  onRequest={() => setTarget({ kind: 'delegation', id: d.id, name: d.name })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <RequestMeetingModal eventId={event.id} target={target} onClose={() => setTarget(null)} />
    </>
  );
}
