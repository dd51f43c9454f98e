/** The facet panel of the listing search: checkboxes with counts, TRL range, deadline. */
import { Button, Checkbox, DatePicker, Slider } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingFilters } from '../api/listings';
import { useTaxonomy } from '../api/meta';
import type { FacetBucket, ListingFacets as Facets } from '../api/types';
import { useFormat } from '../i18n/format';
import type { MultiFilter } from '../listings/filters';
import { useEnumLabel } from './Labels';

interface Props {
  filters: ListingFilters;
  facets: Facets | undefined;
  showStatus: boolean;
  onChange: (next: ListingFilters) => void;
}

const COLLAPSED = 8;

function FacetGroup(props: {
  title: string;
  name: MultiFilter;
  buckets: FacetBucket[] | undefined;
  selected: string[];
  label: (value: string) => string;
  onToggle: (name: MultiFilter, values: string[]) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [expanded, setExpanded] = useState(false);
  const buckets = [...(props.buckets ?? [])];
  for (const value of props.selected) {
    if (!buckets.some((b) => b.value === value)) buckets.push({ value, count: 0 });
  }
  if (!buckets.length) return null;
  const shown = expanded ? buckets : buckets.slice(0, COLLAPSED);
  return (
    <div className="facet-group" role="group" aria-label={props.title}>
      <div className="facet-title">{props.title}</div>
      <Checkbox.Group
        value={props.selected}
        onChange={(values) => props.onToggle(props.name, values as string[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
      >
        {shown.map((b) => (
          <Checkbox key={b.value} value={b.value}>
            {props.label(b.value)} <span className="muted">({fmt.number(b.count)})</span>
          </Checkbox>
        ))}
      </Checkbox.Group>
      {buckets.length > COLLAPSED && (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('listings.showFewer') : t('listings.showMore', { n: buckets.length - COLLAPSED })}
        </Button>
      )}
    </div>
  );
}

export function ListingFacets({ filters, facets, showStatus, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const { taxonomy } = useTaxonomy();

  const toggle = (name: MultiFilter, values: string[]) => onChange({ ...filters, [name]: values.length ? values : undefined });
  const [trl, setTrl] = useState<number[]>([filters.trlMin ?? 1, filters.trlMax ?? 9]);
  useEffect(() => setTrl([filters.trlMin ?? 1, filters.trlMax ?? 9]), [filters.trlMin, filters.trlMax]);

  return (
    <div>
      <FacetGroup
        title={t('listings.facet.type')}
        name="type"
        buckets={facets?.type}
        selected={filters.type ?? []}
        label={(v) => label('listingType', v)}
        onToggle={toggle}
      />
      {showStatus && (
        <FacetGroup
          title={t('listings.facet.status')}
          name="status"
          buckets={facets?.status}
          selected={filters.status ?? []}
          label={(v) => label('listingStatus', v)}
          onToggle={toggle}
        />
      )}
      <FacetGroup
        title={t('listings.facet.sector')}
        name="sector"
        buckets={facets?.sector}
        selected={filters.sector ?? []}
        label={(v) => fmt.concept(taxonomy.byCode.get(v), v)}
        onToggle={toggle}
      />
      <FacetGroup
        title={t('listings.facet.country')}
        name="country"
        buckets={facets?.country}
        selected={filters.country ?? []}
        label={(v) => fmt.country(v)}
        onToggle={toggle}
      />
      <FacetGroup
        title={t('listings.facet.language')}
        name="language"
        buckets={facets?.language}
        selected={filters.language ?? []}
        label={(v) => fmt.language(v)}
        onToggle={toggle}
      />
      <div className="facet-group">
        <div className="facet-title" id="facet-trl">
          {t('listings.facet.trl')}
        </div>
        <Slider
          range
          min={1}
          max={9}
          marks={{ 1: '1', 3: '3', 5: '5', 7: '7', 9: '9' }}
          value={trl}
          onChange={(value) => setTrl(value as number[])}
          aria-labelledby="facet-trl"
          onChangeComplete={(value) => {
            const [min, max] = value as number[];
            onChange({
              ...filters,
              trlMin: min !== undefined && min > 1 ? min : undefined,
              trlMax: max !== undefined && max < 9 ? max : undefined,
            });
          }}
        />
        <div className="muted" style={{ fontSize: 12 }}>
          {t('listings.trlHint')}
        </div>
      </div>
      <div className="facet-group">
        <div className="facet-title">{t('listings.facet.deadlineBefore')}</div>
        <DatePicker
          style={{ width: '100%' }}
          value={filters.deadlineBefore ? dayjs(filters.deadlineBefore) : null}
          aria-label={t('listings.facet.deadlineBefore')}
          onChange={(d) => onChange({ ...filters, deadlineBefore: d ? d.format('YYYY-MM-DD') : undefined })}
        />
      </div>
    </div>
  );
}
