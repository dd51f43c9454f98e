/** The event marketplace: listings its participants offer or seek and its exhibitors show. */
import { Col, Empty, Flex, Input, Row, Select, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LISTING_TYPES } from '../../../domain/shared/vocab';
import type { EventDto } from '../../api/events';
import { ErrorResult } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { ListingCard } from '../../components/ListingCard';
import { useFormat } from '../../i18n/format';
import { useMarketplace } from './api';

export function MarketplaceTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const [q, setQ] = useState('');
  const [type, setType] = useState<string | undefined>();
  const query = useMarketplace(event.id, { ...(q ? { q } : {}), ...(type ? { type: [type] } : {}) });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('registrations.marketplace.search')} aria-label={t('registrations.marketplace.search')} onSearch={(v) => setQ(v.trim())} style={{ width: 260 }} />
        <Select allowClear placeholder={t('registrations.marketplace.type')} aria-label={t('registrations.marketplace.type')} value={type} onChange={setType} options={LISTING_TYPES.map((l) => ({ value: l, label: label('listingType', l) }))} style={{ width: 220 }} />
      </Space>
      {query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('registrations.marketplace.none')} />
      ) : (
        <>
          <p className="muted">{t('registrations.marketplace.total', { total: fmt.number(query.data.total) })}</p>
          <Row gutter={[12, 12]}>
            {query.data.items.map(({ listing, sources }) => (
              <Col xs={24} md={12} lg={8} key={listing.id}>
                <Flex vertical gap={4} style={{ height: '100%' }}>
                  <Flex gap={4} wrap>
                    {sources.map((s) => (
                      <Tag key={s} color={s === 'offer' ? 'green' : s === 'seek' ? 'orange' : 'purple'}>
                        {t(`registrations.marketplace.source.${s}`)}
                      </Tag>
                    ))}
                  </Flex>
                  <ListingCard listing={listing} />
                </Flex>
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
