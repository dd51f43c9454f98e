/**
 * Keeps this device's language choice (localStorage, see i18n/detect.ts) and a logged-in account's
 * saved locale in agreement.
 *
 * - Switching language stores the choice on the device at once, notes it as not yet saved to the
 *   account, then saves it; the note is dropped when the save lands.
 * - When the session becomes known (page load, log-in), a noted choice for that user is the newest word:
 *   it stays and is saved again (the page was reloaded or closed before the save finished). Otherwise
 *   the account's locale wins over the device's, except on a page opened with an explicit ?lang=.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useMe, useSaveAccountLanguage } from '../api/auth';
import type { User } from '../api/types';
import { type UiLanguage, setUiLanguage, startup } from '../i18n';
import { asUiLanguage, languageSaved, markUnsavedLanguage, unsavedLanguage } from '../i18n/detect';

const forgetNote = (user: User, locale: string) => {
  const lang = asUiLanguage(locale);
  if (lang) languageSaved(user.id, lang);
};

/** Settles the UI language once the session is known; call once, in the page layout. */
export function useAccountLanguage(): void {
  const me = useMe();
  const user = me.data?.user ?? null;
  const { mutate: save } = useSaveAccountLanguage(forgetNote);
  // null: session not known yet; '': known to be anonymous; otherwise the user whose language was settled.
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (!me.isSuccess) return;
    const id = user?.id ?? '';
    if (seen.current === id) return;
    const pageLoad = seen.current === null;
    seen.current = id;
    if (!user) return;
    const unsaved = unsavedLanguage(user.id);
    if (unsaved) {
      void setUiLanguage(unsaved);
      if (user.locale === unsaved) languageSaved(user.id, unsaved);
      else save(unsaved);
      return;
    }
    const account = asUiLanguage(user.locale);
    if (!account || (pageLoad && startup.fromQuery)) return;
    void setUiLanguage(account);
  }, [me.isSuccess, user, save]);
}

/** Switches the UI language: on this device at once, and on the account when logged in. */
export function useChangeLanguage(): (lang: UiLanguage) => void {
  const userId = useMe().data?.user?.id;
  const { mutate: save } = useSaveAccountLanguage(forgetNote);
  return useCallback(
    (lang: UiLanguage) => {
      if (userId) markUnsavedLanguage(userId, lang);
      void setUiLanguage(lang);
      if (userId) save(lang);
    },
    [userId, save],
  );
}
