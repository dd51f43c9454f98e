/**
 * Toast messages (antd's App message API) whose status icon is decorative. A message is announced as an
 * alert; antd's own icon would add its English name ("check-circle", "close-circle") to it.
 */
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { App } from 'antd';
import { type ReactNode, useMemo } from 'react';

const ICONS = {
  success: <CheckCircleFilled aria-hidden />,
  error: <CloseCircleFilled aria-hidden />,
  warning: <ExclamationCircleFilled aria-hidden />,
  info: <InfoCircleFilled aria-hidden />,
} as const;

type Kind = keyof typeof ICONS;

export function useMessage() {
  const { message } = App.useApp();
  return useMemo(() => {
    const show = (type: Kind) => (content: ReactNode) => message.open({ type, content, icon: ICONS[type] });
    return { success: show('success'), error: show('error'), warning: show('warning'), info: show('info') };
  }, [message]);
}
