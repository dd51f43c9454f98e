/**
 * Alerts in the browser: save the current listings search from the listings page, manage it on
 * "My alerts" (frequency, rename, delete), switch match alerts for one's organisation, and the page an
 * unknown unsubscribe link opens.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  type ApiSession,
  BrowserProblems,
  type BrowserTestServer,
  USER_PASSWORD,
  clearScreenshots,
  exactName,
  journeySteps,
  launchChromium,
  msg,
  newContext,
  publishListingViaApi,
  registerMemberViaApi,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

const ALERTS = (JSON.parse(readFileSync(new URL('../../src/web/i18n/locales/alerts/en.json', import.meta.url), 'utf8')) as { alerts: Record<string, unknown> }).alerts;

/** A message of the alerts area (en), with {{name}} placeholders filled in. */
function alertMsg(key: string, vars: Record<string, string> = {}): string {
  let node: unknown = ALERTS;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message alerts.${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => vars[name] ?? '');
}

interface SavedSearchBody {
  id: string;
  name: string;
  frequency: string;
  filters: Record<string, unknown>;
}

describe('alerts: save a search, manage it, match alerts, unsubscribe page', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let member: { session: ApiSession; organisationId: string };
  let page: Page;
  const email = 'alerts-user@example.test';
  const problems = new BrowserProblems();
  const contexts: BrowserContext[] = [];
  const step = journeySteps('alerts', contexts);

  before(async () => {
    clearScreenshots('alerts-');
    server = await startBrowserTestServer();
    browser = await launchChromium();
    member = await registerMemberViaApi(server.url, email, { name: 'Alerts Testing GmbH', country: 'DE' });
    const other = await registerMemberViaApi(server.url, 'alerts-other@example.test', { name: 'Laser Partner Oy', country: 'FI' });
    await publishListingViaApi(server.url, other, {
      type: 'technology_offer',
      title: 'Remote laser welding cell for battery trays',
      summary: 'A robot cell for remote laser welding of aluminium battery trays.',
      sectors: ['laser_technology'],
      details: { trl: 7, iprStatus: 'patent_granted', cooperationTypes: ['licensing'] },
    });
    await other.session.dispose();
    const context = problems.watch(await newContext(browser, server.url), email);
    contexts.push(context);
    page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel(msg('en', 'auth.email')).fill(email);
    await page.getByLabel(msg('en', 'auth.password'), { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: msg('en', 'auth.loginButton') }).click();
    await page.getByRole('button', { name: msg('en', 'nav.account') }).waitFor();
  });

  after(async () => {
    await member?.session.dispose();
    await browser?.close();
    await server?.stop();
  });

  step('"Save this search" on the listings page saves the current filters with a name and a frequency', async () => {
    await page.goto('/listings?q=laser&type=technology_offer&sort=date');
    await page.getByRole('link', { name: 'Remote laser welding cell for battery trays' }).waitFor();
    await page.getByRole('button', { name: exactName(alertMsg('save.button')) }).click();
    const dialog = page.getByRole('dialog', { name: alertMsg('save.title') });
    const name = dialog.getByLabel(alertMsg('save.name'));
    assert.equal(await name.inputValue(), 'laser', 'the words searched for are the default name');
    await name.fill('Laser offers');
    await dialog.getByText(alertMsg('frequency.weekly'), { exact: true }).click();
    await screenshot(page, 'alerts-save-dialog');
    await dialog.getByRole('button', { name: exactName(msg('en', 'common.save')) }).click();
    await page.getByText(alertMsg('save.saved')).waitFor();
    const { items } = await member.session.call<{ items: SavedSearchBody[] }>('GET', '/api/me/saved-searches');
    assert.deepEqual(
      items.map((s) => [s.name, s.frequency, s.filters]),
      [['Laser offers', 'weekly', { q: 'laser', type: ['technology_offer'] }]],
    );
  });

  step('"My alerts" lists the search; its frequency is switched, it is renamed and deleted', async () => {
    await page.getByRole('button', { name: msg('en', 'nav.account') }).click();
    await page.getByRole('menuitem', { name: alertMsg('nav') }).click();
    await page.getByRole('heading', { name: alertMsg('page.title'), level: 2 }).waitFor();
    await page.getByText('Laser offers', { exact: true }).waitFor();
    await page.getByText(alertMsg('filters.q', { q: 'laser' })).waitFor();
    await screenshot(page, 'alerts-my-alerts');

    await page.getByRole('radiogroup', { name: alertMsg('page.frequencyFor', { name: 'Laser offers' }) }).getByText(alertMsg('frequency.daily'), { exact: true }).click();
    await page.getByText(alertMsg('page.updated')).first().waitFor();
    let [search] = (await member.session.call<{ items: SavedSearchBody[] }>('GET', '/api/me/saved-searches')).items;
    assert.equal(search?.frequency, 'daily');

    await page.getByRole('button', { name: exactName(alertMsg('page.edit')) }).click();
    const dialog = page.getByRole('dialog', { name: alertMsg('page.editTitle') });
    await dialog.getByLabel(alertMsg('save.name')).fill('Laser welding offers');
    await dialog.getByRole('button', { name: exactName(msg('en', 'common.save')) }).click();
    await page.getByText('Laser welding offers', { exact: true }).waitFor();
    [search] = (await member.session.call<{ items: SavedSearchBody[] }>('GET', '/api/me/saved-searches')).items;
    assert.equal(search?.name, 'Laser welding offers');

    await page.getByRole('button', { name: exactName(alertMsg('page.delete')) }).click();
    await page.getByRole('tooltip').getByRole('button', { name: exactName(alertMsg('page.delete')) }).click();
    await page.getByText(alertMsg('page.savedEmpty')).waitFor();
    assert.equal((await member.session.call<{ items: SavedSearchBody[] }>('GET', '/api/me/saved-searches')).items.length, 0);
  });

  step("match alerts are switched per organisation", async () => {
    await page.getByRole('radiogroup', { name: alertMsg('page.frequencyFor', { name: 'Alerts Testing GmbH' }) }).getByText(alertMsg('frequency.weekly'), { exact: true }).click();
    await page.getByText(alertMsg('page.updated')).first().waitFor();
    const { items } = await member.session.call<{ items: Array<{ organisationId: string; frequency: string }> }>('GET', '/api/me/match-alerts');
    assert.deepEqual(items, [{ organisationId: member.organisationId, organisationName: 'Alerts Testing GmbH', frequency: 'weekly' }]);
    assert.deepEqual(problems.list, []);
  });

  step('an unknown unsubscribe link says so, without login', async () => {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const stranger = await context.newPage();
    await stranger.goto('/unsubscribe/not-a-real-link-but-well-formed-123');
    await stranger.getByText(alertMsg('unsubscribe.invalid'), { exact: true }).waitFor();
    await screenshot(stranger, 'alerts-unsubscribe-invalid');
  });
});
