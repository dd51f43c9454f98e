/** The scope of a report: the whole platform (admins) or one of the user's organisations. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';

export function defaultScope(user: User): string | undefined {
  return user.isPlatformAdmin ? 'platform' : user.memberships[0]?.organisationId;
}

export function ScopeSelect({ user, value, onChange }: { user: User; value: string | undefined; onChange: (scope: string) => void }) {
  const { t } = useTranslation();
  const options = [
    ...(user.isPlatformAdmin ? [{ value: 'platform', label: t('reports.scopePlatform') }] : []),
    ...user.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })),
  ];
  return <Select aria-label={t('reports.scope')} style={{ minWidth: 220 }} value={value} options={options} onChange={onChange} />;
}
