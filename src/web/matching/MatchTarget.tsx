/**
 * The matched listing or organisation: type, title (with its matched words marked), who publishes it (an
 * anonymous listing names no organisation) and where from.
 */
import { EnvironmentOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Match } from '../api/matching';
import { TypeTag, VerifiedBadge, useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';
import { Highlighted, spansFor } from './Highlighted';
import { useMatchingLabels } from './labels';

export function MatchTarget({ match }: { match: Match }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const labels = useMatchingLabels();
  const { listing, organisation } = match.target;
  const terms = match.explanation.matchedTerms;

  if (listing) {
    return (
      <div className="match-target">
        <Flex gap={6} wrap align="center">
          <TypeTag type={listing.type} />
          {listing.trl !== null && <span className="muted">{t('listing.trlShort', { trl: listing.trl })}</span>}
          {listing.deadline && <span className="muted">{t('listing.deadlineOn', { date: fmt.date(listing.deadline) })}</span>}
        </Flex>
        <Link to={`/listings/${listing.id}`} className="match-title">
          <Highlighted text={listing.title} spans={spansFor(terms, 'candidate', listing.title, 'title')} lang={listing.language} />
        </Link>
        <div className="muted match-owner">
          {listing.organisation ? (
            <>
              <Link to={`/organisations/${listing.organisation.id}`}>{listing.organisation.name}</Link>
              {' · '}
              <EnvironmentOutlined aria-hidden /> {fmt.country(listing.country)} <VerifiedBadge verified={listing.organisation.verified} />
            </>
          ) : (
            <>
              <EyeInvisibleOutlined aria-hidden /> {t('listing.anonymousOrganisation')} · <EnvironmentOutlined aria-hidden /> {fmt.country(listing.country)}
            </>
          )}
        </div>
      </div>
    );
  }
  if (!organisation) return null;
  return (
    <div className="match-target">
      <Flex gap={6} wrap align="center">
        <Tag color="cyan" style={{ marginInlineEnd: 0 }}>
          {labels.targetType(match.target.type)}
        </Tag>
        <span className="muted">{label('organisationType', organisation.type)}</span>
      </Flex>
      <Link to={`/organisations/${organisation.id}`} className="match-title">
        <Highlighted text={organisation.name} spans={spansFor(terms, 'candidate', organisation.name, 'name')} />
      </Link>
      <div className="muted match-owner">
        <EnvironmentOutlined aria-hidden /> {[organisation.city, fmt.country(organisation.country)].filter(Boolean).join(', ')}{' '}
        <VerifiedBadge verified={organisation.verified} />
      </div>
    </div>
  );
}
