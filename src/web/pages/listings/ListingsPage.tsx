/** Browse and search listings: query, facets, sort, load more, export. */
import { DownloadOutlined, FilterOutlined, TranslationOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Drawer, Empty, Flex, Grid, Input, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { type ListingFilters, exportUrl, useListingSearch } from '../../api/listings';
import { SaveSearchButton } from '../../alerts/SaveSearchButton';
import { ErrorResult } from '../../components/ErrorState';
import { ListingCard } from '../../components/ListingCard';
import { ListingFacets } from '../../components/ListingFacets';
import { LinkButton } from '../../components/LinkButton';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';
import { activeFilterCount, filtersFromParams, paramsFromFilters } from '../../listings/filters';

export default function ListingsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const search = useListingSearch(filters);
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useDocumentTitle(t('listings.title'));

  const update = (next: ListingFilters) => setParams(paramsFromFilters(next), { replace: true });
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  const filterCount = activeFilterCount(filters);
  const desktop = Boolean(screens.lg);

  const facets = (
    <ListingFacets
      filters={filters}
      facets={first?.facets}
      showStatus={Boolean(user?.isPlatformAdmin)}
      onChange={update}
    />
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="page-title" style={{ marginBottom: 0 }}>
          {t('listings.title')}
        </Typography.Title>
        <LinkButton to="/matching/search" icon={<TranslationOutlined aria-hidden />}>
          {t('matching.nav.search')}
        </LinkButton>
      </Flex>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        size="large"
        allowClear
        enterButton={t('common.search')}
        placeholder={t('listings.searchPlaceholder')}
        aria-label={t('listings.searchPlaceholder')}
        onSearch={(q) => update({ ...filters, q: q.trim() || undefined, sort: undefined })}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={[16, 16]}>
        {desktop && (
          <Col lg={6}>
            <Card
              size="small"
              title={t('listings.filters')}
              extra={
                filterCount > 0 && (
                  <Button type="link" size="small" onClick={() => update({ q: filters.q })}>
                    {t('listings.clearFilters')}
                  </Button>
                )
              }
            >
              {facets}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={18}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Space wrap>
              {!desktop && (
                <Badge count={filterCount} size="small">
                  <Button icon={<FilterOutlined aria-hidden />} onClick={() => setDrawerOpen(true)}>
                    {t('listings.filters')}
                  </Button>
                </Badge>
              )}
              <Typography.Text strong aria-live="polite">
                {first ? t('listings.resultCount', { total: fmt.number(first.total) }) : ' '}
              </Typography.Text>
            </Space>
            <Space wrap>
              {user && <SaveSearchButton filters={filters} />}
              <Segmented
                aria-label={t('listings.sort')}
                value={filters.sort ?? 'date'}
                onChange={(sort) => update({ ...filters, sort: sort as ListingFilters['sort'] })}
                options={[
                  { value: 'relevance', label: t('listings.sortRelevance') },
                  { value: 'date', label: t('listings.sortDate') },
                ]}
              />
              <Space.Compact>
                <Button icon={<DownloadOutlined aria-hidden />} href={exportUrl(filters, 'csv')} download>
                  CSV
                </Button>
                <Button href={exportUrl(filters, 'xlsx')} download aria-label={t('listings.exportXlsx')}>
                  XLSX
                </Button>
              </Space.Compact>
            </Space>
          </Flex>

          {search.isPending ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : search.isError ? (
            <ErrorResult error={search.error} onRetry={() => void search.refetch()} />
          ) : items.length === 0 ? (
            <Card>
              <Empty description={t('listings.noResults')}>
                {(filterCount > 0 || filters.q) && (
                  <Button onClick={() => update({})}>{t('listings.clearAll')}</Button>
                )}
              </Empty>
            </Card>
          ) : (
            <>
              <Row gutter={[12, 12]}>
                {items.map((listing) => (
                  <Col xs={24} md={12} key={listing.id}>
                    <ListingCard listing={listing} showStatus={listing.status !== 'published'} />
                  </Col>
                ))}
              </Row>
              {search.hasNextPage && (
                <Flex justify="center" style={{ marginTop: 16 }}>
                  <Button onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>
                    {t('listings.loadMore')}
                  </Button>
                </Flex>
              )}
            </>
          )}
        </Col>
      </Row>
      {!desktop && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('listings.filters')}
          placement="left"
          size={320}
          extra={
            filterCount > 0 && (
              <Button type="link" onClick={() => update({ q: filters.q })}>
                {t('listings.clearFilters')}
              </Button>
            )
          }
        >
          {facets}
        </Drawer>
      )}
    </>
  );
}
