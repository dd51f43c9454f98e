import { useTranslation } from 'react-i18next';
import type { DealType } from '../../domain/deals/vocab';

export function DealTypeLabel({ type }: { type: DealType }) {
  const { t } = useTranslation();
  return <>{t(`deals.type.${type}`)}</>;
}
