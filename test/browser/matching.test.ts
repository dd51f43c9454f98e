/**
 * Matching in a real browser, on the demo data set: a Chinese battery maker opens its zh-Hans need and
 * finds the German institute's laser-welding offer among its matches, with the shared concept labelled in
 * the UI language and the matched words marked in both texts; it says the match is not relevant (with a
 * reason) and sees that recorded; it reads the same page on a phone in Chinese, searches in German, reads
 * its recommendations and removes an automatic tag. The platform admin opens /admin/matching, starts a
 * re-index and watches it complete, and tunes an event's matching weights.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../../src/db/seed/load.js';
import { OFFER_NEED_LISTINGS } from '../../src/db/seed/listings-offers-needs.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  ApiSession,
  type BrowserGlobals,
  BrowserProblems,
  type BrowserTestServer,
  PHONE,
  clearScreenshots,
  followDrawerLink,
  journeySteps,
  launchChromium,
  msg,
  newContext,
  pickOption,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

type Lang = 'en' | 'zh-Hans';
const catalogues = new Map<Lang, unknown>();
/** A message of the matching area's catalogue (locales/matching/<lang>.json). */
function m(key: string, vars: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  let node = catalogues.get(lang);
  if (!node) {
    node = JSON.parse(readFileSync(new URL(`../../src/web/i18n/locales/matching/${lang}.json`, import.meta.url), 'utf8')) as unknown;
    catalogues.set(lang, node);
  }
  for (const part of `matching.${key}`.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message matching.${key} in matching/${lang}.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}

const demo = (key: string) => OFFER_NEED_LISTINGS.find((l) => l.key === key) ?? assert.fail(`no demo listing ${key}`);
const NEED = demo('need-zh-battery-tray-welding');
const OFFER = demo('offer-de-laser-welding-al');
const MEMBER_EMAIL = demoEmail(NEED.org);
/** The demo member's account is in Chinese; an explicit ?lang= shows a page in English without changing that. */
const inEnglish = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=en`;

interface MatchingStatusBody {
  status: string;
  jobs: { queued: number; running: number; failed: number };
  reindex: { status: string; done: number | null; total: number | null } | null;
}
interface MatchesBody {
  items: Array<{ id: string; target: { listing: { title: string } | null }; feedback: { verdict: string; reason: string | null } | null }>;
}

describe('matching: explained cross-language matches, feedback, search and the admin page', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let adminApi: ApiSession;
  const problems = new BrowserProblems();
  const contexts: BrowserContext[] = [];
  let needId = '';
  let memberPage: Page;

  const openPageAs = async (email: string, password: string, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Page> => {
    const context = problems.watch(await newContext(browser, server.url, options), email);
    contexts.push(context);
    const page = await context.newPage();
    assert.equal((await page.request.get('/api/auth/csrf')).status(), 200);
    const csrf = (await context.cookies()).find((c) => c.name === 'innox_csrf')?.value ?? '';
    const login = await page.request.post('/api/auth/login', { headers: { 'x-csrf-token': csrf }, data: { email, password } });
    assert.equal(login.status(), 200, await login.text());
    return page;
  };

  /** Waits until the engine is warm and no matching job is left (the demo load queues one per document). */
  const matchingIdle = async (timeoutMs = 240_000): Promise<MatchingStatusBody> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // The single embedded database is busy with the jobs meanwhile: a slow answer is waited for again.
      const status = await adminApi.call<MatchingStatusBody>('GET', '/api/admin/matching').catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TimeoutError') return null;
        throw error;
      });
      if (status?.status === 'ready' && status.jobs.queued === 0 && status.jobs.running === 0) return status;
      if (Date.now() > deadline) throw new Error(`matching not idle after ${timeoutMs} ms: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  const matchOf = (page: Page, title: string): Locator => page.getByTestId('match-item').filter({ has: page.getByRole('link', { name: title, exact: true }) });

  const noSidewaysScroll = async (page: Page) => {
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as BrowserGlobals & { innerWidth: number };
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  };

  const step = journeySteps('matching', contexts);

  before(async () => {
    clearScreenshots('matching-');
    server = await startBrowserTestServer({ demoData: true });
    browser = await launchChromium();
    adminApi = await ApiSession.open(server.url);
    await adminApi.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await matchingIdle();
    const found = await adminApi.call<{ items: Array<{ id: string; title: string }> }>('GET', `/api/listings?q=${encodeURIComponent(NEED.input.title)}`);
    needId = found.items.find((l) => l.title === NEED.input.title)?.id ?? assert.fail('the demo need is published');
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await adminApi?.dispose();
    await browser?.close();
    await server?.stop();
  });

  step('a member opens its zh-Hans need and sees the German offer that answers it, with the shared concept and the matched words marked in both texts', async () => {
    memberPage = await openPageAs(MEMBER_EMAIL, DEMO_PASSWORD);
    const page = memberPage;
    await page.goto(inEnglish(`/listings/${needId}`));
    await page.getByTestId('listing-matches').locator('.ant-card-head-title').getByText(m('listing.title'), { exact: true }).waitFor();
    const match = matchOf(page, OFFER.input.title);
    await match.waitFor();
    // The concept both share, labelled from the taxonomy in the UI language (English here).
    await match.getByTestId('shared-concepts').getByText('Laser welding', { exact: true }).waitFor();
    const show = match.getByRole('button', { name: m('item.showTexts') });
    if (await show.isVisible()) await show.click();
    const subjectMarks = await match.getByTestId('match-subject-text').locator('mark').allTextContents();
    const candidateMarks = await match.getByTestId('match-candidate-text').locator('mark').allTextContents();
    assert.ok(subjectMarks.some((t) => t.includes('激光')), `marked in the need: ${subjectMarks.join(' | ')}`);
    assert.ok(candidateMarks.some((t) => /^laser/i.test(t)), `marked in the offer: ${candidateMarks.join(' | ')}`);
    // The score's breakdown: a bar per signal that applies.
    assert.ok((await match.getByRole('meter').count()) >= 2);
    await match.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-01-listing-matches', false);
  });

  step('the member says the match is not relevant, with a reason, and sees the verdict recorded', async () => {
    const page = memberPage;
    const match = matchOf(page, OFFER.input.title);
    await match.getByRole('button', { name: m('feedback.notRelevant') }).click();
    await pickOption(page, match.getByLabel(m('feedback.reasonLabel')), m('reason.already_known'));
    await screenshot(page, 'matching-02-feedback-reason', false);
    await match.getByRole('button', { name: m('feedback.send') }).click();
    const verdict = m('feedback.markedNotRelevant', { reason: m('reason.already_known') });
    await match.getByRole('status').filter({ hasText: verdict }).waitFor();

    const res = await page.request.get(`/api/listings/${needId}/matches`);
    assert.equal(res.status(), 200);
    const stored = ((await res.json()) as MatchesBody).items.find((i) => i.target.listing?.title === OFFER.input.title);
    assert.deepEqual(stored?.feedback && { verdict: stored.feedback.verdict, reason: stored.feedback.reason }, { verdict: 'not_relevant', reason: 'already_known' });

    // Still there after a reload; and it can be changed.
    await page.reload();
    await matchOf(page, OFFER.input.title).getByRole('status').filter({ hasText: verdict }).waitFor();
    assert.equal(await matchOf(page, OFFER.input.title).getByRole('button', { name: m('feedback.notRelevant') }).getAttribute('aria-pressed'), 'true');
  });

  step('on a phone in Chinese the concept is labelled in Chinese and nothing scrolls sideways', async () => {
    const page = await openPageAs(MEMBER_EMAIL, DEMO_PASSWORD, { viewport: PHONE, locale: 'zh-CN' });
    await page.goto(`/listings/${needId}`);
    await page.getByTestId('listing-matches').locator('.ant-card-head-title').getByText(m('listing.title', {}, 'zh-Hans'), { exact: true }).waitFor();
    const match = matchOf(page, OFFER.input.title);
    await match.getByTestId('shared-concepts').getByText('激光焊接', { exact: true }).waitFor();
    await noSidewaysScroll(page);
    await match.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-03-phone-zh', false);
    await page.context().close();
  });

  step('a visitor without an account sees the public matches, no feedback buttons, and is invited to log in', async () => {
    const context = problems.watch(await newContext(browser, server.url), 'visitor');
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`/listings/${needId}`);
    const section = page.getByTestId('listing-matches');
    await section.getByText(m('listing.loginPrompt'), { exact: true }).waitFor();
    await matchOf(page, OFFER.input.title).waitFor();
    assert.equal(await section.getByRole('button', { name: m('feedback.notRelevant') }).count(), 0);
    await context.close();
  });

  step('the member searches in German and sees what the text was read as and why each result matches', async () => {
    const page = memberPage;
    await page.goto(inEnglish('/listings'));
    await page.getByRole('link', { name: m('nav.search') }).click();
    await page.getByRole('heading', { name: m('search.title') }).waitFor();
    await page.getByLabel(m('search.textLabel')).fill('Laserschweißen von Batteriewannen aus Aluminium mit geringer Porosität');
    await page.getByRole('button', { name: m('search.submit') }).click();
    const german = await page.evaluate(() => new Intl.DisplayNames(['en'], { type: 'language' }).of('de') ?? 'de');
    await page.getByTestId('read-as').filter({ hasText: m('search.readAs', { language: german }) }).waitFor();
    const first = page.getByTestId('match-item').first();
    await first.waitFor();
    assert.ok((await first.getByTestId('match-subject-text').locator('mark').count()) > 0, 'the searched text has marked words');
    await screenshot(page, 'matching-04-search', false);
  });

  step('the member reads "Recommended for you" on the organisation dashboard, each saying which listing it is for', async () => {
    const page = memberPage;
    await page.goto(inEnglish('/my'));
    const card = page.getByTestId('recommendations');
    await card.getByText(m('recommendations.title'), { exact: true }).waitFor();
    const first = card.getByTestId('match-item').first();
    await first.waitFor();
    assert.match((await first.locator('.match-context').textContent()) ?? '', new RegExp(`^${m('recommendations.for')} `));
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-05-recommendations', false);
  });

  step('the author removes an automatic tag and can restore it', async () => {
    const page = memberPage;
    const tags = (await (await page.request.get(`/api/listings/${needId}/tags`)).json()) as { author: string[]; automatic: string[]; dismissed: string[] };
    const code = tags.automatic.find((c) => !tags.author.includes(c));
    assert.ok(code, `the need has an automatic tag of its own: ${JSON.stringify(tags)}`);
    const taxonomy = (await (await page.request.get('/api/taxonomy')).json()) as { concepts: Array<{ code: string; labels: { en: string } }> };
    const name = taxonomy.concepts.find((c) => c.code === code)?.labels.en ?? code;
    await page.goto(inEnglish(`/listings/${needId}`));
    const card = page.getByTestId('listing-tags');
    await card.getByRole('button', { name: m('tags.remove', { tag: name }) }).click();
    await card.getByRole('button', { name: m('tags.restore', { tag: name }) }).waitFor();
    const after = (await (await page.request.get(`/api/listings/${needId}/tags`)).json()) as { dismissed: string[]; effective: string[] };
    assert.deepEqual(after.dismissed, [code]);
    assert.ok(!after.effective.includes(code));
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-06-tags', false);
    await card.getByRole('button', { name: m('tags.restore', { tag: name }) }).click();
    await card.getByRole('button', { name: m('tags.remove', { tag: name }) }).waitFor();
    const restored = (await (await page.request.get(`/api/listings/${needId}/tags`)).json()) as { dismissed: string[] };
    assert.deepEqual(restored.dismissed, []);
  });

  step('the admin opens /admin/matching, starts a re-index and watches it complete', async () => {
    await matchingIdle();
    const page = await openPageAs(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/admin/matching');
    await page.getByRole('heading', { name: m('admin.title'), level: 2 }).waitFor();
    await page.getByTestId('matching-state').getByText(m('admin.stateValue.ready')).waitFor();
    await page.getByText(m('admin.reindex.never')).waitFor();
    // The feedback given above: one "not relevant", so precision 0 %, with the chart by type.
    await page.locator('canvas').first().waitFor();

    await page.getByRole('button', { name: m('admin.reindex.start') }).click();
    await page.locator('[data-testid="reindex-job"]:not([data-status="done"])').waitFor();
    await page.locator('[data-testid="reindex-job"][data-status="done"]').waitFor({ timeout: 180_000 });
    await page.getByTestId('reindex-job').getByText(m('admin.reindex.statusValue.done')).waitFor();
    const status = await adminApi.call<MatchingStatusBody>('GET', '/api/admin/matching');
    assert.equal(status.reindex?.status, 'done');
    assert.ok(status.reindex.total && status.reindex.done === status.reindex.total, JSON.stringify(status.reindex));
    await screenshot(page, 'matching-07-admin');
  });

  step('on a phone the admin finds Matching in the administration menu, and the page fits the screen', async () => {
    const page = await openPageAs(ADMIN_EMAIL, ADMIN_PASSWORD, { viewport: PHONE });
    await page.goto('/');
    await followDrawerLink(page, msg('en', 'nav.menu'), msg('en', 'nav.admin'), m('nav.admin'), /\/admin\/matching$/);
    await page.getByTestId('reindex-job').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'matching-08-admin-phone');
    await page.context().close();
  });

  step("the admin gives a demo event its own matching weights from the event's overview", async () => {
    const events = await adminApi.call<{ items: Array<{ id: string; status: string }> }>('GET', '/api/events?when=all');
    const eventId = events.items.find((e) => e.status === 'published')?.id ?? assert.fail('the demo data has published events');
    const page = await openPageAs(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/events/${eventId}`);
    const card = page.getByTestId('event-matching-weights');
    await card.getByRole('button', { name: m('event.adjust') }).click();
    const concepts = card.getByLabel(m('weights.valueOf', { signal: m('signal.concepts') }));
    await concepts.fill('0.5');
    await card.getByRole('button', { name: m('weights.save') }).click();
    await card.getByText(m('event.source.event'), { exact: true }).waitFor();
    const saved = await adminApi.call<{ weights: { concepts: number }; source: string }>('GET', `/api/events/${eventId}/matching-weights`);
    assert.deepEqual({ concepts: saved.weights.concepts, source: saved.source }, { concepts: 0.5, source: 'event' });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-09-event-weights', false);
  });

  step('nothing went wrong in any browser', async () => {
    assert.deepEqual(problems.list, []);
  });
});
