/** Small shared pieces of the registry pages: tags, filters in the URL, the tab bar between registries. */
import { Segmented, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { AgreementKind, AgreementStatus } from '../../domain/agreements/vocab';
import type { TrainingMode } from '../../domain/trainings/vocab';

const KIND_COLORS: Record<AgreementKind, string> = {
  framework_agreement: 'blue',
  mou: 'cyan',
  joint_lab: 'purple',
  incubation_platform: 'gold',
  technology_transfer_platform: 'orange',
  other: 'default',
};
const STATUS_COLORS: Record<AgreementStatus, string> = { in_force: 'green', expired: 'default', terminated: 'red' };

export function AgreementKindTag({ kind }: { kind: AgreementKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`registries.kind.${kind}`)}</Tag>;
}

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`registries.status.${status}`)}</Tag>;
}

export function ModeTag({ mode }: { mode: TrainingMode }) {
  const { t } = useTranslation();
  return <Tag color={mode === 'online' ? 'geekblue' : mode === 'hybrid' ? 'purple' : 'green'}>{t(`registries.mode.${mode}`)}</Tag>;
}

/** Filters kept in the query string, so a filtered list can be linked and reloaded. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((name: string) => params.get(name) ?? undefined, [params]);
  const set = useCallback(
    (name: string, value: string | number | undefined | null) => {
      const next = new URLSearchParams(params);
      if (value !== undefined && value !== null && value !== '') next.set(name, String(value));
      else next.delete(name);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return { get, set };
}

export function RegistryTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const value = pathname.startsWith('/registries/trainings') ? 'trainings' : 'agreements';
  return (
    <Segmented
      value={value}
      onChange={(v) => void navigate(`/registries/${v}`)}
      options={[
        { value: 'agreements', label: t('registries.agreements.title') },
        { value: 'trainings', label: t('registries.trainings.title') },
      ]}
      style={{ marginBottom: 16 }}
    />
  );
}

export const YEAR_OPTIONS = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => to - i).map((y) => ({ value: y, label: String(y) }));
