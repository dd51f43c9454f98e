/**
 * Chooses the UI language on first paint. public/boot-lang.js mirrors this logic in plain JS so
 * <html lang> is right before the bundle loads; keep the two in step.
 */
import { UI_LANGUAGES } from '../../domain/shared/vocab';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const STORAGE_KEY = 'innox.lang';

/** Exact (case-insensitive) match of one of the five supported codes. */
export function asUiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  return UI_LANGUAGES.find((code) => code.toLowerCase() === lower) ?? null;
}

/** Maps a browser language tag (zh-CN, de-AT, vi-VN…) to a supported UI language. */
export function fromBrowserTag(tag: string): UiLanguage | null {
  const t = tag.toLowerCase();
  const direct = asUiLanguage(t);
  if (direct) return direct;
  if (/^zh-(tw|hk|mo)\b/.test(t) || /^zh-hant\b/.test(t)) return 'zh-Hant';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-Hans';
  if (t === 'de' || t.startsWith('de-')) return 'de';
  if (t === 'vi' || t.startsWith('vi-')) return 'vi';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

export function readStoredLanguage(): UiLanguage | null {
  try {
    return asUiLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

export function queryLanguage(): UiLanguage | null {
  return asUiLanguage(new URLSearchParams(window.location.search).get('lang'));
}

export function browserLanguage(): UiLanguage | null {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of list) {
    const lang = tag ? fromBrowserTag(tag) : null;
    if (lang) return lang;
  }
  return null;
}

/** ?lang= wins, then a remembered choice, then the browser, then English. */
export function initialLanguage(): { lang: UiLanguage; fromQuery: boolean } {
  const query = queryLanguage();
  if (query) {
    storeLanguage(query);
    return { lang: query, fromQuery: true };
  }
  return { lang: readStoredLanguage() ?? browserLanguage() ?? 'en', fromQuery: false };
}
