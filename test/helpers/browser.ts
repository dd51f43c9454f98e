/**
 * Browser-test harness: the real server process on a fresh database, Debian's Chromium driven by
 * playwright-core, the UI's own locale messages for selectors, an API session for setup, and a
 * watcher that collects everything that went wrong in a browser context.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page, chromium, request } from 'playwright-core';
import { test } from 'node:test';
import { startServer } from './server.js';

export const ADMIN_EMAIL = 'admin@innox.test';
export const ADMIN_PASSWORD = 'browser-admin-password-1';
export const USER_PASSWORD = 'correct horse battery';

const root = new URL('../..', import.meta.url).pathname;
export const ARTIFACTS_DIR = join(root, 'test-artifacts', 'browser');

// ---------------------------------------------------------------------------------------------------
// Server and browser

export interface BrowserTestServer {
  url: string;
  stop(): Promise<void>;
}

/** A fresh database on the PostgreSQL server named by DATABASE_URL, as test/helpers/app.ts makes them. */
async function createPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `innox_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Starts `src/main.ts` on an empty database (PGlite in a temp folder, or a new PostgreSQL database);
 * `demoData` loads the demo data set at start, as `npm start` does by default.
 */
export async function startBrowserTestServer(options: { demoData?: boolean } = {}): Promise<BrowserTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'innox-browser-'));
  const postgres = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : null;
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  try {
    const server = await startServer({
      DATA_DIR: dataDir,
      DATABASE_URL: postgres?.url ?? '',
      DEMO_DATA: options.demoData ? 'true' : 'false',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      RATE_LIMIT_LOGIN_PER_15_MIN: '100',
    });
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string };
    if (health.database !== (postgres ? 'postgres' : 'pglite')) {
      await server.stop();
      throw new Error(`the server runs on ${health.database}, not the database this test made for it`);
    }
    return {
      url: server.url,
      async stop() {
        await server.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Debian's Chromium; a browser is never downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** A fresh browser profile (cookies, storage) for one user; actions and waits give up after 10 s. */
export async function newContext(browser: Browser, baseURL: string, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? DESKTOP, locale: options.locale ?? 'en-US' });
  context.setDefaultTimeout(10_000);
  return context;
}

// ---------------------------------------------------------------------------------------------------
// What went wrong in the browser

/**
 * Collects console errors, uncaught page errors, failed requests and HTTP error responses of every page
 * in the contexts it watches, so a test can assert at the end that there were none.
 */
export class BrowserProblems {
  readonly list: string[] = [];

  watch(context: BrowserContext, who: string): BrowserContext {
    context.on('console', (m) => {
      if (m.type() === 'error') this.list.push(`[${who}] console error: ${m.text()} (${m.location().url})`);
    });
    context.on('weberror', (e) => this.list.push(`[${who}] page error: ${e.error().message}`));
    context.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      // Requests still in flight when the test navigates away are cancelled by the browser: not a failure.
      if (reason === 'net::ERR_ABORTED') return;
      this.list.push(`[${who}] request failed: ${r.method()} ${r.url()} ${reason}`);
    });
    context.on('response', (r) => {
      if (r.status() >= 400) this.list.push(`[${who}] HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    });
    return context;
  }
}

// ---------------------------------------------------------------------------------------------------
// Screenshots

/** Removes earlier runs' screenshots whose names start with `prefix`, so stale failures do not linger. */
export function clearScreenshots(prefix: string): void {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const file of readdirSync(ARTIFACTS_DIR)) if (file.startsWith(prefix)) rmSync(join(ARTIFACTS_DIR, file));
}

/** Saves test-artifacts/browser/<name>.png (the whole page unless `fullPage` is false). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // Ant Design shows dialogs, dropdowns and toasts with rc-motion, which holds an element invisible in an
  // "-appear-start" class for a frame before animating: wait for every appearing motion to end, then shoot.
  // A leaving element that is already invisible cannot change the picture; on a loaded machine a button's
  // loading icon can stay in "-leave-active" for good (its transitionend never fires), so it is not waited for.
  // A screenshot is evidence, not a check: if something is still moving after 5 s (seen on a loaded
  // machine), shoot anyway and say what was moving, rather than failing the step.
  await page
    .waitForFunction(
      () => {
        // Runs in the page (the test code is type-checked without the DOM library).
        type El = { className: unknown; checkVisibility(): boolean };
        const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<El> } }).document;
        return Array.from(doc.querySelectorAll('[class*="-appear-"], [class*="-enter-"], [class*="-leave-"]')).every(
          (el) => String(el.className).includes('-leave-') && !el.checkVisibility(),
        );
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(async () => {
      const moving = await page.locator('[class*="-appear-"], [class*="-enter-"], [class*="-leave-"]').evaluateAll((els) => els.map((el) => String(el.className)));
      console.error(`screenshot ${name}: still animating after 5 s: ${moving.join(' | ')}`);
    });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

/**
 * Steps of a browser journey that build on each other: after a failure the remaining steps are skipped
 * (they could only fail for the same reason), and every open page is captured as `<prefix>-failed-<n>`.
 */
export function journeySteps(prefix: string, contexts: readonly BrowserContext[]) {
  let failedStep = '';
  return (name: string, fn: () => Promise<void>) =>
    test(name, async (t) => {
      if (failedStep) return t.skip(`an earlier step failed: ${failedStep}`);
      try {
        await fn();
      } catch (error) {
        failedStep = name;
        for (const [i, page] of contexts.flatMap((c) => c.pages()).entries()) await screenshot(page, `${prefix}-failed-${i}`).catch(() => undefined);
        throw error;
      }
    });
}

// ---------------------------------------------------------------------------------------------------
// The UI's own words

export const UI_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'de', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const catalogues = new Map<UiLanguage, unknown>();

/** A message from src/web/i18n/locales/<lang>.json, with {{name}} placeholders filled in. */
export function msg(lang: UiLanguage, key: string, vars: Record<string, string | number> = {}): string {
  let catalogue = catalogues.get(lang);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(join(root, 'src/web/i18n/locales', `${lang}.json`), 'utf8')) as unknown;
    catalogues.set(lang, catalogue);
  }
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${lang}.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}

// ---------------------------------------------------------------------------------------------------
// Setting up data through the API

/** An API client with its own cookie jar that sends the CSRF header like the web UI does. */
export class ApiSession {
  private constructor(private readonly http: APIRequestContext) {}

  static async open(baseURL: string): Promise<ApiSession> {
    const session = new ApiSession(await request.newContext({ baseURL }));
    await session.call('GET', '/api/auth/csrf');
    return session;
  }

  async call<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, expectedStatus = 200): Promise<T> {
    const cookies = (await this.http.storageState()).cookies;
    const csrf = cookies.find((c) => c.name === 'innox_csrf')?.value ?? '';
    const res = await this.http.fetch(path, {
      method,
      headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await res.text();
    if (res.status() !== expectedStatus) throw new Error(`${method} ${path}: expected ${expectedStatus}, got ${res.status()} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  login(email: string, password: string) {
    return this.call('POST', '/api/auth/login', { email, password });
  }

  dispose(): Promise<void> {
    return this.http.dispose();
  }
}

/** Registers a user with an organisation through the API; returns the session and the organisation id. */
export async function registerMemberViaApi(baseURL: string, email: string, organisation: { name: string; country: string }) {
  const session = await ApiSession.open(baseURL);
  const { user } = await session.call<{ user: { memberships: { organisationId: string }[] } }>(
    'POST',
    '/api/auth/register',
    { email, password: USER_PASSWORD, displayName: organisation.name, organisation: { ...organisation, type: 'enterprise' } },
    201,
  );
  const organisationId = user.memberships[0]?.organisationId;
  if (!organisationId) throw new Error('registration did not create an organisation');
  return { session, organisationId };
}

/** Creates a listing as `member`, submits it, and has the platform admin approve it. */
export async function publishListingViaApi(baseURL: string, member: { session: ApiSession; organisationId: string }, input: Record<string, unknown>): Promise<string> {
  const { id } = await member.session.call<{ id: string }>('POST', '/api/listings', { organisationId: member.organisationId, ...input }, 201);
  await member.session.call('POST', `/api/listings/${id}/submit`, {});
  const admin = await ApiSession.open(baseURL);
  try {
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.call('POST', `/api/admin/listings/${id}/moderate`, { action: 'approve' });
  } finally {
    await admin.dispose();
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Driving Ant Design

/** Waits until <html lang> is `lang`; fails with the value it had. */
export async function expectHtmlLang(page: Page, lang: string, timeoutMs = 10_000): Promise<void> {
  try {
    // A selector, not waitForFunction: the page's CSP (rightly) forbids the eval a string predicate needs.
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached', timeout: timeoutMs });
  } catch (error) {
    const actual = await page.locator('html').getAttribute('lang');
    throw new Error(`expected <html lang="${lang}">, found "${actual}" on ${page.url()}`, { cause: error });
  }
}

/**
 * An accessible-name matcher for button text. Ant Design puts a space between the characters of a
 * two-character Chinese label (注册 renders as "注 册"), so each gap may hold one space.
 */
export function exactName(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('\\s?')}$`);
}

/**
 * Chooses an option of an antd Select by its label: opens the select (typing `search` first for
 * searchable ones) and clicks the option in the open dropdown. Multiple selects stay open, so `close`
 * presses Escape afterwards.
 */
export async function pickOption(page: Page, combobox: Locator, label: string, options: { search?: string; close?: boolean } = {}): Promise<void> {
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').and(page.getByTitle(label, { exact: true }));
  // The select's root element shows the chosen label once the choice is taken.
  const chosen = combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').filter({ hasText: label });
  // On a busy machine a click can land while the dropdown is still animating open and miss the option:
  // confirm the select shows the choice (single selects), and try again if it does not.
  for (let attempt = 1; ; attempt++) {
    await combobox.click();
    if (options.search) await combobox.fill(options.search);
    await option.click();
    if (options.close) break;
    try {
      await chosen.first().waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      // A select whose own label changes with the choice (the language switcher) is gone by name: done.
      if ((await combobox.count()) === 0) break;
      if (attempt >= 3) throw error;
      await combobox.press('Escape');
    }
  }
  if (options.close) {
    await combobox.press('Escape');
    await combobox.and(page.locator('[aria-expanded="false"]')).waitFor();
  }
}

/** Resolves once no CSS transition or animation runs in the page (drawers and submenus sliding open). */
export async function animationsDone(page: Page, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const running = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.getAnimations().filter((a) => a.playState === 'running').length);
    if (running === 0) return;
    await page.waitForTimeout(50);
  }
}

/**
 * On a phone: opens the menu drawer, expands the submenu `group` and follows its link `link`, then waits
 * for `url`. On a busy machine a tap can land while the drawer or the submenu is still sliding and hit
 * its neighbour, so it waits for the animations and tries again (up to three times) if the page did not
 * arrive, failing with the address it reached.
 */
export async function followDrawerLink(page: Page, menuButton: string, group: string, link: string, url: RegExp): Promise<void> {
  const drawer = page.locator('.ant-drawer-open');
  for (let attempt = 1; ; attempt++) {
    if (!(await drawer.isVisible())) await page.getByRole('button', { name: menuButton }).click();
    await drawer.waitFor();
    await animationsDone(page);
    const submenu = drawer.getByRole('menuitem', { name: group });
    if ((await submenu.getAttribute('aria-expanded')) !== 'true') await submenu.click();
    await drawer.locator('[role="menuitem"][aria-expanded="true"]').filter({ hasText: group }).waitFor();
    await animationsDone(page);
    await drawer.getByRole('link', { name: link, exact: true }).click();
    try {
      await page.waitForURL(url, { timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw new Error(`following ${group} › ${link} reached ${page.url()}, not ${url}`, { cause: error });
    }
  }
}

/**
 * The browser globals that functions run in the page touch (the project's tsconfig has no DOM lib):
 * `(globalThis as unknown as BrowserGlobals).document…` inside page.evaluate.
 */
export interface BrowserGlobals {
  document: {
    documentElement: { scrollWidth: number };
    querySelectorAll(selector: string): { length: number };
    getAnimations(): Array<{ playState: string }>;
  };
  localStorage: { getItem(key: string): string | null };
  __xss?: unknown;
}
