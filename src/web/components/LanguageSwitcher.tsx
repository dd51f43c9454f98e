/** The header's language switcher: remembers the choice on this device and, when logged in, on the account. */
import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_AUTONYMS, UI_LANGUAGES, type UiLanguage } from '../i18n';
import { asUiLanguage } from '../i18n/detect';
import { useChangeLanguage } from './useAccountLanguage';

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const current = asUiLanguage(i18n.language) ?? 'en';

  return (
    <Select<UiLanguage>
      aria-label={t('nav.language')}
      value={current}
      onChange={change}
      variant="borderless"
      prefix={<GlobalOutlined aria-hidden />}
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
