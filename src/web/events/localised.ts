/**
 * Picking an event's multilingual text for the reader: the UI language if the organiser wrote it, else
 * the event's default language, else any. The caller shows which language it is when it is not the
 * reader's own (and marks it up with `lang` so screen readers and fonts follow).
 */
import { useCallback } from 'react';
import type { Localised } from '../api/events';
import { useFormat } from '../i18n/format';

export interface PickedText {
  text: string;
  lang: string;
  /** The text is not in the reader's language. */
  fallback: boolean;
}

export function pickText(text: Localised, preferred: string, defaultLanguage: string): PickedText {
  const has = (l: string) => Boolean(text[l]?.trim());
  const lang = has(preferred) ? preferred : has(defaultLanguage) ? defaultLanguage : (Object.keys(text).find(has) ?? defaultLanguage);
  return { text: text[lang] ?? '', lang, fallback: lang !== preferred };
}

/** `pick(text)` in the UI language, falling back to the event's default language. */
export function useLocalised(defaultLanguage: string, language?: string): (text: Localised) => PickedText {
  const fmt = useFormat();
  const preferred = language ?? fmt.lang;
  return useCallback((text: Localised) => pickText(text, preferred, defaultLanguage), [preferred, defaultLanguage]);
}
