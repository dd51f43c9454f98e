/**
 * Stored XSS stays inert: markup in a listing's title, summary and details and in an organisation's
 * name is stored as text and shown as text wherever the UI renders it, and none of it runs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type BrowserGlobals,
  BrowserProblems,
  type BrowserTestServer,
  clearScreenshots,
  launchChromium,
  msg,
  newContext,
  registerMemberViaApi,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const TITLE = `Payloadtest ${IMG} ${SCRIPT} laser cladding`;
const SUMMARY = `Summary with ${SCRIPT} and ${IMG} inside.\nSecond line <b>not bold</b>.`;
const APPLICATIONS = `Applications ${IMG}`;
const ORGANISATION = `Evil ${IMG} GmbH`;

describe('stored XSS in a listing stays inert', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  const problems = new BrowserProblems();
  const contexts: BrowserContext[] = [];
  let listingId = '';

  const openPage = async (who: string): Promise<Page> => {
    const context = problems.watch(await newContext(browser, server.url), who);
    contexts.push(context);
    return context.newPage();
  };

  /** Nothing ran, and no element came out of the payloads. */
  const assertInert = async (page: Page, where: string) => {
    const found = await page.evaluate(() => {
      const g = globalThis as unknown as BrowserGlobals;
      return { xss: g.__xss, images: g.document.querySelectorAll('img[src="x"]').length, bold: g.document.querySelectorAll('main b').length };
    });
    assert.deepEqual(found, { xss: undefined, images: 0, bold: 0 }, `payload became live on ${where}`);
  };

  before(async () => {
    clearScreenshots('xss-');
    server = await startBrowserTestServer();
    browser = await launchChromium();
    const member = await registerMemberViaApi(server.url, 'evil@example.test', { name: ORGANISATION, country: 'DE' });
    const created = await member.session.call<{ id: string; title: string; summary: string }>(
      'POST',
      '/api/listings',
      {
        organisationId: member.organisationId,
        type: 'technology_offer',
        language: 'en',
        title: TITLE,
        summary: SUMMARY,
        sectors: ['laser_technology'],
        freeKeywords: [IMG],
        details: { trl: 5, iprStatus: 'none', cooperationTypes: ['licensing'], applications: APPLICATIONS },
      },
      201,
    );
    assert.equal(created.title, TITLE, 'the title is stored as written');
    assert.equal(created.summary, SUMMARY, 'the summary is stored as written');
    listingId = created.id;
    await member.session.call('POST', `/api/listings/${listingId}/submit`, {});
    await member.session.dispose();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  test('the moderation queue shows the submitted payloads as text, and the admin approves through the API', async () => {
    const page = await openPage('admin');
    // Log in and moderate with the page's own cookies, sending the CSRF cookie back as the header (it is
    // read each time because logging in issues a new one).
    const csrf = async () => ({ 'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'innox_csrf')?.value ?? '' });
    assert.equal((await page.request.get('/api/auth/csrf')).status(), 200);
    const login = await page.request.post('/api/auth/login', { headers: await csrf(), data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    assert.equal(login.status(), 200, await login.text());

    await page.goto('/admin/moderation');
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByText(`${ORGANISATION} ·`, { exact: false }).waitFor();
    await assertInert(page, 'the moderation queue');
    await screenshot(page, 'xss-01-moderation-queue');

    const approved = await page.request.post(`/api/admin/listings/${listingId}/moderate`, { headers: await csrf(), data: { action: 'approve' } });
    assert.equal(approved.status(), 200, await approved.text());
    assert.equal(((await approved.json()) as { status: string }).status, 'published');
  });

  test('the detail and organisation pages show title, summary, details and organisation name literally and run nothing', async () => {
    const page = await openPage('visitor');
    await page.goto(`/listings/${listingId}`);
    const heading = page.getByRole('heading', { level: 2, name: TITLE });
    await heading.waitFor();
    assert.equal(await heading.textContent(), TITLE);
    assert.equal(await page.title(), `${TITLE} · Innox`);
    // pre-wrap keeps the summary's line break, and the markup in it is text.
    assert.equal(await page.locator('.pre-wrap').first().textContent(), SUMMARY);
    await page.getByText(APPLICATIONS, { exact: true }).waitFor();
    await page.getByRole('link', { name: ORGANISATION }).waitFor();
    await page.getByText(IMG, { exact: true }).waitFor(); // the free keyword tag
    await assertInert(page, 'the detail page');
    await screenshot(page, 'xss-02-detail');

    await page.getByRole('link', { name: ORGANISATION }).click();
    await page.getByRole('heading', { name: ORGANISATION }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await assertInert(page, 'the organisation page');
    await screenshot(page, 'xss-03-organisation');
  });

  test('search results and the home page show the title literally and run nothing', async () => {
    const page = await openPage('searcher');
    await page.goto('/listings?q=Payloadtest');
    await page.getByText(msg('en', 'listings.resultCount', { total: 1 })).waitFor();
    const card = page.getByRole('link', { name: TITLE });
    await card.waitFor();
    assert.equal(await card.textContent(), TITLE);
    await page.getByText(`${ORGANISATION} ·`, { exact: false }).waitFor();
    await assertInert(page, 'the search results');
    await screenshot(page, 'xss-04-search-results');

    await page.getByRole('menuitem', { name: msg('en', 'nav.home') }).click();
    await page.getByRole('heading', { name: msg('en', 'home.latestTitle') }).waitFor();
    assert.equal(await page.getByRole('link', { name: TITLE }).textContent(), TITLE);
    await assertInert(page, 'the home page');
    await screenshot(page, 'xss-05-home');
  });

  test('no console errors, page errors or failed requests (an <img src=x> that rendered would 404)', () => {
    assert.deepEqual(problems.list, []);
  });
});
