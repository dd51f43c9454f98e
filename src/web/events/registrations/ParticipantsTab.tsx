/** The participants directory: who takes part, from where, what they bring and look for. */
import { Card, Col, Empty, Flex, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTICIPANT_TYPES, type ParticipantType } from '../../../domain/events/vocab';
import type { EventDto } from '../../api/events';
import { ErrorResult } from '../../components/ErrorState';
import { TypeTag, useEnumLabel } from '../../components/Labels';
import { CountrySelect } from '../../components/Pickers';
import { useFormat } from '../../i18n/format';
import { type ListingSummary, useParticipants } from './api';

function Listings({ title, items }: { title: string; items: ListingSummary[] }) {
  if (items.length === 0) return null;
  return (
    <div style={{ marginTop: 6 }}>
      <div className="muted" style={{ fontSize: 12 }}>
        {title}
      </div>
      {items.map((l) => (
        <div key={l.id}>
          <TypeTag type={l.type} /> <Link to={`/listings/${l.id}`}>{l.title}</Link>
        </div>
      ))}
    </div>
  );
}

export function ParticipantsTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const [q, setQ] = useState('');
  const [type, setType] = useState<ParticipantType | undefined>();
  const [country, setCountry] = useState<string | undefined>();
  const query = useParticipants(event.id, { ...(q ? { q } : {}), ...(type ? { participantType: [type] } : {}), ...(country ? { country: [country] } : {}) });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('registrations.directory.search')} aria-label={t('registrations.directory.search')} onSearch={(v) => setQ(v.trim())} style={{ width: 240 }} />
        <Select allowClear placeholder={t('registrations.field.participantType')} aria-label={t('registrations.field.participantType')} value={type} onChange={setType} options={PARTICIPANT_TYPES.map((p) => ({ value: p, label: label('participantType', p) }))} style={{ width: 200 }} />
        <CountrySelect placeholder={t('registrations.field.country')} aria-label={t('registrations.field.country')} value={country} onChange={(v) => setCountry(typeof v === 'string' ? v : undefined)} style={{ width: 200 }} />
      </Space>
      {query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('registrations.directory.none')} />
      ) : (
        <>
          <Typography.Paragraph className="muted">{t('registrations.directory.total', { total: fmt.number(query.data.total) })}</Typography.Paragraph>
          <Row gutter={[12, 12]}>
            {query.data.items.map((p) => (
              <Col xs={24} md={12} lg={8} key={p.registrationId}>
                <Card size="small" style={{ height: '100%' }}>
                  <Typography.Text strong>{p.displayName}</Typography.Text>
                  {p.organisationName && (
                    <div>{p.organisationId ? <Link to={`/organisations/${p.organisationId}`}>{p.organisationName}</Link> : p.organisationName}</div>
                  )}
                  <Flex gap={4} wrap style={{ marginTop: 4 }}>
                    <Tag>{label('participantType', p.participantType)}</Tag>
                    <Tag>{fmt.country(p.country)}</Tag>
                    {p.languages.map((l) => (
                      <Tag key={l} color="blue">
                        {fmt.language(l)}
                      </Tag>
                    ))}
                  </Flex>
                  <Listings title={t('registrations.field.offers')} items={p.offers} />
                  <Listings title={t('registrations.field.seeks')} items={p.seeks} />
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
