/**
 * i18next setup. Only the active language's messages are loaded (each locale is its own chunk);
 * <html lang> always mirrors the active code exactly.
 */
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES } from '../../domain/shared/vocab';
import { type UiLanguage, asUiLanguage, initialLanguage, storeLanguage } from './detect';

const loaders: Record<UiLanguage, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./locales/en.json'),
  'zh-Hans': () => import('./locales/zh-Hans.json'),
  'zh-Hant': () => import('./locales/zh-Hant.json'),
  de: () => import('./locales/de.json'),
  vi: () => import('./locales/vi.json'),
};

/**
 * Each product area (events, registrations, meetings…) keeps its messages in locales/<area>/<lang>.json
 * under its own top-level keys, so areas can grow without touching one another's files.
 */
const areaLoaders = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

async function loadMessages(lang: UiLanguage): Promise<ResourceKey> {
  const areas = Object.entries(areaLoaders)
    .filter(([path]) => path.endsWith(`/${lang}.json`))
    .map(([, load]) => load());
  const [main, ...rest] = await Promise.all([loaders[lang](), ...areas]);
  return Object.assign({}, main.default as Record<string, unknown>, ...rest.map((m) => m.default)) as ResourceKey;
}

const bundledBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const lang = asUiLanguage(language);
    if (!lang) {
      callback(null, {});
      return;
    }
    loadMessages(lang).then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function syncDocument(lang: string): void {
  const code = asUiLanguage(lang) ?? 'en';
  document.documentElement.lang = code;
  document.documentElement.dir = 'ltr';
}

export const startup = initialLanguage();

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', syncDocument);
  await i18next
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      lng: startup.lang,
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      load: 'currentOnly',
      nonExplicitSupportedLngs: false,
      ns: ['translation'],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  syncDocument(i18next.language);
  return i18next;
}

/** Changes the UI language and remembers it on this device. */
export async function setUiLanguage(lang: UiLanguage): Promise<void> {
  storeLanguage(lang);
  await i18next.changeLanguage(lang);
}

export { UI_LANGUAGES };
export type { UiLanguage };

/** Language names shown in the switcher, each in its own language (not translated, by convention). */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  de: 'Deutsch',
  vi: 'Tiếng Việt',
};
