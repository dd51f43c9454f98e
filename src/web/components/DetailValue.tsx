/** Renders one `details` value of a listing according to its field description. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import type { DetailField } from '../listings/fields';
import { useEnumLabel } from './Labels';

interface MoneyLike {
  amount?: number;
  min?: number;
  max?: number;
  currency?: string;
  period?: string;
}

interface Degree {
  level: string;
  field: string;
  institution?: string;
  year?: number;
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function DetailValue({ field, value }: { field: DetailField; value: unknown }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();

  const range = (m: MoneyLike) => {
    const currency = m.currency ?? '';
    if (m.min !== undefined && m.max !== undefined) return `${fmt.money(m.min, currency)} – ${fmt.money(m.max, currency)}`;
    if (m.min !== undefined) return t('listing.fromAmount', { amount: fmt.money(m.min, currency) });
    if (m.max !== undefined) return t('listing.upToAmount', { amount: fmt.money(m.max, currency) });
    return `${currency} · ${fmt.currencyName(currency)}`;
  };

  switch (field.kind) {
    case 'int':
      return <>{fmt.number(value as number)}</>;
    case 'text':
      return <span>{String(value)}</span>;
    case 'textarea':
      return <div className="pre-wrap">{String(value)}</div>;
    case 'enum':
      return <>{field.group ? label(field.group, String(value)) : String(value)}</>;
    case 'enumMulti':
      return (
        <>
          {(value as string[]).map((v) => (
            <Tag key={v} style={{ marginBottom: 4 }}>
              {field.group ? label(field.group, v) : v}
            </Tag>
          ))}
        </>
      );
    case 'tags':
      return (
        <>
          {(value as string[]).map((v) => (
            <Tag key={v}>{v}</Tag>
          ))}
        </>
      );
    case 'date':
      return <>{fmt.date(String(value))}</>;
    case 'money': {
      const m = value as MoneyLike;
      return <>{fmt.money(m.amount, m.currency ?? '')}</>;
    }
    case 'moneyRange':
      return <>{range(value as MoneyLike)}</>;
    case 'salary': {
      const m = value as MoneyLike;
      return (
        <>
          {range(m)} {m.period ? `· ${label('salaryPeriod', m.period)}` : ''}
        </>
      );
    }
    case 'bool':
      return <>{value ? t('common.yes') : t('common.no')}</>;
    case 'country':
      return <>{fmt.country(String(value))}</>;
    case 'languages':
      return (
        <>
          {(value as string[]).map((code) => (
            <Tag key={code}>{fmt.language(code)}</Tag>
          ))}
        </>
      );
    case 'degrees':
      return (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {(value as Degree[]).map((d, i) => (
            <li key={i}>
              <strong>{label('degreeLevel', d.level)}</strong>, {d.field}
              {d.institution ? ` — ${d.institution}` : ''}
              {d.year ? ` (${d.year})` : ''}
            </li>
          ))}
        </ul>
      );
  }
}
