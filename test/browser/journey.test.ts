/**
 * The cross-language journey in a real browser: a Chinese user registers and publishes a technology
 * need written in Chinese, the platform admin approves it, and an English-speaking user finds it with a
 * two-character Chinese query and reads it in a German UI that stays German.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  journeySteps,
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type BrowserGlobals,
  BrowserProblems,
  type BrowserTestServer,
  USER_PASSWORD,
  clearScreenshots,
  exactName,
  expectHtmlLang,
  launchChromium,
  msg,
  newContext,
  pickOption,
  publishListingViaApi,
  registerMemberViaApi,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

const NEED = {
  title: '氢燃料电池双极板涂层技术需求',
  summary: '我公司计划量产金属双极板，需要耐腐蚀、低接触电阻的表面涂层技术，并可在年产十万片的产线上稳定应用。',
  problem: '现有不锈钢双极板在酸性环境下腐蚀严重，接触电阻随运行时间明显升高。',
  desiredSolution: '导电耐蚀涂层（如碳基或氮化物涂层）及配套的连续镀膜工艺与设备。',
  sector: { code: 'green_energy', zhHans: '绿色能源' },
};

// Shares 燃料电池 with the need but neither 双极 nor 涂层, so the search below has something to leave out.
const DECOY = {
  type: 'technology_offer',
  language: 'zh-Hans',
  title: '燃料电池电堆性能测试服务',
  summary: '提供燃料电池电堆的极化曲线、耐久性与低温启动测试，出具第三方检测报告。',
  sectors: ['green_energy'],
  details: { trl: 9, iprStatus: 'know_how', cooperationTypes: ['technical_service'] },
};

const author = { name: '王晓明', email: 'wang.xiaoming@example.test', org: '江苏氢能科技有限公司' };
const reader = { name: 'Anna Becker', email: 'anna.becker@example.test' };

describe('journey: a Chinese technology need, approved, found and read in German', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  const problems = new BrowserProblems();
  const contexts: BrowserContext[] = [];
  let listingPath = '';

  const openPage = async (who: string): Promise<Page> => {
    const context = problems.watch(await newContext(browser, server.url), who);
    contexts.push(context);
    return context.newPage();
  };

  const step = journeySteps('journey', contexts);

  before(async () => {
    clearScreenshots('journey-');
    server = await startBrowserTestServer();
    browser = await launchChromium();
    const other = await registerMemberViaApi(server.url, 'decoy@example.test', { name: '上海测试服务中心', country: 'CN' });
    await publishListingViaApi(server.url, other, DECOY);
    await other.session.dispose();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  let authorPage: Page;

  step('a new user registers with an organisation on the Simplified Chinese register page and is logged in', async () => {
    const page = (authorPage = await openPage('author'));
    await page.goto('/register?lang=zh-Hans');
    await page.getByRole('heading', { name: msg('zh-Hans', 'auth.registerTitle') }).waitFor();
    await expectHtmlLang(page, 'zh-Hans');
    await screenshot(page, 'journey-01-register-zh-Hans');

    await page.getByLabel(msg('zh-Hans', 'auth.displayName')).fill(author.name);
    await page.getByLabel(msg('zh-Hans', 'auth.email')).fill(author.email);
    await page.getByLabel(msg('zh-Hans', 'auth.password'), { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('checkbox', { name: msg('zh-Hans', 'auth.createOrganisation') }).check();
    await page.getByLabel(msg('zh-Hans', 'org.field.name')).fill(author.org);
    await pickOption(page, page.getByLabel(msg('zh-Hans', 'org.field.type')), msg('zh-Hans', 'enum.organisationType.enterprise'));
    await pickOption(page, page.getByLabel(msg('zh-Hans', 'org.field.country')), '中国', { search: '中国' });
    await screenshot(page, 'journey-02-register-filled');
    await page.getByRole('main').getByRole('button', { name: exactName(msg('zh-Hans', 'auth.registerButton')) }).click();

    // Registration with an organisation lands on "my organisation", logged in, still in Chinese.
    await page.waitForURL('**/my');
    await page.getByRole('button', { name: msg('zh-Hans', 'nav.account') }).filter({ hasText: author.name }).waitFor();
    await page.getByText(author.org).first().waitFor();
    await expectHtmlLang(page, 'zh-Hans');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { email: string; locale: string } };
    assert.equal(me.user.email, author.email);
    assert.equal(me.user.locale, 'zh-Hans');
    await screenshot(page, 'journey-03-registered-my-organisation');
  });

  step('the user writes a technology need in Chinese through the form and submits it for review', async () => {
    const page = authorPage;
    await page.getByRole('banner').getByRole('link', { name: msg('zh-Hans', 'nav.newListing') }).click();
    await page.getByRole('heading', { name: msg('zh-Hans', 'form.chooseType') }).waitFor();
    await page.getByRole('link', { name: msg('zh-Hans', 'enum.listingType.technology_need') }).click();
    await page.waitForURL('**/listings/new?type=technology_need');
    const typeLabel = msg('zh-Hans', 'enum.listingType.technology_need');
    await page.getByRole('heading', { name: msg('zh-Hans', 'form.newTitle', { type: typeLabel }) }).waitFor();

    await page.getByLabel(msg('zh-Hans', 'field.title')).fill(NEED.title);
    await page.getByLabel(msg('zh-Hans', 'field.summary')).fill(NEED.summary);
    await page.getByLabel(msg('zh-Hans', 'field.details.problem')).fill(NEED.problem);
    await page.getByLabel(msg('zh-Hans', 'field.details.desiredSolution')).fill(NEED.desiredSolution);
    await pickOption(page, page.getByLabel(msg('zh-Hans', 'field.sectors')), NEED.sector.zhHans, { search: NEED.sector.zhHans, close: true });
    await screenshot(page, 'journey-04-need-form-filled');

    await page.getByRole('button', { name: msg('zh-Hans', 'form.saveAndSubmit') }).click();
    await page.waitForURL(/\/listings\/[0-9a-f-]{36}$/);
    listingPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: NEED.title, level: 2 }).waitFor();
    await page.getByText(msg('zh-Hans', 'form.submitted')).waitFor();
    // The status tag reads "in review" in Chinese.
    await page.locator('.ant-tag', { hasText: msg('zh-Hans', 'enum.listingStatus.submitted') }).waitFor();
    await page.getByText(NEED.problem).waitFor();

    const listing = (await (await page.request.get(`/api${listingPath}`)).json()) as Record<string, unknown>;
    assert.equal(listing.status, 'submitted');
    assert.equal(listing.type, 'technology_need');
    assert.equal(listing.language, 'zh-Hans', 'the language of a Chinese text is detected');
    assert.deepEqual(listing.sectors, [NEED.sector.code]);
    await screenshot(page, 'journey-05-need-submitted');
  });

  step('the platform admin approves the need in the moderation queue', async () => {
    const page = await openPage('admin');
    await page.goto('/login');
    await page.getByLabel(msg('en', 'auth.email')).fill(ADMIN_EMAIL);
    await page.getByLabel(msg('en', 'auth.password'), { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: msg('en', 'auth.loginButton') }).click();
    await page.getByRole('button', { name: msg('en', 'nav.account') }).waitFor();

    await page.goto('/admin/moderation');
    await page.getByRole('heading', { name: msg('en', 'nav.moderation') }).waitFor();
    const card = page.locator('.ant-card', { has: page.getByRole('link', { name: NEED.title }) });
    await card.waitFor();
    await screenshot(page, 'journey-06-moderation-queue');

    await card.getByRole('button', { name: msg('en', 'enum.moderationAction.approve') }).click();
    const dialog = page.getByRole('dialog', { name: msg('en', 'admin.moderateTitle', { title: NEED.title }) });
    await dialog.waitFor();
    await screenshot(page, 'journey-07-approve-dialog', false);
    await dialog.getByRole('button', { name: msg('en', 'admin.confirmAction') }).click();

    await page.getByText(msg('en', 'admin.moderated', { action: msg('en', 'enum.moderationAction.approve') })).waitFor();
    await page.getByText(msg('en', 'admin.queueEmpty')).waitFor();
    const listing = (await (await page.request.get(`/api${listingPath}`)).json()) as Record<string, unknown>;
    assert.equal(listing.status, 'published');
    await screenshot(page, 'journey-08-queue-empty');
  });

  let readerPage: Page;

  step('another user finds the need with the two-character Chinese query 涂层 and opens it', async () => {
    const page = (readerPage = await openPage('reader'));
    await page.goto('/register');
    await page.getByRole('heading', { name: msg('en', 'auth.registerTitle') }).waitFor();
    await expectHtmlLang(page, 'en');
    await page.getByLabel(msg('en', 'auth.displayName')).fill(reader.name);
    await page.getByLabel(msg('en', 'auth.email')).fill(reader.email);
    await page.getByLabel(msg('en', 'auth.password'), { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: msg('en', 'auth.registerButton') }).click();
    await page.getByRole('button', { name: msg('en', 'nav.account') }).filter({ hasText: reader.name }).waitFor();
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { locale: string } };
    assert.equal(me.user.locale, 'en', 'the account starts in the language the user registered in');

    await page.getByRole('menuitem', { name: msg('en', 'nav.listings') }).click();
    await page.getByRole('heading', { name: msg('en', 'listings.title') }).waitFor();
    // Both listings are published: the unfiltered list shows the decoy too.
    await page.getByText(msg('en', 'listings.resultCount', { total: 2 })).waitFor();

    const search = page.getByLabel(msg('en', 'listings.searchPlaceholder'));
    await search.fill('涂层');
    await search.press('Enter');
    await page.waitForURL(/[?&]q=%E6%B6%82%E5%B1%82/);
    await page.getByText(msg('en', 'listings.resultCount', { total: 1 })).waitFor();
    const hit = page.getByRole('link', { name: NEED.title });
    await hit.waitFor();
    assert.equal(await page.getByRole('link', { name: DECOY.title }).count(), 0, 'the decoy does not match 涂层');
    await screenshot(page, 'journey-09-search-results-tuceng');

    await hit.click();
    await page.waitForURL(`**${listingPath}`);
    await page.getByRole('heading', { name: NEED.title, level: 2 }).waitFor();
    await page.getByText(NEED.desiredSolution).waitFor();
    await screenshot(page, 'journey-10-need-detail-en');
  });

  step('the reader switches the UI to German; it stays German after a reload and is saved to the account', async () => {
    const page = readerPage;
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
    await pickOption(page, page.getByRole('combobox', { name: msg('en', 'nav.language') }), 'Deutsch');
    assert.equal((await saved).status(), 200);

    const checkGerman = async () => {
      await expectHtmlLang(page, 'de');
      await page.locator('.ant-tag', { hasText: msg('de', 'enum.listingType.technology_need') }).waitFor();
      await page.getByRole('link', { name: msg('de', 'listings.title') }).first().waitFor();
      await page.getByText(msg('de', 'field.details.problem')).waitFor();
      // The listing itself stays in its own language, marked as such.
      assert.equal(await page.getByRole('heading', { name: NEED.title, level: 2 }).getAttribute('lang'), 'zh-Hans');
    };
    await checkGerman();
    await screenshot(page, 'journey-11-need-detail-de');

    await page.reload();
    await checkGerman();
    assert.equal(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).localStorage.getItem('innox.lang')), 'de');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { locale: string } };
    assert.equal(me.user.locale, 'de');
    await screenshot(page, 'journey-12-need-detail-de-after-reload');
  });

  test('the journey caused no console errors, page errors or failed requests', () => {
    assert.deepEqual(problems.list, []);
  });
});
