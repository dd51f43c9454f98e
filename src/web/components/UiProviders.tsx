/** Ant Design theme and locale pack (and dayjs's locale for date pickers), following the UI language. */
import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownOutlined,
  ExclamationCircleFilled,
  EyeInvisibleOutlined,
  EyeOutlined,
  InfoCircleFilled,
} from '@ant-design/icons';
import { App as AntApp, ConfigProvider, type ConfigProviderProps, type ThemeConfig } from 'antd';
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

/*
 * antd icons render as role="img" named after the icon ("down", "check-circle") in every language.
 * The icons antd draws itself next to a label or a message are replaced here by the same icons hidden
 * from assistive technology; the component's own text or label carries the meaning.
 */
const STATUS_ICONS = {
  successIcon: <CheckCircleFilled aria-hidden />,
  infoIcon: <InfoCircleFilled aria-hidden />,
  warningIcon: <ExclamationCircleFilled aria-hidden />,
  errorIcon: <CloseCircleFilled aria-hidden />,
};

const COMPONENT_CONFIG = {
  // antd would put a space between two CJK characters (注册 → "注 册"), which is wrong in Chinese and
  // changes the button's accessible name.
  button: { autoInsertSpace: false },
  select: { suffixIcon: <DownOutlined aria-hidden /> },
  // The show/hide password button has antd's translated label; its eye icon is decoration.
  inputPassword: {
    iconRender: (visible: boolean) => (visible ? <EyeOutlined aria-hidden /> : <EyeInvisibleOutlined aria-hidden />),
  },
  alert: STATUS_ICONS,
  modal: STATUS_ICONS,
} satisfies ConfigProviderProps;

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
        // antd's default track is colorBgLayout, the page's own background: the control all but vanished.
        // A white track with the usual control border (styles.css) and a brand-tinted selection, like
        // the buttons and the selected menu item beside it.
        Segmented: {
          trackBg: '#ffffff',
          itemColor: '#475569',
          itemHoverColor: '#0f172a',
          itemHoverBg: '#f1f5f9',
          itemSelectedBg: '#dbeafe',
          itemSelectedColor: BRAND_COLOR,
        },
      },
    }),
    [lang],
  );

  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={theme} {...COMPONENT_CONFIG}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
