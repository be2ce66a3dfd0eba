// The calendar features in the real built extension, in headless Chromium, against a calendar
// server on 127.0.0.1 (testing/feed-server.ts): feeds added in the options page (one good with an
// ETag, a 401, an HTML error page, a slow one), the popup's "Prochaines réunions", Join, a 304 on
// refresh, and a reminder that fires with its Join action.
//
// How the reminder is made to fire quickly: no clock trick. The test adds a feed whose meeting
// starts 5 minutes and 25 seconds later, so with the default 5-minute lead the real alarm fires
// about 25 seconds later (unpacked extensions may set alarms under 30 s). The service worker is
// stopped before that, to show the alarm wakes it. A headless browser shows no notification to
// click, so the test then calls what the click handler calls (__visioCalendar.joinFromNotification,
// exposed by calendar-background.ts) with the id of the notification the browser reports.
// Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page, Worker } from 'playwright-core';
import type Browser from 'webextension-polyfill';
import { CHROMIUM_PATH, launchChromiumWithExtension, requireBrowser, type ChromiumSession } from '../../../scripts/e2e/browsers.ts';
import { buildTestExtension } from '../../e2e/test-build.ts';
import { startFeedServer, type FeedServer } from './testing/feed-server.ts';
import { meetingFeed, singleEventFeed, type MeetingFeed } from './testing/meeting-feed.ts';

// Chromium's MV3 `chrome.*` returns promises like the polyfill's `browser.*`: same types.
declare const chrome: Browser.Browser;

const skip = requireBrowser(CHROMIUM_PATH);
const MIN = 60_000;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

interface CalendarHook {
  joinFromNotification(id: string): Promise<boolean>;
  runReminders(): Promise<void>;
}

async function addFeed(options: Page, url: string): Promise<void> {
  await options.locator('#visio-feed-url').fill(url);
  await options.locator('[data-visio-action="add-feed"]').click();
  await options.locator('[data-visio-calendar-status]', { hasText: 'Agenda ajouté.' }).waitFor();
}

function sourceItem(options: Page, label: string) {
  return options.locator('[data-visio-source]', { hasText: label });
}

async function currentWorker(session: ChromiumSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${session.extensionId}/`));
  return live ?? session.context.waitForEvent('serviceworker', { timeout: 60_000 });
}

describe('calendar feeds in Chromium', { skip }, () => {
  let server: FeedServer;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: ChromiumSession;
  let feed: MeetingFeed;
  let options: Page;

  before(async () => {
    server = await startFeedServer();
    feed = meetingFeed(Date.now(), server.origin);
    server.setFeed('/team.ics', feed.text);
    // The slow server's calendar: one meeting the day after tomorrow.
    const slowStart = Math.floor(Date.now() / MIN) * MIN + 2 * 24 * 60 * MIN;
    server.setFeed('/slow.ics', singleEventFeed({ uid: 'slow@test', start: slowStart, minutes: 45, summary: 'Réunion du serveur lent', url: `${server.origin}/slo-wsrv-abc` }));
    // Visio links of this instance count as Visio: the build's instance is the test server.
    build = await buildTestExtension('chrome', { instanceUrl: server.origin });
    session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
    options = await session.openExtensionPage('options.html');
    await options.locator('[data-visio-calendar-feeds]').waitFor();
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await server?.close();
  });

  it('options page: a good feed is read, a 401 and an HTML page get clear messages, a slow one does not hold the others', async () => {
    // No feed yet: no refresh alarm waking the worker every five minutes; the first feed sets it.
    // (The install handlers ran while the options page opened; a second more leaves them time to set one.)
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const worker = await currentWorker(session);
    assert.equal(await worker.evaluate(() => chrome.alarms.get('visio-calendar-refresh')), undefined, 'no refresh alarm without a feed');
    await addFeed(options, `${server.origin}/team.ics`);
    await waitFor(async () => (await (await currentWorker(session)).evaluate(() => chrome.alarms.get('visio-calendar-refresh'))) !== undefined);
    await addFeed(options, `${server.origin}/private.ics`);
    await addFeed(options, `${server.origin}/broken.ics`);
    await addFeed(options, `${server.origin}/slow.ics`);
    assert.equal(await sourceItem(options, '/slow.ics').getAttribute('data-visio-source-state'), 'pending', 'the slow server is still answering');
    const team = sourceItem(options, '/team.ics');
    await team.and(options.locator('[data-visio-source-state="ok"]')).waitFor();
    // 7 meetings with a link in the two weeks kept (the weekly series twice, the one in ten days too).
    assert.match(await team.locator('[data-visio-source-status]').innerText(), /^Lu à \d\d:\d\d : 6 réunions avec un lien à venir\.$/);
    const privateFeed = sourceItem(options, '/private.ics');
    await privateFeed.and(options.locator('[data-visio-source-state="error"]')).waitFor();
    assert.match(await privateFeed.innerText(), /Le serveur refuse l'accès à l'agenda \(erreur 401\)/);
    const broken = sourceItem(options, '/broken.ics');
    await broken.and(options.locator('[data-visio-source-state="error"]')).waitFor();
    assert.match(await broken.innerText(), /Le serveur a renvoyé une page web au lieu d'un agenda/);
    assert.match(await broken.innerText(), /Nouvel essai vers \d\d:\d\d\./);
    await sourceItem(options, '/slow.ics').and(options.locator('[data-visio-source-state="ok"]')).waitFor({ timeout: 20_000 });

    // A .ics file opened once: read at once, listed as a file, never fetched again.
    const fileStart = Math.floor(Date.now() / MIN) * MIN + 4 * 24 * 60 * MIN;
    await options.locator('#visio-import-ics').setInputFiles({
      name: 'invitation.ics', mimeType: 'text/calendar',
      buffer: Buffer.from(singleEventFeed({ uid: 'file@test', start: fileStart, minutes: 60, summary: 'Séminaire (fichier)', url: `${server.origin}/fil-eics-abc` })),
    });
    await options.locator('[data-visio-calendar-status]', { hasText: 'invitation.ics lu : 1 réunion avec un lien à venir.' }).waitFor();
    assert.match(await sourceItem(options, 'invitation.ics').innerText(), /Fichier lu une fois/);

    const stored = await session.serviceWorker.evaluate(async () => ({
      local: JSON.stringify(await chrome.storage.local.get(null)),
      sync: JSON.stringify(await chrome.storage.sync.get(null)),
    }));
    assert.ok(stored.local.includes(`${server.origin}/team.ics`), 'feed addresses are kept in storage.local');
    assert.ok(!stored.sync.includes('.ics'), 'and never in storage.sync');
    assert.deepEqual(await axeViolations(options), []);
  });

  it('popup: the next 7 days of meetings with a link, the running one highlighted, Join opens the room', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('[data-visio-upcoming="list"]').waitFor();
    const summaries = await popup.locator('[data-visio-meeting] [data-visio-summary]').allInnerTexts();
    assert.deepEqual(summaries, ['Comité de pilotage', 'Point équipe, budget 2027', 'Réunion avec le prestataire', 'Réunion du serveur lent', 'Hebdo', 'Séminaire (fichier)']);
    const running = popup.locator('[data-visio-in-progress]');
    assert.equal(await running.count(), 1);
    assert.match(await running.innerText(), /Comité de pilotage/);
    assert.match(await running.innerText(), /En cours/);
    assert.equal(await popup.locator('[data-visio-provider="teams"] [data-visio-action="join"]').count(), 0);
    // (The meeting panel above the list has a Join of its own for the link it just made.)
    assert.equal(await popup.locator('[data-visio-provider-link="teams"]').innerText(), 'Ouvrir dans Microsoft Teams');
    assert.equal(await popup.locator('[data-visio-meeting] [data-visio-action="join"]').count(), 5);
    const errors = await popup.locator('[data-visio-source-error]').allInnerTexts();
    assert.equal(errors.length, 2);
    assert.ok(errors.some((text) => text.includes('erreur 401')));
    assert.deepEqual(await axeViolations(popup), []);

    const soon = popup.locator('[data-visio-meeting]', { hasText: 'Point équipe' });
    const [room] = await Promise.all([session.context.waitForEvent('page'), soon.locator('[data-visio-action="join"]').click()]);
    await room.waitForLoadState();
    assert.equal(room.url(), feed.visioSoon.url);
    assert.equal(await room.locator('h1').innerText(), 'Salle abc-defg-hij');
    await room.close();

    // "Actualiser" reads every feed again: the good one is asked with its ETag and answers 304,
    // and the list stays as it was.
    const before304 = server.requests.length;
    await popup.locator('[data-visio-action="refresh-calendars"]').first().click();
    await waitFor(() => server.requests.slice(before304).some((request) => request.path === '/team.ics'));
    const conditional = server.requests.slice(before304).find((request) => request.path === '/team.ics');
    assert.ok(conditional?.headers['if-none-match'], 'the refresh is a conditional request');
    assert.equal(conditional?.status, 304);
    assert.deepEqual(await popup.locator('[data-visio-meeting] [data-visio-summary]').allInnerTexts(), summaries);
    await popup.close();
  });

  it('reminder: the alarm wakes a stopped worker, the notification is shown once, its Join opens the meeting', async () => {
    const start = Math.ceil((Date.now() + 5 * MIN + 25_000) / 1000) * 1000;
    server.setFeed('/reminder.ics', singleEventFeed({ uid: 'reminder@test', start, minutes: 30, summary: 'Point rapide', url: `${server.origin}/rem-inde-rxy`, inDescription: true }));
    await addFeed(options, `${server.origin}/reminder.ics`);
    await sourceItem(options, '/reminder.ics').and(options.locator('[data-visio-source-state="ok"]')).waitFor();

    const worker = await currentWorker(session);
    await waitFor(async () => (await worker.evaluate(() => chrome.alarms.get('visio-calendar-reminder')))?.scheduledTime === start - 5 * MIN);

    // Stop the service worker the way Chrome does when it is idle (DevTools protocol, from an
    // extension page: the worker belongs to its origin); only the alarm can start it again.
    const cdp = await session.context.newCDPSession(options);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { runningStatus: string }[] }) => {
      for (const version of event.versions) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => statuses.at(-1) === 'stopped');
    assert.ok(Date.now() < start - 5 * MIN, 'the worker was stopped before the reminder was due');
    const stoppedAt = statuses.length;
    await waitFor(() => statuses.slice(stoppedAt).includes('running'), 60_000);
    assert.ok(Date.now() >= start - 5 * MIN - 1000, 'woken by the reminder alarm, not before');

    const key = `reminder@test@${start}`;
    const notificationId = `visio-reminder|${key}`;
    // Playwright keeps one handle per extension worker; it reaches the restarted one.
    const woken = await currentWorker(session);
    await waitFor(async () => Object.keys(await woken.evaluate(() => chrome.notifications.getAll())).includes(notificationId), 60_000);
    const notified = (await woken.evaluate(() => chrome.storage.local.get('calendarNotified'))).calendarNotified as Record<string, { at: number; url: string }>;
    assert.equal(notified[key]?.url, `${server.origin}/rem-inde-rxy`);

    // Running the reminders again (as after a browser restart) shows nothing new.
    await woken.evaluate(() => (globalThis as unknown as { __visioCalendar: CalendarHook }).__visioCalendar.runReminders());
    const again = (await woken.evaluate(() => chrome.storage.local.get('calendarNotified'))).calendarNotified as Record<string, { at: number }>;
    assert.equal(again[key]?.at, notified[key]?.at);
    // The meeting already running when the feeds were read got its (late) reminder too: still one each.
    const runningId = `visio-reminder|${feed.inProgress.uid}@${feed.inProgress.start}`;
    assert.deepEqual(Object.keys(await woken.evaluate(() => chrome.notifications.getAll())).sort(), [notificationId, runningId].sort());

    const [room] = await Promise.all([
      session.context.waitForEvent('page'),
      woken.evaluate((id) => (globalThis as unknown as { __visioCalendar: CalendarHook }).__visioCalendar.joinFromNotification(id), notificationId),
    ]);
    await room.waitForLoadState();
    assert.equal(room.url(), `${server.origin}/rem-inde-rxy`);
    assert.deepEqual(Object.keys(await woken.evaluate(() => chrome.notifications.getAll())), [runningId], 'the notification is gone once used');
    await room.close();
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
