/**
 * Programmes in a real browser, on the demo data set: a visitor finds the bilateral co-funded call from
 * the navigation; the commission's organiser sees the ranking table with normalised scores and the
 * funded application; a reviewer sees only their assigned applications, blinded, with the rubric.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../../src/db/seed/load.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, BrowserProblems, type BrowserTestServer, type UiLanguage, clearScreenshots, journeySteps, launchChromium, msg, newContext, screenshot, startBrowserTestServer } from '../helpers/browser.js';

const root = new URL('../..', import.meta.url).pathname;

/** A message of the programmes area catalogue. */
function m(lang: UiLanguage, key: string): string {
  let node: unknown = JSON.parse(readFileSync(join(root, 'src/web/i18n/locales/programmes', `${lang}.json`), 'utf8'));
  for (const part of ['programmes', ...key.split('.')]) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in programmes/${lang}.json`);
  return node;
}

/** Matching jobs keep the embedded database busy after the demo data loads; pages are opened once they are done. */
async function matchingIdle(url: string, timeoutMs = 240_000): Promise<void> {
  const admin = await ApiSession.open(url);
  try {
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await admin.call<{ status: string; jobs: { queued: number; running: number } }>('GET', '/api/admin/matching').catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TimeoutError') return null;
        throw error;
      });
      if (status?.status === 'ready' && status.jobs.queued === 0 && status.jobs.running === 0) return;
      if (Date.now() > deadline) throw new Error(`matching not idle after ${timeoutMs} ms: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await admin.dispose();
  }
}

describe('programmes in the browser', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems = new BrowserProblems();
  const step = journeySteps('programmes', contexts);

  const open = async (who: string): Promise<Page> => {
    const context = problems.watch(await newContext(browser, server.url), who);
    contexts.push(context);
    return context.newPage();
  };
  const login = async (page: Page, key: string) => {
    await page.goto('/login?lang=en');
    await page.getByLabel(msg('en', 'auth.email')).fill(demoEmail(key));
    await page.getByLabel(msg('en', 'auth.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: msg('en', 'auth.loginButton') }).click();
    await page.getByRole('button', { name: msg('en', 'nav.account') }).waitFor();
  };

  before(async () => {
    clearScreenshots('programmes-');
    server = await startBrowserTestServer({ demoData: true });
    await matchingIdle(server.url);
    browser = await launchChromium();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  step('a visitor opens the calls from the navigation and reads the bilateral call with its rules', async () => {
    const page = await open('visitor');
    await page.goto('/?lang=en');
    await page.locator('.app-nav').getByRole('link', { name: m('en', 'nav') }).click();
    await page.getByRole('heading', { name: m('en', 'title') }).waitFor();
    await page.getByText('Bilateral co-funded industrial innovation projects').click();
    await page.getByText(m('en', 'partnerOtherCountry'), { exact: false }).waitFor();
    await screenshot(page, 'programmes-visitor-detail');
  });

  step('the organiser sees the ranking with normalised scores and the funded application', async () => {
    const page = await open('organiser');
    await login(page, 'shanghai_stc');
    await page.goto('/programmes?lang=en');
    await page.getByText('Bilateral co-funded industrial innovation projects').click();
    await page.getByRole('tab', { name: m('en', 'tab.manage') }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 4);
    await page.getByText(m('en', 'applicationStatus.funded')).first().waitFor();
    await screenshot(page, 'programmes-organiser-ranking');
  });

  step('a reviewer sees only assigned applications, blinded, with the rubric', async () => {
    const page = await open('reviewer');
    await login(page, 'hangzhou_experts');
    await page.goto('/programmes?lang=en');
    await page.getByText('Bilateral co-funded industrial innovation projects').click();
    await page.getByRole('tab', { name: m('en', 'tab.review') }).click();
    await page.getByText(m('en', 'review.blindNote')).first().waitFor();
    assert.equal(await page.getByText(m('en', 'review.blindNote')).count(), 2);
    await screenshot(page, 'programmes-reviewer');
    assert.deepEqual(problems.list, []);
  });
});
