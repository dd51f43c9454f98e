/** Pages that need a session or platform-admin rights show a prompt instead of failing requests. */
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMe } from '../api/auth';
import type { User } from '../api/types';
import { LinkButton } from './LinkButton';
import { StatusResult } from './StatusResult';

export function RequireUser({ children, admin = false }: { children: (user: User) => ReactNode; admin?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  const user = me.data?.user ?? null;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <StatusResult
        status="403"
        title={t('auth.loginRequired')}
        subTitle={t('auth.loginRequiredHint')}
        extra={
          <>
            <LinkButton to={`/login?next=${next}`} type="primary">
              {t('nav.login')}
            </LinkButton>
            <LinkButton to={`/register?next=${next}`}>{t('nav.register')}</LinkButton>
          </>
        }
      />
    );
  }
  if (admin && !user.isPlatformAdmin) {
    return <StatusResult status="403" title={t('errors.FORBIDDEN')} subTitle={t('admin.onlyAdmins')} />;
  }
  return <>{children(user)}</>;
}
