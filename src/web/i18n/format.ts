/** Locale-aware formatting with the active UI language (dates, numbers, money, countries, languages). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../api/types';
import type { UiLanguage } from './detect';
import { asUiLanguage } from './detect';

export interface Formatters {
  lang: UiLanguage;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  number: (n: number | null | undefined) => string;
  money: (amount: number | null | undefined, currency: string) => string;
  country: (code: string | null | undefined) => string;
  language: (code: string | null | undefined) => string;
  currencyName: (code: string) => string;
  concept: (concept: Concept | undefined, fallbackCode: string) => string;
}

function safeDisplayNames(lang: string, type: Intl.DisplayNamesType): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type });
  } catch {
    return null;
  }
}

/** Dates without a time (YYYY-MM-DD) are calendar dates: format them in UTC so they never shift a day. */
function parseDate(iso: string): { date: Date; dateOnly: boolean } | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly };
}

export function makeFormatters(lang: UiLanguage): Formatters {
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateUtcFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFmt = new Intl.NumberFormat(lang);
  const regions = safeDisplayNames(lang, 'region');
  const languages = safeDisplayNames(lang, 'language');
  const currencies = safeDisplayNames(lang, 'currency');
  return {
    lang,
    date: (iso) => {
      const parsed = iso ? parseDate(iso) : null;
      if (!parsed) return '';
      return (parsed.dateOnly ? dateUtcFmt : dateFmt).format(parsed.date);
    },
    dateTime: (iso) => {
      const parsed = iso ? parseDate(iso) : null;
      return parsed ? dateTimeFmt.format(parsed.date) : '';
    },
    number: (n) => (n === null || n === undefined ? '' : numberFmt.format(n)),
    money: (amount, currency) => {
      if (amount === null || amount === undefined) return '';
      try {
        return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
      } catch {
        return `${numberFmt.format(amount)} ${currency}`;
      }
    },
    country: (code) => {
      if (!code) return '';
      try {
        return regions?.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    language: (code) => {
      if (!code) return '';
      try {
        return languages?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    currencyName: (code) => {
      try {
        return currencies?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    concept: (concept, fallbackCode) => concept?.labels[lang] || concept?.labels.en || fallbackCode,
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = asUiLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return useMemo(() => makeFormatters(lang), [lang]);
}
