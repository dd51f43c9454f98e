/** Labels of matching's vocabularies in the UI language (listing types reuse the listings' labels). */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackReason, MatchTargetType, Signal } from '../api/matching';
import { useEnumLabel } from '../components/Labels';

export function useMatchingLabels() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const targetType = useCallback(
    (type: MatchTargetType | string) =>
      type === 'organisation' || type === 'investor' ? t(`matching.targetType.${type}`) : label('listingType', type),
    [t, label],
  );
  const signal = useCallback((s: Signal) => t(`matching.signal.${s}`), [t]);
  const signalHint = useCallback((s: Signal) => t(`matching.signalHint.${s}`), [t]);
  const reason = useCallback((r: FeedbackReason) => t(`matching.reason.${r}`), [t]);
  return useMemo(() => ({ targetType, signal, signalHint, reason }), [targetType, signal, signalHint, reason]);
}

/** A 0..1 value as a whole percentage in the UI language. */
export function usePercent(): (value: number) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const format = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }), [lang]);
  return useCallback((value: number) => format.format(value), [format]);
}

/** Joins names the way the UI language lists them ("a, b and c", "a、b和c"). */
export function useListJoin(): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const format = useMemo(() => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }), [lang]);
  return useCallback((items: readonly string[]) => format.format(items), [format]);
}
