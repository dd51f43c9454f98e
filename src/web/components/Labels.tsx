/** Small presentational pieces: enum labels, status/type tags, verified badge, concept tags. */
import {
  BulbOutlined,
  CheckCircleFilled,
  DollarOutlined,
  FilterFilled,
  IdcardOutlined,
  ProjectOutlined,
  SearchOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../api/meta';
import type { ListingStatus, ListingType } from '../api/types';
import type { EnumGroup } from '../i18n/enums';
import { useFormat } from '../i18n/format';

export function useEnumLabel(): (group: EnumGroup, value: string) => string {
  const { t } = useTranslation();
  return useCallback((group, value) => t(`enum.${group}.${value}`, { defaultValue: value }), [t]);
}

const STATUS_COLORS: Record<ListingStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  rejected: 'error',
  closed: 'default',
  expired: 'warning',
};

export function StatusTag({ status }: { status: ListingStatus }) {
  const label = useEnumLabel();
  return <Tag color={STATUS_COLORS[status]}>{label('listingStatus', status)}</Tag>;
}

export const TYPE_COLORS: Record<ListingType, string> = {
  technology_offer: '#1d4ed8',
  technology_need: '#c2410c',
  project: '#7c3aed',
  job: '#0f766e',
  talent: '#be185d',
  partner_request: '#4d7c0f',
  funding_call: '#b45309',
};

export const TYPE_ICONS: Record<ListingType, ReactNode> = {
  technology_offer: <BulbOutlined aria-hidden />,
  technology_need: <SearchOutlined aria-hidden />,
  project: <ProjectOutlined aria-hidden />,
  job: <SolutionOutlined aria-hidden />,
  talent: <IdcardOutlined aria-hidden />,
  partner_request: <TeamOutlined aria-hidden />,
  funding_call: <DollarOutlined aria-hidden />,
};

export function TypeTag({ type }: { type: ListingType }) {
  const label = useEnumLabel();
  return (
    <Tag color={TYPE_COLORS[type]} style={{ marginInlineEnd: 0 }}>
      {label('listingType', type)}
    </Tag>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  if (!verified) return null;
  return (
    <Tooltip title={t('org.verifiedHint')}>
      <Tag color="green" icon={<CheckCircleFilled aria-hidden />}>
        {t('org.verified')}
      </Tag>
    </Tooltip>
  );
}

/** Marks records of the demo data set wherever they are shown. */
export function DemoTag({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Tooltip title={t('app.demoHint')}>
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        {t('app.demoBadge')}
      </Tag>
    </Tooltip>
  );
}

/**
 * A table column's filter button icon, named in the UI language ("Filter by Status"): antd's default
 * icon is the button's only content and would name it "filter" in every language.
 */
export function useFilterIcon(): (column: string) => () => ReactNode {
  const { t } = useTranslation();
  return useCallback(
    (column: string) => () => <FilterFilled aria-label={t('common.filterBy', { column })} />,
    [t],
  );
}

export function ConceptTags({ codes, color, max }: { codes: string[]; color?: string; max?: number }) {
  const { taxonomy } = useTaxonomy();
  const fmt = useFormat();
  const shown = max ? codes.slice(0, max) : codes;
  return (
    <>
      {shown.map((code) => (
        <Tag key={code} color={color} style={{ marginBottom: 4 }}>
          {fmt.concept(taxonomy.byCode.get(code), code)}
        </Tag>
      ))}
      {max && codes.length > max && <Tag style={{ marginBottom: 4 }}>+{codes.length - max}</Tag>}
    </>
  );
}
