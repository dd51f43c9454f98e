/**
 * Events in a real browser: an organiser creates an open day with a timetable (two rooms, three
 * sessions) through the forms and publishes it; a visitor reads the timetable grid and the printable
 * programme in Simplified Chinese (and the list view on a phone); a participant registers and gets a QR
 * ticket; the organiser checks the participant in by typing the ticket code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  journeySteps,
  type BrowserGlobals,
  BrowserProblems,
  type BrowserTestServer,
  PHONE,
  USER_PASSWORD,
  type UiLanguage,
  clearScreenshots,
  exactName,
  expectHtmlLang,
  launchChromium,
  msg,
  newContext,
  pickOption,
  registerMemberViaApi,
  screenshot,
  startBrowserTestServer,
} from '../helpers/browser.js';

const root = new URL('../..', import.meta.url).pathname;
const areaCatalogues = new Map<string, unknown>();

/** A message of the main catalogue or of an area's (locales/<area>/<lang>.json), placeholders filled in. */
function m(lang: UiLanguage, key: string, vars: Record<string, string | number> = {}): string {
  const area = key.split('.')[0] ?? '';
  if (area !== 'events' && area !== 'registrations') return msg(lang, key, vars);
  const file = join(root, 'src/web/i18n/locales', area, `${lang}.json`);
  if (!areaCatalogues.has(file)) areaCatalogues.set(file, JSON.parse(readFileSync(file, 'utf8')) as unknown);
  let node = areaCatalogues.get(file);
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${area}/${lang}.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** A day `days` after today, YYYY-MM-DD: the event stays upcoming whenever the test runs. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const FIRST_DAY = dayFromNow(10);
const SECOND_DAY = dayFromNow(11);

const EVENT = { en: 'Global Innovation Partner Open Day', zh: '全球创新伙伴开放日' };
const SESSIONS = [
  { kind: 'keynote', en: 'Opening keynote: open innovation', zh: '开幕主旨演讲：开放创新', room: 'Hall A', day: FIRST_DAY, start: '09:00', end: '09:45', speaker: 'Dr. Li Wei', track: '' },
  { kind: 'panel', en: 'Biomedicine sub-forum: partners in practice', zh: '生物医药分论坛：合作伙伴实践', room: 'Hall B', day: FIRST_DAY, start: '10:00', end: '11:30', speaker: 'Prof. Anna Schmidt', track: 'biomedicine' },
  { kind: 'signing_ceremony', en: 'Signing of cooperation agreements', zh: '战略合作协议签约仪式', room: 'Hall A', day: SECOND_DAY, start: '14:00', end: '15:00', speaker: '', track: '' },
] as const;

const organiser = { name: 'YRD National Innovation Center', email: 'organiser@example.test' };
const participant = { name: 'Fraunhofer Liaison Office Shanghai', email: 'participant@example.test' };
const coOrganiser = { name: 'Suzhou Industrial Park Technology Transfer Centre', email: 'co-organiser@example.test' };

describe('events: timetable, printable programme, registration, ticket and check-in', () => {
  let server: BrowserTestServer;
  let browser: Browser;
  const problems = new BrowserProblems();
  const contexts: BrowserContext[] = [];
  let eventId = '';
  let ticketCode = '';
  let organiserPage: Page;

  const openPage = async (who: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Page> => {
    const context = problems.watch(await newContext(browser, server.url, options), who);
    contexts.push(context);
    return context.newPage();
  };

  const login = async (page: Page, email: string) => {
    await page.goto('/login');
    await page.getByLabel(msg('en', 'auth.email')).fill(email);
    await page.getByLabel(msg('en', 'auth.password'), { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: msg('en', 'auth.loginButton') }).click();
    await page.getByRole('button', { name: msg('en', 'nav.account') }).waitFor();
  };

  /** The language's name as the browser's Intl gives it, which is how the UI labels languages. */
  const languageName = (page: Page, code: string) => page.evaluate((c) => new Intl.DisplayNames(['en'], { type: 'language' }).of(c) ?? c, code);

  const step = journeySteps('events', contexts);

  before(async () => {
    clearScreenshots('events-');
    server = await startBrowserTestServer();
    browser = await launchChromium();
    for (const who of [organiser, participant]) {
      const member = await registerMemberViaApi(server.url, who.email, { name: who.name, country: who === organiser ? 'CN' : 'DE' });
      await member.session.dispose();
    }
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  step('an organiser creates an open day in English and Chinese through the event form', async () => {
    const page = (organiserPage = await openPage('organiser'));
    await login(page, organiser.email);
    await page.getByRole('menuitem', { name: m('en', 'events.nav') }).click();
    await page.getByRole('heading', { name: m('en', 'events.title') }).waitFor();
    await page.getByRole('link', { name: m('en', 'events.new') }).click();
    await page.getByRole('heading', { name: m('en', 'events.new') }).waitFor();

    await pickOption(page, page.getByLabel(m('en', 'events.field.kind')), msg('en', 'enum.eventKind.open_day'));
    const chinese = await languageName(page, 'zh-Hans');
    await pickOption(page, page.getByLabel(m('en', 'events.field.languages')), chinese, { close: true });
    const english = await languageName(page, 'en');
    await page.getByLabel(m('en', 'events.form.inLanguage', { field: m('en', 'events.field.title'), language: english })).fill(EVENT.en);
    await page.getByLabel(m('en', 'events.form.inLanguage', { field: m('en', 'events.field.title'), language: chinese })).fill(EVENT.zh);
    await page.getByLabel(m('en', 'events.form.inLanguage', { field: m('en', 'events.field.description'), language: english })).fill(
      'Foreign R&D centres and institutes of the Yangtze River Delta present their open-innovation practice; five sector sub-forums follow.',
    );
    await page.getByLabel(m('en', 'events.field.startsOn')).fill(FIRST_DAY);
    await page.getByLabel(m('en', 'events.field.endsOn')).fill(SECOND_DAY);
    await pickOption(page, page.getByLabel(m('en', 'events.field.timeZone')), 'Asia/Shanghai', { search: 'Asia/Shanghai' });
    await page.getByLabel(m('en', 'events.field.venue'), { exact: true }).fill('YRD National Innovation Center, Building 3');
    await page.getByLabel(m('en', 'events.field.city'), { exact: true }).fill('Shanghai');
    await screenshot(page, 'events-01-event-form');
    await page.getByRole('button', { name: m('en', 'events.form.create') }).click();

    await page.waitForURL(/\/events\/[0-9a-f-]{36}\/edit-programme$/);
    eventId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByRole('heading', { name: EVENT.en, level: 2 }).waitFor();
    const event = (await (await page.request.get(`/api/events/${eventId}`)).json()) as Record<string, unknown>;
    assert.equal(event.status, 'draft');
    assert.equal(event.kind, 'open_day');
    assert.equal(event.timeZone, 'Asia/Shanghai');
    assert.deepEqual(event.title, { en: EVENT.en, 'zh-Hans': EVENT.zh });
  });

  step('the organiser adds a co-organising organisation through the organisers card', async () => {
    const member = await registerMemberViaApi(server.url, coOrganiser.email, { name: coOrganiser.name, country: 'CN' });
    await member.session.dispose();
    const page = organiserPage;
    await page.goto(`/events/${eventId}`);
    const list = page.getByRole('list', { name: m('en', 'events.organisersCard.list') });
    const card = page.locator('.ant-card').filter({ has: list });
    await pickOption(page, card.getByLabel(m('en', 'events.organisersCard.organisation'), { exact: true }), coOrganiser.name, { search: 'Suzhou' });
    await pickOption(page, card.getByLabel(m('en', 'events.organisersCard.role'), { exact: true }), msg('en', 'enum.organiserRole.co_organiser'));
    await card.getByRole('button', { name: m('en', 'events.organisersCard.add') }).click();

    const coOrganiserRole = msg('en', 'enum.organiserRole.co_organiser');
    await list.getByRole('listitem').filter({ hasText: coOrganiser.name }).getByText(coOrganiserRole, { exact: true }).waitFor();
    await list.getByRole('listitem').filter({ hasText: organiser.name }).getByText(msg('en', 'enum.organiserRole.organiser'), { exact: true }).waitFor();
    await screenshot(page, 'events-01b-organisers-card');
    const event = (await (await page.request.get(`/api/events/${eventId}`)).json()) as { organisers: Array<{ organisationId: string; organisationName: string; role: string }> };
    assert.deepEqual(
      event.organisers.find((o) => o.organisationId === member.organisationId),
      { organisationId: member.organisationId, organisationName: coOrganiser.name, role: 'co_organiser' },
    );
    // Back to the programme editor, where the journey goes on.
    await page.goto(`/events/${eventId}/edit-programme`);
    await page.getByRole('button', { name: m('en', 'events.editor.addRoom') }).waitFor();
  });

  step('the organiser builds the timetable: two rooms and three sessions, then publishes', async () => {
    const page = organiserPage;
    for (const [room, seats] of [['Hall A', '300'], ['Hall B', '120']] as const) {
      const form = page.locator('form', { has: page.getByRole('button', { name: m('en', 'events.editor.addRoom') }) });
      await form.getByLabel(m('en', 'events.editor.roomName')).fill(room);
      await form.getByLabel(m('en', 'events.editor.seats')).fill(seats);
      await form.getByRole('button', { name: m('en', 'events.editor.addRoom') }).click();
      await page.locator('.ant-table-row').filter({ has: page.locator(`input[value="${room}"]`) }).waitFor();
    }

    const english = await languageName(page, 'en');
    const chinese = await languageName(page, 'zh-Hans');
    const time = new Intl.DateTimeFormat('en', { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
    for (const s of SESSIONS) {
      await page.getByRole('button', { name: m('en', 'events.editor.addSession') }).click();
      const dialog = page.getByRole('dialog', { name: m('en', 'events.editor.addSession') });
      await dialog.waitFor();
      await pickOption(page, dialog.getByLabel(m('en', 'events.editor.kind')), msg('en', `enum.sessionKind.${s.kind}`));
      const title = m('en', 'events.editor.sessionTitle');
      await dialog.getByLabel(m('en', 'events.form.inLanguage', { field: title, language: english })).fill(s.en);
      await dialog.getByLabel(m('en', 'events.form.inLanguage', { field: title, language: chinese })).fill(s.zh);
      if (s.day !== FIRST_DAY) await pickOption(page, dialog.getByLabel(m('en', 'events.editor.day')), time.format(new Date(`${s.day}T00:00:00Z`)));
      await dialog.getByLabel(m('en', 'events.editor.start')).fill(s.start);
      await dialog.getByLabel(m('en', 'events.editor.end')).fill(s.end);
      await pickOption(page, dialog.getByLabel(m('en', 'events.editor.room')), s.room);
      if (s.track) await dialog.getByLabel(m('en', 'events.editor.track')).fill(s.track);
      if (s.speaker) {
        await dialog.getByRole('button', { name: m('en', 'events.editor.addPerson') }).click();
        await dialog.getByLabel(m('en', 'events.editor.personName')).fill(s.speaker);
      }
      if (s === SESSIONS[0]) await screenshot(page, 'events-02-session-dialog', false);
      await dialog.getByRole('button', { name: msg('en', 'common.save') }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.ant-table-row', { hasText: s.en }).waitFor();
    }
    const programme = (await (await page.request.get(`/api/events/${eventId}/programme`)).json()) as {
      rooms: Array<{ name: string }>;
      sessions: Array<{ title: Record<string, string>; day: string; start: string; startsAt: string; conflicts: unknown[] }>;
    };
    assert.deepEqual(programme.rooms.map((r) => r.name), ['Hall A', 'Hall B']);
    assert.deepEqual(programme.sessions.map((s) => s.title['zh-Hans']), SESSIONS.map((s) => s.zh));
    // 09:00 in Shanghai is 01:00 UTC: the times were read in the event's zone, not the browser's.
    assert.equal(programme.sessions[0]?.startsAt, `${FIRST_DAY}T01:00:00.000Z`);
    assert.ok(programme.sessions.every((s) => s.conflicts.length === 0));
    await screenshot(page, 'events-03-programme-editor');

    await page.getByRole('button', { name: m('en', 'events.action.publish') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: m('en', 'events.action.publish') }).click();
    await page.getByText(m('en', 'events.action.publishDone')).waitFor();
    const event = (await (await page.request.get(`/api/events/${eventId}`)).json()) as Record<string, unknown>;
    assert.equal(event.status, 'published');
  });

  step('a visitor reads the timetable grid in Simplified Chinese', async () => {
    const page = await openPage('visitor');
    await page.goto(`/events/${eventId}/programme?lang=zh-Hans`);
    await expectHtmlLang(page, 'zh-Hans');
    await page.getByRole('heading', { name: EVENT.zh, level: 2 }).waitFor();
    const grid = page.getByRole('region', { name: m('zh-Hans', 'events.programme.grid') });
    await grid.waitFor();
    await grid.getByText('Hall A').waitFor();
    await grid.getByText('Hall B').waitFor();
    await grid.getByText(SESSIONS[0].zh).waitFor();
    await grid.getByText(SESSIONS[1].zh).waitFor();
    await grid.getByText(msg('zh-Hans', 'enum.sessionKind.panel')).waitFor();
    // The track is a sector code, shown by its Chinese label in the legend.
    await page.getByRole('list', { name: m('zh-Hans', 'events.programme.tracks') }).getByText('生物医药').waitFor();
    await screenshot(page, 'events-04-timetable-zh-Hans');

    // The second day holds the signing ceremony.
    await page.locator('.ant-segmented-item').nth(1).click();
    await grid.getByText(SESSIONS[2].zh).waitFor();
    await grid.getByText(SESSIONS[2].zh).click();
    const drawer = page.getByRole('dialog', { name: SESSIONS[2].zh });
    await drawer.getByText(msg('zh-Hans', 'enum.sessionKind.signing_ceremony'), { exact: true }).waitFor();
    await screenshot(page, 'events-05-session-drawer-zh-Hans', false);
  });

  step('the printable programme lists every day in Simplified Chinese and prints without the page chrome', async () => {
    const page = await openPage('printer');
    await page.goto(`/events/${eventId}/programme?lang=zh-Hans`);
    await page.getByRole('link', { name: m('zh-Hans', 'events.print.open') }).click();
    await page.waitForURL(`**/events/${eventId}/print`);
    await page.getByRole('heading', { name: EVENT.zh, level: 1 }).waitFor();
    const days = page.getByRole('heading', { level: 2 });
    await days.nth(1).waitFor();
    assert.equal(await days.count(), 2, 'one section per day with sessions');
    for (const header of ['events.print.time', 'events.programme.room', 'events.print.session']) {
      await page.getByRole('columnheader', { name: m('zh-Hans', header) }).first().waitFor();
    }
    for (const s of SESSIONS) await page.getByRole('cell').filter({ hasText: s.zh }).waitFor();
    await page.getByText(`${msg('zh-Hans', 'enum.sessionRole.speaker')}: ${SESSIONS[1].speaker}`).waitFor();
    await screenshot(page, 'events-06-printable-programme-zh-Hans');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: m('zh-Hans', 'events.print.print') }).isVisible(), false, 'the toolbar is not printed');
    await screenshot(page, 'events-07-printable-programme-print-media');
  });

  step('on a phone the timetable is a list in time order', async () => {
    const page = await openPage('phone', { viewport: PHONE });
    await page.goto(`/events/${eventId}/programme?lang=zh-Hans`);
    await page.locator('.tt-list').waitFor();
    const titles = await page.locator('.tt-list .tt-title').allTextContents();
    assert.deepEqual(titles, [SESSIONS[0].zh, SESSIONS[1].zh]);
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as BrowserGlobals & { innerWidth: number };
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px on a phone`);
    await screenshot(page, 'events-08-timetable-phone');
  });

  let participantPage: Page;

  step('a participant registers with the event form and sees the QR ticket', async () => {
    const page = (participantPage = await openPage('participant'));
    await login(page, participant.email);
    await page.goto(`/events/${eventId}/registration`);
    await page.getByLabel(m('en', 'registrations.field.participantType')).waitFor();
    await pickOption(page, page.getByLabel(m('en', 'registrations.field.participantType')), msg('en', 'enum.participantType.research_institute'));
    await page.getByLabel(m('en', 'registrations.field.interpreterNeeds')).fill('Chinese ↔ German in meetings');
    await screenshot(page, 'events-09-registration-form');
    await page.getByRole('button', { name: exactName(m('en', 'registrations.submit')) }).click();

    await page.getByText(m('en', 'registrations.statusNote.confirmed')).waitFor();
    await page.getByText(msg('en', 'enum.registrationStatus.confirmed'), { exact: true }).waitFor();
    await screenshot(page, 'events-10-my-registration');
    const qrLoaded = page.waitForResponse((r) => r.url().includes(`/api/events/${eventId}/registrations/me/ticket.svg`));
    await page.getByRole('link', { name: m('en', 'registrations.showTicket') }).click();
    await page.waitForURL(`**/events/${eventId}/ticket`);
    const svg = await qrLoaded;
    assert.equal(svg.status(), 200);
    assert.match(svg.headers()['content-type'] ?? '', /^image\/svg\+xml/);
    const code = page.getByLabel(m('en', 'registrations.ticketCode'));
    await code.waitFor();
    ticketCode = (await code.textContent())?.trim() ?? '';
    assert.ok(ticketCode.length >= 8, `a ticket code is shown: "${ticketCode}"`);
    const qr = page.getByRole('img', { name: m('en', 'registrations.qrAlt', { code: ticketCode }) });
    await qr.waitFor();
    await screenshot(page, 'events-11-ticket');
  });

  step('the organiser checks the participant in by typing the ticket code', async () => {
    const page = organiserPage;
    await page.goto(`/events/${eventId}/registrations`);
    await page.getByRole('cell').filter({ hasText: participant.name }).first().waitFor();
    await page.getByRole('link', { name: m('en', 'registrations.checkIn.title') }).click();
    await page.waitForURL(`**/events/${eventId}/check-in`);
    await page.getByLabel(m('en', 'registrations.checkIn.code')).fill(ticketCode);
    await page.getByRole('button', { name: m('en', 'registrations.checkIn.submit') }).click();
    const result = page.getByRole('alert').filter({ hasText: m('en', 'registrations.checkIn.welcome') });
    await result.waitFor();
    await result.getByText(participant.name).first().waitFor();
    await screenshot(page, 'events-12-check-in-welcome');

    await page.getByLabel(m('en', 'registrations.checkIn.code')).fill(ticketCode);
    await page.getByRole('button', { name: m('en', 'registrations.checkIn.submit') }).click();
    await page.getByRole('alert').filter({ hasText: m('en', 'registrations.checkIn.already') }).waitFor();
    await page.getByLabel(m('en', 'registrations.checkIn.code')).fill('not-a-ticket');
    await page.getByRole('button', { name: m('en', 'registrations.checkIn.submit') }).click();
    await page.getByRole('alert').filter({ hasText: m('en', 'registrations.checkIn.refused') }).waitFor();
    await screenshot(page, 'events-13-check-in-refused');

    const mine = (await (await participantPage.request.get(`/api/events/${eventId}/registrations/me`)).json()) as { checkedInAt: string | null };
    assert.ok(mine.checkedInAt, 'the registration is checked in');
  });

  step('the organiser assigns a booth; the participant finds it and themselves in the directory', async () => {
    const page = organiserPage;
    await page.goto(`/events/${eventId}/exhibitors`);
    await page.getByRole('button', { name: m('en', 'registrations.exhibitors.add') }).click();
    const dialog = page.getByRole('dialog', { name: m('en', 'registrations.exhibitors.add') });
    await pickOption(page, dialog.getByLabel(m('en', 'registrations.exhibitors.organisation')), participant.name);
    await dialog.getByLabel(m('en', 'registrations.exhibitors.booth')).fill('A12');
    await dialog.getByLabel(m('en', 'registrations.exhibitors.hall')).fill('Hall 1');
    await dialog.getByLabel(m('en', 'registrations.exhibitors.area')).fill('36');
    await dialog.getByRole('button', { name: msg('en', 'common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'A12', exact: true }).waitFor();
    await page.getByText('36 m²').first().waitFor();

    const other = participantPage;
    await other.goto(`/events/${eventId}/exhibitors`);
    await other.getByRole('cell', { name: 'A12', exact: true }).waitFor();
    await screenshot(other, 'events-14-exhibitors');
    await other.getByRole('tab', { name: m('en', 'registrations.directory.tab') }).click();
    await other.getByText(m('en', 'registrations.directory.total', { total: 1 })).waitFor();
    await other.locator('.ant-card').filter({ hasText: participant.name }).first().waitFor();
    await screenshot(other, 'events-15-participants');
  });

  test('nothing went wrong in the browsers besides the expected answers', () => {
    const expected = [
      // Before registering, "is there a registration of mine?" is answered 404, which the page reads as "no".
      /\[participant\] (HTTP 404: GET .*\/registrations\/me$|console error: Failed to load resource: the server responded with a status of 404)/,
      // The typed ticket code "not-a-ticket" is refused with 404 TICKET_INVALID, as it should be.
      /\[organiser\] (HTTP 404: POST .*\/check-in$|console error: Failed to load resource: the server responded with a status of 404)/,
    ];
    const unexpected = problems.list.filter((p) => !expected.some((re) => re.test(p)));
    assert.deepEqual(unexpected, []);
  });
});
