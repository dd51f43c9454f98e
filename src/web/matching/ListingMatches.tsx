/**
 * "Matching listings" on a listing's page: its stored matches the reader may see, best first, with
 * filters. States: not published (no matches), being computed (polled), none, none for these filters;
 * visitors without an account see public matches and are invited to log in for the rest.
 */
import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { complementsOf } from '../../domain/matching/pairs';
import { useMe } from '../api/auth';
import { type MatchFilterValues, useListingMatches } from '../api/matching';
import type { Listing } from '../api/types';
import { LinkButton } from '../components/LinkButton';
import { InlineError } from './InlineError';
import { MatchFilters } from './MatchFilters';
import { MatchItem } from './MatchItem';

function LoginPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('matching.listing.loginPrompt')}
      action={
        <LinkButton to={`/login?next=${next}`} size="small" type="primary">
          {t('nav.login')}
        </LinkButton>
      }
    />
  );
}

export function ListingMatches({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const user = useMe().data?.user ?? null;
  const [filters, setFilters] = useState<MatchFilterValues>({});
  const query = useListingMatches(listing.id, filters);
  const data = query.data;
  const filtered = Boolean(filters.type?.length || filters.country?.length || filters.minScore);
  const subject = { title: listing.title, summary: listing.summary, language: listing.language };

  const body = () => {
    if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
    if (query.isError) return <InlineError error={query.error} onRetry={() => void query.refetch()} />;
    if (!data?.listing.live) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.listing.notLive')} />;
    if (data.items.length === 0 && data.listing.pending) {
      return (
        <Flex gap={8} align="center" className="muted" role="status">
          <LoadingOutlined aria-hidden /> {t('matching.listing.pending')}
        </Flex>
      );
    }
    if (data.items.length === 0) {
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('matching.listing.emptyFiltered') : t('matching.listing.empty')} />;
    }
    return (
      <div className="match-list">
        {data.items.map((m, i) => (
          <MatchItem key={m.id ?? i} match={m} subject={subject} textsOpen={i === 0} />
        ))}
      </div>
    );
  };

  return (
    <Card
      title={t('matching.listing.title')}
      style={{ marginTop: 16 }}
      extra={data?.listing.pending && data.items.length > 0 ? <Tag icon={<LoadingOutlined aria-hidden />}>{t('matching.listing.updating')}</Tag> : null}
      data-testid="listing-matches"
    >
      {!user && <LoginPrompt />}
      {data?.listing.live && (
        <MatchFilters value={filters} onChange={setFilters} types={complementsOf(listing.type)} />
      )}
      {body()}
    </Card>
  );
}
