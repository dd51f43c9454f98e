/** Page chrome: sticky header (logo, navigation, language, account), content and footer. */
import { MenuOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps, Space, Spin, Tag } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '../api/auth';
import { useHealth } from '../api/meta';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LinkButton } from './LinkButton';
import { useAccountLanguage } from './useAccountLanguage';

function useNavItems(): MenuProps['items'] {
  const { t } = useTranslation();
  const user = useMe().data?.user ?? null;
  return useMemo(() => {
    const items: NonNullable<MenuProps['items']> = [
      { key: '/', label: <Link to="/">{t('nav.home')}</Link> },
      { key: '/listings', label: <Link to="/listings">{t('nav.listings')}</Link> },
      { key: '/events', label: <Link to="/events">{t('events.nav')}</Link> },
      { key: '/programmes', label: <Link to="/programmes">{t('programmes.nav')}</Link> },
      { key: '/registries', label: <Link to="/registries/agreements">{t('registries.nav')}</Link> },
      { key: '/organisations', label: <Link to="/organisations">{t('nav.organisations')}</Link> },
    ];
    if (user) items.push({ key: '/deals', label: <Link to="/deals">{t('deals.nav')}</Link> });
    if (user && (user.isPlatformAdmin || user.memberships.length > 0)) items.push({ key: '/reports', label: <Link to="/reports">{t('reports.nav')}</Link> });
    if (user) items.push({ key: '/my', label: <Link to="/my">{t('nav.my')}</Link> });
    if (user?.isPlatformAdmin) {
      items.push({
        key: '/admin',
        label: t('nav.admin'),
        children: [
          { key: '/admin/moderation', label: <Link to="/admin/moderation">{t('nav.moderation')}</Link> },
          { key: '/admin/verification', label: <Link to="/admin/verification">{t('nav.verification')}</Link> },
          { key: '/admin/outbox', label: <Link to="/admin/outbox">{t('nav.outbox')}</Link> },
          { key: '/admin/matching', label: <Link to="/admin/matching">{t('matching.nav.admin')}</Link> },
        ],
      });
    }
    return items;
  }, [t, user]);
}

function selectedKey(pathname: string): string {
  if (pathname.endsWith('/import')) return '/my';
  if (pathname.startsWith('/admin/')) return pathname.split('/').slice(0, 3).join('/');
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return first === '/' ? '/' : first;
}

function AccountActions({ vertical, onNavigate }: { vertical: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useMe().data?.user ?? null;
  const logout = useLogout();
  const navigate = useNavigate();
  if (!user) {
    return (
      <Space orientation={vertical ? 'vertical' : 'horizontal'} style={vertical ? { width: '100%' } : undefined}>
        <LinkButton to="/login" onClick={onNavigate} block={vertical}>
          {t('nav.login')}
        </LinkButton>
        <LinkButton to="/register" onClick={onNavigate} type="primary" block={vertical}>
          {t('nav.register')}
        </LinkButton>
      </Space>
    );
  }
  const doLogout = () => {
    onNavigate?.();
    logout.mutate(undefined, { onSuccess: () => void navigate('/') });
  };
  if (vertical) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div className="muted">{t('nav.signedInAs', { name: user.displayName })}</div>
        <LinkButton to="/my/alerts" onClick={onNavigate} block>
          {t('alerts.nav')}
        </LinkButton>
        <Button block onClick={doLogout} loading={logout.isPending}>
          {t('nav.logout')}
        </Button>
      </Space>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'email', label: <span className="muted">{user.email}</span>, disabled: true },
          { type: 'divider' },
          { key: 'my', label: <Link to="/my">{t('nav.my')}</Link> },
          { key: 'alerts', label: <Link to="/my/alerts">{t('alerts.nav')}</Link> },
          { key: 'logout', label: t('nav.logout'), onClick: doLogout },
        ],
      }}
    >
      <Button icon={<UserOutlined aria-hidden />} aria-label={t('nav.account')}>
        <span style={{ maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const location = useLocation();
  const items = useNavItems();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const user = useMe().data?.user ?? null;
  const demo = useHealth().data?.demo ?? false;
  useAccountLanguage();

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const key = selectedKey(location.pathname);
  const canPublish = Boolean(user && user.memberships.length > 0);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header" style={mobile ? { paddingInline: 12 } : undefined}>
        <Link to="/" className="app-logo" aria-label={t('app.homeLink')}>
          <span className="app-logo-mark" aria-hidden="true">
            In
          </span>
          Innox
        </Link>
        {!mobile && <Menu className="app-nav" mode="horizontal" selectedKeys={[key]} items={items} />}
        <div className="app-header-actions">
          {!mobile && canPublish && (
            <LinkButton to="/listings/new" type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('nav.newListing')}
            </LinkButton>
          )}
          <LanguageSwitcher compact={mobile} />
          {!mobile && <AccountActions vertical={false} />}
          {mobile && (
            <Button
              type="text"
              icon={<MenuOutlined aria-hidden />}
              aria-label={t('nav.menu')}
              onClick={() => setDrawerOpen(true)}
            />
          )}
        </div>
      </Layout.Header>
      <Drawer
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        placement="right"
        size={300}
        title="Innox"
        styles={{ body: { padding: 0 } }}
      >
        <Menu mode="inline" selectedKeys={[key]} items={items} style={{ borderInlineEnd: 'none' }} />
        <div style={{ padding: 16 }}>
          {canPublish && (
            <LinkButton
              to="/listings/new"
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              block
              style={{ marginBottom: 12 }}
            >
              {t('nav.newListing')}
            </LinkButton>
          )}
          <AccountActions vertical onNavigate={() => setDrawerOpen(false)} />
        </div>
      </Drawer>
      {/* Layout.Content is the page's one <main> landmark. */}
      <Layout.Content id="main">
        <div className="app-content">
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <div className="app-footer-inner">
          <div>
            <div style={{ fontWeight: 700, color: '#fff', fontSize: 16 }}>Innox</div>
            <div>{t('app.tagline')}</div>
          </div>
          <Space wrap size="large">
            <Link to="/listings">{t('nav.listings')}</Link>
            <Link to="/events">{t('events.nav')}</Link>
            <Link to="/programmes">{t('programmes.nav')}</Link>
            <Link to="/registries/agreements">{t('registries.nav')}</Link>
            <Link to="/organisations">{t('nav.organisations')}</Link>
            {!user && <Link to="/register">{t('nav.register')}</Link>}
            {demo && <Tag color="gold">{t('app.demoTag')}</Tag>}
          </Space>
          <div style={{ width: '100%', fontSize: 12 }}>{t('app.footerNote', { year: new Date().getFullYear() })}</div>
        </div>
      </Layout.Footer>
      <ScrollRestoration />
    </Layout>
  );
}
