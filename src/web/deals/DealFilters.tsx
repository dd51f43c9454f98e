/** The filters above the board and the table, kept in the page's URL. */
import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEAL_TYPES, type DealType } from '../../domain/deals/vocab';
import type { DealFilters } from '../api/deals';
import { useEvents } from '../api/events';
import { pickText } from '../events/localised';
import { OrganisationPicker } from '../events/registrations/OrganisationPicker';
import { useFormat } from '../i18n/format';
import { toMajor, toMinor } from './DealBits';

export function DealFilterBar({ filters, reportingCurrency, onChange }: { filters: DealFilters; reportingCurrency: string; onChange: (next: Partial<DealFilters>) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const events = useEvents({ when: 'all', mine: true });
  const major = (v: number | undefined) => (v === undefined ? null : toMajor(v, reportingCurrency));
  const minor = (v: number | null) => (v === null || v === undefined ? undefined : toMinor(v, reportingCurrency));
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search allowClear placeholder={t('deals.filter.search')} aria-label={t('deals.filter.search')} defaultValue={filters.q} onSearch={(q) => onChange({ q: q.trim() || undefined, page: 1 })} style={{ width: 220 }} />
      <Select<DealType[]>
        mode="multiple"
        allowClear
        placeholder={t('deals.field.type')}
        aria-label={t('deals.field.type')}
        value={filters.type ?? []}
        onChange={(type) => onChange({ type: type.length ? type : undefined, page: 1 })}
        options={DEAL_TYPES.map((s) => ({ value: s, label: t(`deals.type.${s}`) }))}
        style={{ minWidth: 180 }}
        maxTagCount="responsive"
      />
      <Select
        allowClear
        placeholder={t('deals.field.event')}
        aria-label={t('deals.field.event')}
        value={filters.eventId}
        onChange={(eventId: string | undefined) => onChange({ eventId, page: 1 })}
        options={(events.data?.items ?? []).map((e) => ({ value: e.id, label: pickText(e.title, fmt.lang, e.defaultLanguage).text }))}
        style={{ width: 220 }}
      />
      <OrganisationPicker allowClear placeholder={t('deals.filter.party')} aria-label={t('deals.filter.party')} value={filters.organisationId} onChange={(organisationId: string | undefined) => onChange({ organisationId, page: 1 })} style={{ width: 200 }} />
      <Space.Compact>
        <Select
          aria-label={t('deals.filter.dateField')}
          value={filters.dateField ?? 'created'}
          onChange={(dateField: DealFilters['dateField']) => onChange({ dateField, page: 1 })}
          options={(['created', 'expected_close', 'signed'] as const).map((f) => ({ value: f, label: t(`deals.filter.date.${f}`) }))}
          style={{ width: 150 }}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD'), page: 1 })}
        />
      </Space.Compact>
      <Space.Compact>
        <InputNumber min={0} placeholder={t('deals.filter.minValue', { currency: reportingCurrency })} aria-label={t('deals.filter.minValue', { currency: reportingCurrency })} value={major(filters.minValue)} onChange={(v) => onChange({ minValue: minor(v), page: 1 })} style={{ width: 150 }} />
        <InputNumber min={0} placeholder={t('deals.filter.maxValue', { currency: reportingCurrency })} aria-label={t('deals.filter.maxValue', { currency: reportingCurrency })} value={major(filters.maxValue)} onChange={(v) => onChange({ maxValue: minor(v), page: 1 })} style={{ width: 150 }} />
      </Space.Compact>
    </Space>
  );
}
