/** Landing page: what Innox is, headline figures, listings by type, and the latest listings. */
import { ArrowRightOutlined, BankOutlined, FileTextOutlined, GlobalOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Input, Row, Skeleton, Statistic, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../api/auth';
import { useListingList } from '../api/listings';
import { useHealth, useStats } from '../api/meta';
import { ListingCard } from '../components/ListingCard';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';

const TypeChart = lazy(() => import('../components/TypeChart'));

const LATEST = { sort: 'date', limit: 8 } as const;

export default function HomePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const health = useHealth();
  const stats = useStats();
  const latest = useListingList(LATEST);
  useDocumentTitle(t('home.documentTitle'));

  const figures = [
    { key: 'listings', icon: <FileTextOutlined />, value: stats.data?.listings.total },
    { key: 'organisations', icon: <BankOutlined />, value: stats.data?.organisations },
    { key: 'countries', icon: <GlobalOutlined />, value: stats.data?.countries },
  ] as const;

  return (
    <>
      {health.data?.demo && (
        <Alert type="warning" showIcon title={t('home.demoNotice')} style={{ marginBottom: 16 }} />
      )}
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
        <div style={{ marginTop: 16, display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Link to="/listings">
            <Button ghost>{t('home.browseAll')}</Button>
          </Link>
          <Link to={user ? '/listings/new' : '/register'}>
            <Button style={{ background: '#fff' }}>{user ? t('home.ctaPublish') : t('home.ctaRegister')}</Button>
          </Link>
        </div>
      </section>

      <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
        {figures.map((f) => (
          <Col xs={24} sm={8} key={f.key}>
            <Card>
              <Skeleton loading={stats.isPending} active paragraph={false}>
                <Statistic
                  title={t(`home.stats.${f.key}`)}
                  value={f.value ?? 0}
                  prefix={f.icon}
                  formatter={(v) => fmt.number(Number(v))}
                />
              </Skeleton>
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('home.chartTitle')} style={{ height: '100%' }}>
            {stats.data ? (
              <Suspense fallback={<Skeleton active />}>
                <TypeChart byType={stats.data.listings.byType} />
              </Suspense>
            ) : (
              <Skeleton active />
            )}
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
              {t('home.chartHint')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={t('home.latestTitle')}
            extra={
              <Link to="/listings?sort=date">
                {t('home.viewAll')} <ArrowRightOutlined />
              </Link>
            }
          >
            {latest.isPending ? (
              <Skeleton active />
            ) : latest.data?.items.length ? (
              <Row gutter={[12, 12]}>
                {latest.data.items.map((listing) => (
                  <Col xs={24} md={12} key={listing.id}>
                    <ListingCard listing={listing} />
                  </Col>
                ))}
              </Row>
            ) : (
              <Empty description={t('listings.noResults')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
