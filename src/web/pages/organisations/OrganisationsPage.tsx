/** Directory of organisations on the exchange, searchable by name, type and country. */
import { EnvironmentOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ORGANISATION_TYPES } from '../../../domain/shared/vocab';
import { useOrganisationDirectory } from '../../api/organisations';
import { ErrorResult } from '../../components/ErrorState';
import { ConceptTags, DemoTag, VerifiedBadge, useEnumLabel } from '../../components/Labels';
import { CountrySelect } from '../../components/Pickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? undefined,
    type: params.get('type') ?? undefined,
    country: params.get('country') ?? undefined,
  };
  const query = useOrganisationDirectory(filters);
  useDocumentTitle(t('nav.organisations'));

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('org.directoryTitle')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16, width: '100%' }}>
        <Input.Search
          defaultValue={filters.q}
          allowClear
          enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t('common.search')} />}
          placeholder={t('org.searchPlaceholder')}
          aria-label={t('org.searchPlaceholder')}
          onSearch={(q) => set('q', q.trim() || undefined)}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('org.field.type')}
          aria-label={t('org.field.type')}
          value={filters.type}
          onChange={(v: string | undefined) => set('type', v)}
          options={ORGANISATION_TYPES.map((v) => ({ value: v, label: label('organisationType', v) }))}
          style={{ width: 220, maxWidth: '100%' }}
        />
        <CountrySelect
          placeholder={t('org.field.country')}
          aria-label={t('org.field.country')}
          value={filters.country}
          onChange={(v) => set('country', typeof v === 'string' ? v : undefined)}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Space>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Card>
          <Empty description={t('org.noneFound')} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          {query.data.items.map((org) => (
            <Col xs={24} md={12} lg={8} key={org.id}>
              <Link to={`/organisations/${org.id}`}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <div className="listing-card-title">{org.name}</div>
                  <Space wrap size={[8, 4]} style={{ margin: '6px 0' }}>
                    <Tag>{label('organisationType', org.type)}</Tag>
                    <span className="muted">
                      <EnvironmentOutlined aria-hidden /> {fmt.country(org.country)}
                    </span>
                    <VerifiedBadge verified={org.verified} />
                    <DemoTag demo={org.demo} />
                  </Space>
                  <div>
                    <ConceptTags codes={org.sectors} max={3} />
                  </div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
