/**
 * The deals pipeline in a real browser, on the demo data set: a demo user opens Deals from the main
 * navigation, sees the board with a column per stage, drags the deal the matchmaking day's cooperation
 * intention made to the next stage, reads its stage history in the drawer, and opens the table view.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../../src/db/seed/load.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, BrowserProblems, type BrowserTestServer, clearScreenshots, journeySteps, launchChromium, newContext, pickOption, screenshot, startBrowserTestServer } from '../helpers/browser.js';

const root = new URL('../..', import.meta.url).pathname;
const catalogue = JSON.parse(readFileSync(join(root, 'src/web/i18n/locales/deals/en.json'), 'utf8')) as { deals: unknown };

/** A message of the deals area's catalogue, with {{name}} placeholders filled in. */
function d(key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = catalogue.deals;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message deals.${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** The deal the demo matchmaking day's outcome created between the battery maker and the Polish start-up. */
const TITLE = 'Changzhou Chengli New Energy Technology Co., Ltd. – Krakowia Battery Systems sp. z o.o.';

/** After the demo data loads, matching jobs keep the embedded database busy for a while: wait for them. */
async function matchingIdle(url: string, timeoutMs = 240_000): Promise<void> {
  const admin = await ApiSession.open(url);
  try {
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await admin.call<{ status: string; jobs: { queued: number; running: number } }>('GET', '/api/admin/matching').catch(() => null);
      if (status?.status === 'ready' && status.jobs.queued === 0 && status.jobs.running === 0) return;
      if (Date.now() > deadline) throw new Error(`matching not idle after ${timeoutMs} ms: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await admin.dispose();
  }
}

describe('deals pipeline in the browser', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const problems = new BrowserProblems();
  const step = journeySteps('deals', contexts);
  const column = (stage: string) => page.getByRole('listitem', { name: d(`stage.${stage}`), exact: true });
  const card = () => page.locator('.deal-card').filter({ hasText: TITLE });

  before(async () => {
    clearScreenshots('deals-');
    server = await startBrowserTestServer({ demoData: true });
    await matchingIdle(server.url);
    browser = await launchChromium();
    const context = problems.watch(await newContext(browser, server.url), 'battery maker');
    contexts.push(context);
    page = await context.newPage();
    assert.equal((await page.request.get('/api/auth/csrf')).status(), 200);
    const csrf = (await context.cookies()).find((c) => c.name === 'innox_csrf')?.value ?? '';
    const login = await page.request.post('/api/auth/login', { headers: { 'x-csrf-token': csrf }, data: { email: demoEmail('cn_ent_battery'), password: DEMO_PASSWORD } });
    assert.equal(login.status(), 200, await login.text());
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  step('a demo user opens Deals from the navigation and sees the board with a column per stage', async () => {
    await page.goto('/?lang=en');
    await page.locator('.app-nav').getByRole('link', { name: d('nav') }).click();
    await page.waitForURL(/\/deals$/);
    await page.getByRole('heading', { name: d('title') }).waitFor();
    for (const stage of ['contact', 'meeting_held', 'cooperation_intention', 'agreement_signed', 'in_execution', 'completed', 'dropped']) await column(stage).waitFor();
    await column('cooperation_intention').locator('.deal-card').filter({ hasText: TITLE }).waitFor();
    await screenshot(page, 'deals-1-board');
  });

  step('dragging the card to the next column moves the deal to "Agreement signed"', async () => {
    await card().dragTo(column('agreement_signed'));
    await page.getByText(d('move.moved', { stage: d('stage.agreement_signed') })).waitFor();
    await column('agreement_signed').locator('.deal-card').filter({ hasText: TITLE }).waitFor();
    assert.equal(await column('cooperation_intention').locator('.deal-card').filter({ hasText: TITLE }).count(), 0);
    await screenshot(page, 'deals-2-moved');
  });

  step('the drawer shows the stage history, from the meeting outcome to the move just made', async () => {
    await card().getByRole('button', { name: TITLE, exact: true }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText(d('changeKind.forward', { from: d('stage.cooperation_intention'), to: d('stage.agreement_signed') })).waitFor();
    await drawer.getByText(d('changeKind.created', { to: d('stage.cooperation_intention') })).waitFor();
    await drawer.getByText(d('detail.fromMeeting'), { exact: false }).first().waitFor();
    await screenshot(page, 'deals-3-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  step('the table view lists the deal at its new stage', async () => {
    await page.getByText(d('view.table'), { exact: true }).click();
    await page.waitForURL(/view=table/);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: TITLE });
    await row.waitFor();
    assert.ok((await row.textContent())?.includes(d('stage.agreement_signed')));
    await screenshot(page, 'deals-4-table');
  });

  step('the user enters a deal with a Polish partner, valued in euros at a rate they give, and attaches a PDF', async () => {
    await page.getByRole('button', { name: d('new') }).click();
    const dialog = page.getByRole('dialog', { name: d('form.createTitle') });
    await dialog.waitFor();
    await pickOption(page, dialog.getByLabel(d('field.parties')), 'Krakowia Battery Systems sp. z o.o.', { search: 'Krakowia', close: true });
    await dialog.getByLabel(d('field.title')).fill('Pilot line for BMS modules');
    await dialog.getByLabel(d('field.amount')).fill('250000');
    await pickOption(page, dialog.getByLabel(d('field.currency')), 'EUR', { search: 'EUR' });
    await dialog.getByLabel(d('field.rate')).fill('7.8');
    await dialog.getByRole('button', { name: d('form.create') }).click();
    await page.getByText(d('form.created')).waitFor();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('Pilot line for BMS modules').first().waitFor();
    await drawer.getByText('€250,000').first().waitFor();
    await drawer.getByText(/at 7\.8 CNY per EUR/).waitFor();
    await drawer.locator('input[type=file]').setInputFiles({ name: 'term-sheet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByText(d('detail.uploaded')).waitFor();
    await drawer.getByRole('link', { name: d('detail.download', { name: 'term-sheet.pdf' }) }).waitFor();
    await screenshot(page, 'deals-5-new-deal');
  });

  step('nothing went wrong in the browser', async () => {
    assert.deepEqual(problems.list, []);
  });
});
