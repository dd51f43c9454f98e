/** Small pieces of the deals area: stage and type tags, money in major units, event titles. */
import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../domain/deals/money';
import type { DealStage } from '../../domain/deals/vocab';
import type { DealSummaryDto, DealValueDto } from '../api/deals';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';

export const STAGE_COLORS: Record<DealStage, string> = {
  contact: 'default',
  meeting_held: 'blue',
  cooperation_intention: 'geekblue',
  agreement_signed: 'green',
  in_execution: 'cyan',
  completed: 'success',
  dropped: 'error',
};

/** Column accents of the board. */
export const STAGE_ACCENTS: Record<DealStage, string> = {
  contact: '#8c8c8c',
  meeting_held: '#1677ff',
  cooperation_intention: '#2f54eb',
  agreement_signed: '#52c41a',
  in_execution: '#13c2c2',
  completed: '#389e0d',
  dropped: '#ff4d4f',
};

export function StageTag({ stage }: { stage: DealStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`deals.stage.${stage}`)}</Tag>;
}

export const toMajor = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);
export const toMinor = (major: number, currency: string) => Math.round(major * 10 ** minorDigits(currency));

/** Money from minor units, with the currency's own decimals. */
export function useMoney(): (minor: number | null | undefined, currency: string) => string {
  const fmt = useFormat();
  return useCallback(
    (minor, currency) => {
      if (minor === null || minor === undefined) return '';
      const digits = minorDigits(currency);
      try {
        return new Intl.NumberFormat(fmt.lang, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: digits }).format(toMajor(minor, currency));
      } catch {
        return `${fmt.number(toMajor(minor, currency))} ${currency}`;
      }
    },
    [fmt],
  );
}

/** The value in its currency, followed by its reporting-currency equivalent when they differ. */
export function ValueText({ value }: { value: DealValueDto | null }) {
  const money = useMoney();
  const { t } = useTranslation();
  if (!value) return <span className="muted">—</span>;
  const own = money(value.amountMinor, value.currency);
  const c = value.conversion;
  if (!c) return <span>{own} <Tag color="warning">{t('deals.detail.unconverted')}</Tag></span>;
  if (c.reportingCurrency === value.currency) return <span>{own}</span>;
  return (
    <span>
      {own} <span className="muted">≈ {money(c.reportingAmountMinor, c.reportingCurrency)}</span>
    </span>
  );
}

export function useEventTitle(): (event: DealSummaryDto['event']) => string {
  const fmt = useFormat();
  return useCallback((event) => (event ? pickText(event.title, fmt.lang, event.defaultLanguage).text : ''), [fmt.lang]);
}

/** The other parties' names, for cards and table cells. */
export function partnerNames(deal: DealSummaryDto): string {
  return deal.parties.map((p) => p.name).join(' · ');
}
