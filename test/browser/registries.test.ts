/**
 * The agreements registry in a real browser, on the demo data set: a visitor opens the registry from the
 * main navigation, filters by kind (joint laboratories), sees the chart and the two joint labs, and opens
 * one to read its parties; the same list reads in German. A member of a party (a demo organisation)
 * records a memorandum through the form and lands on its page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../../src/db/seed/load.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, BrowserProblems, type BrowserTestServer, type UiLanguage, clearScreenshots, journeySteps, launchChromium, newContext, pickOption, screenshot, startBrowserTestServer } from '../helpers/browser.js';

const root = new URL('../..', import.meta.url).pathname;

/** A message of the registries area catalogue. */
function m(lang: UiLanguage, key: string): string {
  let node: unknown = JSON.parse(readFileSync(join(root, 'src/web/i18n/locales/registries', `${lang}.json`), 'utf8'));
  for (const part of ['registries', ...key.split('.')]) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in registries/${lang}.json`);
  return node;
}

/**
 * After the demo data loads, matching jobs keep the single embedded database busy for a while; pages are
 * opened once they are done (as test/browser/matching.test.ts does), not under a longer timeout.
 */
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

describe('agreements registry in the browser', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let page: Page;
  let member: Page;
  const contexts: BrowserContext[] = [];
  const problems = new BrowserProblems();
  const step = journeySteps('registries', contexts);

  before(async () => {
    clearScreenshots('registries-');
    server = await startBrowserTestServer({ demoData: true });
    await matchingIdle(server.url);
    browser = await launchChromium();
    const context = problems.watch(await newContext(browser, server.url), 'visitor');
    contexts.push(context);
    page = await context.newPage();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  step('a visitor opens the registry from the navigation and filters by kind: only the two joint laboratories remain', async () => {
    await page.goto('/?lang=en');
    await page.locator('.app-nav').getByRole('link', { name: m('en', 'nav') }).click();
    await page.waitForURL(/\/registries\/agreements/);
    await page.getByRole('heading', { name: m('en', 'agreements.title') }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 5, 'the demo registry lists its agreements');
    await page.locator('canvas').first().waitFor();

    await pickOption(page, page.getByRole('combobox', { name: m('en', 'field.kind') }), m('en', 'kind.joint_lab'));
    await page.waitForURL(/kind=joint_lab/);
    await page.getByText('Joint laboratory for cell therapy').waitFor();
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 2);
    const kinds = await page.locator('.ant-table-tbody tr.ant-table-row .ant-tag').allInnerTexts();
    assert.ok(kinds.filter((k) => k === m('en', 'kind.joint_lab')).length === 2, kinds.join(', '));
    await screenshot(page, 'registries-joint-labs');
  });

  step('opening one shows its parties, fields and validity', async () => {
    await page.getByRole('link', { name: 'Joint laboratory for cell therapy' }).click();
    await page.waitForURL(/\/registries\/agreements\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Joint laboratory for cell therapy' }).waitFor();
    await page.getByRole('link', { name: 'Shanghai Pudong Institute of Translational Biomedicine' }).waitFor();
    await page.getByRole('link', { name: 'Näsijärvi University of Technology' }).waitFor();
    await page.getByText(m('en', 'field.validity')).waitFor();
    assert.equal(await page.getByRole('link', { name: m('en', 'edit') }).count(), 0, 'a visitor cannot edit');
    await screenshot(page, 'registries-detail');
  });

  step('the filtered list reads in German', async () => {
    await page.goto('/registries/agreements?kind=joint_lab&lang=de');
    await page.getByRole('heading', { name: m('de', 'agreements.title') }).waitFor();
    await page.locator('.ant-table-tbody').getByText(m('de', 'kind.joint_lab')).first().waitFor();
  });

  step('a member of a party records a memorandum through the form, and nothing failed in the browser', async () => {
    const context = problems.watch(await newContext(browser, server.url), 'member');
    contexts.push(context);
    member = await context.newPage();
    assert.equal((await member.request.get('/api/auth/csrf')).status(), 200);
    const csrf = (await context.cookies()).find((c) => c.name === 'innox_csrf')?.value ?? '';
    const login = await member.request.post('/api/auth/login', { headers: { 'x-csrf-token': csrf }, data: { email: demoEmail('shanghai_stc'), password: DEMO_PASSWORD } });
    assert.equal(login.status(), 200, await login.text());

    await member.goto('/registries/agreements/new?lang=en');
    await member.getByRole('heading', { name: m('en', 'agreements.new') }).waitFor();
    await pickOption(member, member.getByRole('combobox', { name: m('en', 'field.kind') }), m('en', 'kind.mou'));
    await member.getByLabel(`${m('en', 'field.title')} · English`).fill('Memorandum on S&T cooperation with Korea');
    await member.getByRole('textbox', { name: m('en', 'field.partyName') }).nth(1).fill('Ministry of Science and ICT of Korea');
    await pickOption(member, member.getByRole('combobox', { name: m('en', 'field.country') }).nth(1), 'South Korea', { search: 'South Korea' });
    await member.getByLabel(m('en', 'field.signedOn')).fill('2026-06-01');
    await member.getByRole('button', { name: m('en', 'save') }).click();
    await member.waitForURL(/\/registries\/agreements\/[0-9a-f-]{36}$/);
    await member.getByRole('heading', { name: 'Memorandum on S&T cooperation with Korea' }).waitFor();
    await member.getByText('Ministry of Science and ICT of Korea').waitFor();
    await member.getByRole('link', { name: m('en', 'edit') }).waitFor();
    await screenshot(member, 'registries-recorded');
  });

  step("the trainings registry shows programmes with totals; the organiser reads a batch's trainee list, a visitor cannot", async () => {
    const programme = 'Innovation training for R&D staff of enterprises in counterpart regions';
    await member.goto('/registries/trainings?lang=en');
    await member.getByRole('heading', { name: m('en', 'trainings.title') }).waitFor();
    await member.locator('canvas').first().waitFor();
    await member.getByRole('link', { name: programme }).click();
    await member.getByRole('heading', { name: programme }).waitFor();
    await member.getByRole('button', { name: 'List (3)' }).click();
    await member.locator('.ant-drawer').getByText('李娜').waitFor();
    await member.locator('.ant-drawer').getByText(m('en', 'trainings.personalData')).waitFor();
    await screenshot(member, 'registries-trainees');

    await page.goto(`${new URL(member.url()).pathname}?lang=en`);
    await page.getByRole('heading', { name: programme }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('button', { name: /^List/ }).count(), 0, 'a visitor sees no trainee list');
    assert.equal(await page.getByText('李娜').count(), 0);
    assert.deepEqual(problems.list, []);
  });
});
