/**
 * Reports in a real browser: the platform admin opens the dashboards from the navigation, then the
 * annual report in Chinese, clicks a figure and sees the records behind it; nothing fails in the browser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, BrowserProblems, type BrowserTestServer, type UiLanguage, clearScreenshots, journeySteps, launchChromium, newContext, screenshot, startBrowserTestServer } from '../helpers/browser.js';

const root = new URL('../..', import.meta.url).pathname;

/** A message of the reports area catalogue. */
function m(lang: UiLanguage, key: string, vars: Record<string, string> = {}): string {
  let node: unknown = JSON.parse(readFileSync(join(root, 'src/web/i18n/locales/reports', `${lang}.json`), 'utf8'));
  for (const part of ['reports', ...key.split('.')]) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in reports/${lang}.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => vars[name] ?? '');
}

describe('reports in the browser', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const problems = new BrowserProblems();
  const step = journeySteps('reports', contexts);

  before(async () => {
    clearScreenshots('reports-');
    server = await startBrowserTestServer();
    const admin = await ApiSession.open(server.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.call(
      'POST',
      '/api/registries/agreements',
      {
        kind: 'framework_agreement',
        title: { 'zh-Hans': '与宁夏回族自治区科技合作框架协议', en: 'Framework agreement with Ningxia' },
        defaultLanguage: 'zh-Hans',
        parties: [{ name: 'Municipal S&T Commission', country: 'CN', region: 'Shanghai' }, { name: 'Ningxia S&T Department', country: 'CN', region: 'Ningxia' }],
        signedOn: '2026-03-18',
        visibility: 'public',
      },
      201,
    );
    await admin.dispose();
    browser = await launchChromium();
    const context = problems.watch(await newContext(browser, server.url), 'admin');
    contexts.push(context);
    page = await context.newPage();
    assert.equal((await page.request.get('/api/auth/csrf')).status(), 200);
    const csrf = (await context.cookies()).find((c) => c.name === 'innox_csrf')?.value ?? '';
    const login = await page.request.post('/api/auth/login', { headers: { 'x-csrf-token': csrf }, data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    assert.equal(login.status(), 200, await login.text());
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  step('the admin opens the dashboards from the navigation: charts for the whole platform', async () => {
    await page.goto('/?lang=en');
    // The header has more entries than fit: Reports sits in the menu's overflow (…) at this width.
    const inline = page.locator('.app-nav').getByRole('link', { name: m('en', 'nav') });
    if (!(await inline.isVisible())) await page.locator('.app-nav .ant-menu-overflow-item-rest').hover();
    await page.getByRole('link', { name: m('en', 'nav'), exact: true }).filter({ visible: true }).first().click();
    await page.waitForURL(/\/reports$/);
    await page.getByRole('heading', { name: m('en', 'title') }).waitFor();
    await page.getByText(m('en', 'charts.programmes')).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.getByText(m('en', 'introductionsPlaceholder')).waitFor();
    await screenshot(page, 'reports-dashboards');
  });

  step('the annual report reads in Chinese; a figure opens the records behind it', async () => {
    await page.goto('/reports/annual?year=2026&lang=zh-Hans');
    await page.getByRole('heading', { name: m('zh-Hans', 'annual.title', { year: '2026' }) }).waitFor();
    await page.getByText('与Ningxia等 1 个地区分别签署合作框架协议。').waitFor();
    await page.locator('[data-figure="domestic.agreements"]').click();
    await page.getByText('与宁夏回族自治区科技合作框架协议').waitFor();
    await screenshot(page, 'reports-annual-records');
    assert.deepEqual(problems.list, []);
  });
});
