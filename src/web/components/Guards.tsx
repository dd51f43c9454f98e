/** Pages that need a session or platform-admin rights show a prompt instead of failing requests. */
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/auth';
import type { User } from '../api/types';

export function RequireUser({ children, admin = false }: { children: (user: User) => ReactNode; admin?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  const user = me.data?.user ?? null;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Result
        status="403"
        title={t('auth.loginRequired')}
        subTitle={t('auth.loginRequiredHint')}
        extra={
          <>
            <Link to={`/login?next=${next}`}>
              <Button type="primary">{t('nav.login')}</Button>
            </Link>
            <Link to={`/register?next=${next}`}>
              <Button>{t('nav.register')}</Button>
            </Link>
          </>
        }
      />
    );
  }
  if (admin && !user.isPlatformAdmin) {
    return <Result status="403" title={t('errors.FORBIDDEN')} subTitle={t('admin.onlyAdmins')} />;
  }
  return <>{children(user)}</>;
}
