/** Labels the reports need from the taxonomy. */
import { useCallback } from 'react';
import { useTaxonomy } from '../api/meta';
import { useFormat } from '../i18n/format';

export function useMeta() {
  const { taxonomy } = useTaxonomy();
  const fmt = useFormat();
  const sectorLabel = useCallback((code: string) => fmt.concept(taxonomy.byCode.get(code), code), [taxonomy, fmt]);
  return { sectorLabel };
}
