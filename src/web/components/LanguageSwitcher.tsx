/** The header's language switcher: remembers the choice and, when logged in, saves it to the account. */
import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useUpdateMe } from '../api/auth';
import { LANGUAGE_AUTONYMS, UI_LANGUAGES, type UiLanguage, setUiLanguage } from '../i18n';
import { asUiLanguage } from '../i18n/detect';

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const updateMe = useUpdateMe();
  const current = asUiLanguage(i18n.language) ?? 'en';

  const change = (lang: UiLanguage) => {
    void setUiLanguage(lang);
    if (user && user.locale !== lang) updateMe.mutate({ locale: lang });
  };

  return (
    <Select<UiLanguage>
      aria-label={t('nav.language')}
      value={current}
      onChange={change}
      variant="borderless"
      prefix={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      style={{ minWidth: compact ? 0 : 140 }}
      options={UI_LANGUAGES.map((code) => ({
        value: code,
        label: compact ? code.replace('zh-Hans', '简').replace('zh-Hant', '繁').toUpperCase() : LANGUAGE_AUTONYMS[code],
        title: LANGUAGE_AUTONYMS[code],
      }))}
      optionRender={(option) => <span lang={String(option.value)}>{LANGUAGE_AUTONYMS[option.value as UiLanguage]}</span>}
    />
  );
}
