/** Landing page: what Innox is, headline figures, listings by type, and the latest listings. */
import { ArrowRightOutlined, BankOutlined, FileTextOutlined, GlobalOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Input, Row, Skeleton, Statistic, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LISTING_TYPES } from '../../domain/shared/vocab';
import { useCurrentUser } from '../api/auth';
import { useListingList } from '../api/listings';
import { useHealth, useStats } from '../api/meta';
import type { Stats } from '../api/types';
import { TYPE_COLORS, TYPE_ICONS, useEnumLabel } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { ListingCard } from '../components/ListingCard';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';

const TypeChart = lazy(() => import('../components/TypeChart'));

const LATEST = { sort: 'date', limit: 8 } as const;

function Figures({ stats, loading }: { stats: Stats | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const figures = [
    { key: 'listings', icon: <FileTextOutlined aria-hidden />, value: stats?.listings.total },
    { key: 'organisations', icon: <BankOutlined aria-hidden />, value: stats?.organisations },
    { key: 'countries', icon: <GlobalOutlined aria-hidden />, value: stats?.countries },
  ] as const;
  return (
    <Card style={{ marginTop: 16 }}>
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col xs={8} key={f.key}>
            <Statistic
              loading={loading}
              title={t(`home.stats.${f.key}`)}
              value={f.value ?? 0}
              prefix={f.icon}
              formatter={(v) => fmt.number(Number(v))}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function TypeLinks({ stats }: { stats: Stats | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  return (
    <Card title={t('home.browseByType')} style={{ height: '100%' }} styles={{ body: { paddingBlock: 8 } }}>
      {LISTING_TYPES.map((type) => (
        <Link key={type} to={`/listings?type=${type}`} className="type-link">
          <span className="type-link-icon" style={{ color: TYPE_COLORS[type], background: `${TYPE_COLORS[type]}14` }}>
            {TYPE_ICONS[type]}
          </span>
          <span style={{ flex: 1 }}>{label('listingType', type)}</span>
          <span className="muted">{stats ? fmt.number(stats.listings.byType[type] ?? 0) : ''}</span>
          <RightOutlined aria-hidden className="muted" style={{ fontSize: 11 }} />
        </Link>
      ))}
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const health = useHealth();
  const stats = useStats();
  const latest = useListingList(LATEST);
  useDocumentTitle(t('home.documentTitle'));

  return (
    <>
      {health.data?.demo && <Alert type="warning" showIcon title={t('home.demoNotice')} style={{ marginBottom: 16 }} />}
      <section className="hero">
        <Typography.Title level={1}>{t('home.heroTitle')}</Typography.Title>
        <p>{t('home.heroSubtitle')}</p>
        <Input.Search
          className="hero-search"
          size="large"
          enterButton={t('common.search')}
          placeholder={t('home.searchPlaceholder')}
          aria-label={t('home.searchPlaceholder')}
          onSearch={(q) => void navigate(q.trim() ? `/listings?q=${encodeURIComponent(q.trim())}` : '/listings')}
        />
        <Flex gap={12} wrap style={{ marginTop: 16 }}>
          <LinkButton to="/listings" ghost>
            {t('home.browseAll')}
          </LinkButton>
          <LinkButton to={user ? '/listings/new' : '/register'}>
            {user ? t('home.ctaPublish') : t('home.ctaRegister')}
          </LinkButton>
        </Flex>
      </section>

      <Figures stats={stats.data} loading={stats.isPending} />

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={t('home.chartTitle')} style={{ height: '100%' }}>
            {stats.data ? (
              <Suspense fallback={<Skeleton active />}>
                <TypeChart byType={stats.data.listings.byType} />
              </Suspense>
            ) : (
              <Skeleton active />
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('home.chartHint')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <TypeLinks stats={stats.data} />
        </Col>
      </Row>

      <Flex justify="space-between" align="baseline" style={{ marginTop: 32, marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('home.latestTitle')}
        </Typography.Title>
        <Link to="/listings?sort=date">
          {t('home.viewAll')} <ArrowRightOutlined aria-hidden />
        </Link>
      </Flex>
      {latest.isPending ? (
        <Skeleton active />
      ) : latest.data?.items.length ? (
        <Row gutter={[12, 12]}>
          {latest.data.items.map((listing) => (
            <Col xs={24} md={12} xl={6} key={listing.id}>
              <ListingCard listing={listing} />
            </Col>
          ))}
        </Row>
      ) : (
        <Card>
          <Empty description={t('listings.noResults')} />
        </Card>
      )}
    </>
  );
}
