/** Ant Design theme and locale pack (and dayjs's locale for date pickers), following the UI language. */
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import type { Locale } from 'antd/es/locale';
import deDE from 'antd/locale/de_DE';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/de';
import 'dayjs/locale/vi';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/detect';
import { asUiLanguage } from '../i18n/detect';

const ANTD_LOCALES: Record<UiLanguage, Locale> = { en: enUS, 'zh-Hans': zhCN, 'zh-Hant': zhTW, de: deDE, vi: viVN };
const DAYJS_LOCALES: Record<UiLanguage, string> = { en: 'en', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', de: 'de', vi: 'vi' };

const FONT_STACKS: Record<UiLanguage, string> = {
  en: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  de: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  vi: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  'zh-Hans':
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  'zh-Hant':
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', sans-serif",
};

export const BRAND_COLOR = '#1d4ed8';

export function UiProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = asUiLanguage(i18n.language) ?? 'en';

  useEffect(() => {
    dayjs.locale(DAYJS_LOCALES[lang]);
  }, [lang]);

  const theme = useMemo<ThemeConfig>(
    () => ({
      token: { colorPrimary: BRAND_COLOR, borderRadius: 8, fontFamily: FONT_STACKS[lang], colorBgLayout: '#f5f7fb' },
      components: {
        Layout: { headerBg: '#ffffff', headerPadding: '0 24px', footerBg: '#0f172a', bodyBg: '#f5f7fb' },
        Menu: { itemBg: 'transparent', horizontalItemSelectedColor: BRAND_COLOR },
      },
    }),
    [lang],
  );

  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
