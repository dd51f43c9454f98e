/**
 * The home page in each of the five UI languages on a phone (375×812): the right <html lang>, the
 * page's own words, the author's translation on the listing card, no sideways scrolling, no errors.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  type BrowserGlobals,
  BrowserProblems,
  type BrowserTestServer,
  PHONE,
  UI_LANGUAGES,
  type UiLanguage,
  clearScreenshots,
  expectHtmlLang,
  launchChromium,
  msg,
  publishListingViaApi,
  registerMemberViaApi,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

// One published offer, written in English with the author's translations into the other four languages.
const TITLES: Record<UiLanguage, string> = {
  en: 'Corrosion-resistant coatings for metal bipolar plates',
  'zh-Hans': '金属双极板耐腐蚀涂层',
  'zh-Hant': '金屬雙極板耐腐蝕塗層',
  de: 'Korrosionsbeständige Beschichtungen für metallische Bipolarplatten',
  vi: 'Lớp phủ chống ăn mòn cho tấm lưỡng cực kim loại',
};
const OFFER = {
  type: 'technology_offer',
  language: 'en',
  title: TITLES.en,
  summary: 'Carbon-based PVD coatings that keep the contact resistance of stainless-steel bipolar plates below 10 mΩ·cm² for 5,000 hours.',
  translations: (['zh-Hans', 'zh-Hant', 'de', 'vi'] as const).map((language) => ({ language, title: TITLES[language], summary: TITLES[language] })),
  sectors: ['green_energy'],
  details: { trl: 6, iprStatus: 'patent_granted', cooperationTypes: ['licensing', 'joint_rd'] },
};

describe('home page on a phone in every UI language', () => {
  let server: BrowserTestServer;
  let browser: Browser;

  before(async () => {
    clearScreenshots('home-phone-');
    server = await startBrowserTestServer();
    browser = await launchChromium();
    const member = await registerMemberViaApi(server.url, 'coatings@example.test', { name: 'Fraunhofer-Testinstitut', country: 'DE' });
    await publishListingViaApi(server.url, member, OFFER);
    await member.session.dispose();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of UI_LANGUAGES) {
    test(`in ${lang} the home page has <html lang="${lang}">, its own words, no horizontal overflow and no errors`, async () => {
      const problems = new BrowserProblems();
      const context = problems.watch(
        await browser.newContext({ baseURL: server.url, viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' }),
        lang,
      );
      context.setDefaultTimeout(10_000);
      try {
        const page = await context.newPage();
        await page.goto(`/?lang=${lang}`);
        await page.getByRole('heading', { name: msg(lang, 'home.heroTitle'), level: 1 }).waitFor();
        await expectHtmlLang(page, lang);
        // Everything the page loads has arrived: figures, the chart and the latest listings.
        await page.getByRole('link', { name: TITLES[lang] }).waitFor();
        await page.locator('canvas').first().waitFor();
        await page.getByRole('button', { name: msg(lang, 'nav.menu') }).waitFor();
        await page.getByText(msg(lang, 'home.latestTitle')).waitFor();

        const scrollWidth = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth);
        await screenshot(page, `home-phone-${lang}`);
        assert.ok(scrollWidth <= PHONE.width, `the page is ${scrollWidth}px wide on a ${PHONE.width}px screen`);
        assert.deepEqual(problems.list, []);
      } finally {
        await context.close();
      }
    });
  }
});
