/** A saved search's filters as short tags (words, types, sectors, countries, TRL, deadlines). */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListingSearchFilters } from '../api/alerts';
import { useTaxonomy } from '../api/meta';
import { useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';

export function FilterSummary({ filters }: { filters: ListingSearchFilters }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const { taxonomy } = useTaxonomy();
  const tags: string[] = [];
  if (filters.q) tags.push(t('alerts.filters.q', { q: filters.q }));
  for (const type of filters.type ?? []) tags.push(label('listingType', type));
  for (const code of [...(filters.sector ?? []), ...(filters.keyword ?? [])]) tags.push(fmt.concept(taxonomy.byCode.get(code), code));
  for (const country of filters.country ?? []) tags.push(fmt.country(country));
  for (const language of filters.language ?? []) tags.push(fmt.language(language));
  if (filters.trlMin !== undefined) tags.push(t('alerts.filters.trlMin', { n: filters.trlMin }));
  if (filters.trlMax !== undefined) tags.push(t('alerts.filters.trlMax', { n: filters.trlMax }));
  if (filters.deadlineAfter) tags.push(t('alerts.filters.deadlineAfter', { date: fmt.date(filters.deadlineAfter) }));
  if (filters.deadlineBefore) tags.push(t('alerts.filters.deadlineBefore', { date: fmt.date(filters.deadlineBefore) }));
  if (filters.organisationId) tags.push(t('alerts.filters.organisation'));
  if (tags.length === 0) return <Typography.Text type="secondary">{t('alerts.filters.none')}</Typography.Text>;
  return (
    <span className="alert-filters">
      {tags.map((text, i) => (
        <Tag key={`${i}-${text}`} style={{ marginBottom: 4 }}>
          {text}
        </Tag>
      ))}
    </span>
  );
}
