/** One listing in a grid: type, title, owner, summary, sectors and key dates. */
import { CalendarOutlined, EnvironmentOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Listing } from '../api/types';
import { useFormat } from '../i18n/format';
import { ConceptTags, DemoTag, StatusTag, TypeTag } from './Labels';

/** Shows the author's translation in the UI language when there is one. */
export function useLocalisedText(listing: Pick<Listing, 'title' | 'summary' | 'language' | 'translations'>) {
  const { lang } = useFormat();
  const translation = listing.language === lang ? undefined : listing.translations.find((tr) => tr.language === lang);
  return translation
    ? { title: translation.title, summary: translation.summary, translated: true, language: translation.language }
    : { title: listing.title, summary: listing.summary, translated: false, language: listing.language };
}

export function ListingCard({ listing, showStatus = false }: { listing: Listing; showStatus?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text = useLocalisedText(listing);
  const deadline = listing.deadline;
  return (
    <Card className="listing-card" hoverable size="small">
      <Flex gap={6} wrap align="center">
        <TypeTag type={listing.type} />
        {showStatus && <StatusTag status={listing.status} />}
        <DemoTag demo={listing.demo} />
        {listing.trl !== null && <span className="muted">{t('listing.trlShort', { trl: listing.trl })}</span>}
      </Flex>
      <Link to={`/listings/${listing.id}`} className="listing-card-title">
        <span lang={text.language}>{text.title}</span>
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {listing.organisation ? (
          <>
            {listing.organisation.name} · <EnvironmentOutlined aria-hidden /> {fmt.country(listing.organisation.country)}
          </>
        ) : (
          <>
            <EyeInvisibleOutlined aria-hidden /> {t('listing.anonymousOrganisation')}
          </>
        )}
      </Typography.Text>
      <p className="listing-card-summary clamp-3" lang={text.language}>
        {text.summary}
      </p>
      <div style={{ marginTop: 'auto' }}>
        <ConceptTags codes={listing.sectors} max={3} />
      </div>
      <Flex gap={12} wrap className="muted" style={{ fontSize: 12 }}>
        {listing.publishedAt && <span>{t('listing.publishedOn', { date: fmt.date(listing.publishedAt) })}</span>}
        {!listing.publishedAt && <span>{t('listing.updatedOn', { date: fmt.date(listing.updatedAt) })}</span>}
        {deadline && (
          <span>
            <CalendarOutlined aria-hidden /> {t('listing.deadlineOn', { date: fmt.date(deadline) })}
          </span>
        )}
      </Flex>
    </Card>
  );
}
