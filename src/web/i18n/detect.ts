/**
 * Chooses the UI language on first paint. public/boot-lang.js mirrors this logic in plain JS so
 * <html lang> is right before the bundle loads; keep the two in step.
 */
import { UI_LANGUAGES } from '../../domain/shared/vocab';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const STORAGE_KEY = 'innox.lang';
/** A choice made on this device while logged in, until the account is known to have it too. */
const UNSAVED_KEY = 'innox.lang.unsaved';

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

/**
 * Notes that `user` chose `lang` on this device and the account may not know yet. Written synchronously,
 * with the device choice, before the account is told: if the page is reloaded or closed before the save
 * lands, the next page load sees that the device choice is the newer one and saves it again.
 */
export function markUnsavedLanguage(user: string, lang: UiLanguage): void {
  try {
    window.localStorage.setItem(UNSAVED_KEY, JSON.stringify({ user, lang }));
  } catch {
    // Storage disabled: nothing outlives the page anyway.
  }
}

/**
 * The language `user` chose on this device that their account may not have, or null. It counts only
 * while it is still this device's choice (a later ?lang= link or a choice made logged out replaces it).
 */
export function unsavedLanguage(user: string): UiLanguage | null {
  try {
    const raw = window.localStorage.getItem(UNSAVED_KEY);
    if (!raw) return null;
    const note = JSON.parse(raw) as { user?: unknown; lang?: unknown };
    const lang = asUiLanguage(typeof note.lang === 'string' ? note.lang : null);
    if (!lang || lang !== readStoredLanguage()) {
      window.localStorage.removeItem(UNSAVED_KEY);
      return null;
    }
    return note.user === user ? lang : null;
  } catch {
    return null;
  }
}

/** The account now has `lang`: forget the note, unless a later choice replaced it meanwhile. */
export function languageSaved(user: string, lang: UiLanguage): void {
  if (unsavedLanguage(user) !== lang) return;
  try {
    window.localStorage.removeItem(UNSAVED_KEY);
  } catch {
    // Storage disabled: there is no note.
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
