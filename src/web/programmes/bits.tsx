/** Small shared pieces of the programmes pages: tags, money in minor units, localised titles. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ProgrammeKind, ProgrammeStatus } from '../../domain/programmes/vocab';
import { useFormat } from '../i18n/format';

const STATUS_COLOURS: Record<ProgrammeStatus, string> = { draft: 'default', open: 'green', closed: 'orange', decided: 'blue', archived: 'default' };
const APPLICATION_COLOURS: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  withdrawn: 'default',
  funded: 'green',
  rejected: 'red',
  revise_and_resubmit: 'orange',
};

export function ProgrammeKindTag({ kind }: { kind: ProgrammeKind }) {
  const { t } = useTranslation();
  return <Tag color="purple">{t(`programmes.kind.${kind}`)}</Tag>;
}

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`programmes.status.${status}`)}</Tag>;
}

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Tag color={APPLICATION_COLOURS[status]}>{t(`programmes.applicationStatus.${status}`)}</Tag>;
}

/** Amounts are stored in minor units (cents, fen); currencies without minor units are shown as they are. */
export function useMoney(): (amountMinor: number | null | undefined, currency: string | null) => string {
  const fmt = useFormat();
  return (amountMinor, currency) => {
    if (amountMinor === null || amountMinor === undefined) return '–';
    const whole = currency && ['JPY', 'KRW', 'VND'].includes(currency) ? amountMinor : amountMinor / 100;
    return currency ? fmt.money(whole, currency) : fmt.number(whole);
  };
}
