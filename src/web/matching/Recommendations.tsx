/**
 * "Recommended for you" on the organisation dashboard: the best matches across the organisation's live
 * listings and its profile, each once, saying which of its listings (or its profile) each is for.
 */
import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MatchFilterValues, type Recommendation, useRecommendations } from '../api/matching';
import { InlineError } from './InlineError';
import { MatchFilters } from './MatchFilters';
import { MatchItem } from './MatchItem';

const PAGE = 10;

function Via({ via }: { via: Recommendation['via'] }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('matching.recommendations.for')}{' '}
      {via.map((v, i) => (
        <span key={`${v.kind}-${v.id}`}>
          {i > 0 && ' · '}
          {v.kind === 'listing' ? <Link to={`/listings/${v.id}`}>{v.title ?? t('matching.recommendations.yourListing')}</Link> : t('matching.recommendations.yourProfile')}
        </span>
      ))}
    </span>
  );
}

export function Recommendations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<MatchFilterValues>({ limit: PAGE });
  const query = useRecommendations(organisationId, filters);
  const items = query.data?.items ?? [];
  const filtered = Boolean(filters.type?.length || filters.country?.length || filters.minScore);

  return (
    <Card title={t('matching.recommendations.title')} style={{ marginBottom: 16 }} data-testid="recommendations">
      <Typography.Paragraph type="secondary">{t('matching.recommendations.intro')}</Typography.Paragraph>
      <MatchFilters value={filters} onChange={(next) => setFilters({ ...next, limit: PAGE })} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : query.isError ? (
        <InlineError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('matching.listing.emptyFiltered') : t('matching.recommendations.empty')} />
      ) : (
        <div className="match-list">
          {items.map((m, i) => (
            <MatchItem key={m.id ?? i} match={m} subject={null} context={<Via via={m.via} />} />
          ))}
        </div>
      )}
      {items.length >= (filters.limit ?? PAGE) && (filters.limit ?? PAGE) < 50 && (
        <Button style={{ marginTop: 12 }} onClick={() => setFilters({ ...filters, limit: Math.min(50, (filters.limit ?? PAGE) + 20) })} loading={query.isFetching}>
          {t('matching.recommendations.more')}
        </Button>
      )}
    </Card>
  );
}
