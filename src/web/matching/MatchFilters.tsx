/** Filters of a list of matches: what type, from which countries, from what score. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATCH_TARGET_TYPES } from '../../domain/matching/vocab';
import type { MatchFilterValues, MatchTargetType } from '../api/matching';
import { CountrySelect } from '../components/Pickers';
import { useMatchingLabels, usePercent } from './labels';

const MIN_SCORES = [0.2, 0.3, 0.4, 0.5, 0.6];

export function MatchFilters({ value, onChange, types = MATCH_TARGET_TYPES }: { value: MatchFilterValues; onChange: (next: MatchFilterValues) => void; types?: readonly MatchTargetType[] }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const percent = usePercent();
  return (
    <div className="match-filters" role="group" aria-label={t('matching.filters.title')}>
      <Select<MatchTargetType[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={value.type ?? []}
        onChange={(type) => onChange({ ...value, type: type.length ? type : undefined })}
        placeholder={t('matching.filters.type')}
        aria-label={t('matching.filters.type')}
        options={types.map((type) => ({ value: type, label: labels.targetType(type) }))}
      />
      <CountrySelect
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={value.country ?? []}
        onChange={(country) => {
          const list = Array.isArray(country) ? country : [country];
          onChange({ ...value, country: list.length ? list : undefined });
        }}
        placeholder={t('matching.filters.country')}
        aria-label={t('matching.filters.country')}
      />
      <Select<number>
        value={value.minScore ?? 0}
        onChange={(minScore) => onChange({ ...value, minScore: minScore || undefined })}
        aria-label={t('matching.filters.minScore')}
        options={[
          { value: 0, label: t('matching.filters.anyScore') },
          ...MIN_SCORES.map((s) => ({ value: s, label: t('matching.filters.atLeast', { score: percent(s) }) })),
        ]}
      />
    </div>
  );
}
