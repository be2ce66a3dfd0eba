// The calendar in real headless Firefox ESR (puppeteer-core over WebDriver BiDi) with the built
// extension: a feed added in the options page is read by the event page, the popup lists it with
// Join, and the reminder (no buttons in Firefox: reminder-notification.test.ts) joins on click. The
// click is replayed by calling what the notification's onClicked listener calls
// (__visioCalendar.joinFromNotification, reached through runtime.getBackgroundPage): a headless
// browser shows no notification to click. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { FIREFOX_PATH, launchFirefoxWithExtension, requireBrowser, type FirefoxSession } from '../../../scripts/e2e/browsers.ts';
import { buildTestExtension } from '../../e2e/test-build.ts';
import { startFeedServer, type FeedServer } from './testing/feed-server.ts';
import { meetingFeed, type MeetingFeed } from './testing/meeting-feed.ts';

declare const browser: Browser.Browser;
const skip = requireBrowser(FIREFOX_PATH);

async function innerTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => (element as HTMLElement).innerText));
}

describe('calendar feeds in Firefox', { skip }, () => {
  let server: FeedServer;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: FirefoxSession;
  let feed: MeetingFeed;

  before(async () => {
    server = await startFeedServer();
    feed = meetingFeed(Date.now(), server.origin);
    server.setFeed('/team.ics', feed.text);
    build = await buildTestExtension('firefox', { instanceUrl: server.origin });
    session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, { prefs: { 'intl.accept_languages': 'fr-FR, fr', 'intl.locale.requested': 'fr' } });
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await server?.close();
  });

  it('a feed added in the options page is read; the popup lists its meetings with Join', async () => {
    const options = await session.openExtensionPage('options.html', '[data-visio-calendar-feeds]');
    await options.locator('#visio-feed-url').fill(`${server.origin}/team.ics`);
    await options.click('[data-visio-action="add-feed"]');
    await options.waitForSelector('[data-visio-source-state="ok"]', { timeout: 15_000 });
    assert.match((await innerTexts(options, '[data-visio-source-status]'))[0] ?? '', /6 réunions avec un lien à venir/);
    await options.close();

    const popup = await session.openExtensionPage('popup.html', '[data-visio-upcoming="list"]');
    assert.deepEqual(await innerTexts(popup, '[data-visio-meeting] [data-visio-summary]'), ['Comité de pilotage', 'Point équipe, budget 2027', 'Réunion avec le prestataire', 'Hebdo']);
    assert.equal((await popup.$$('[data-visio-meeting] [data-visio-action="join"]')).length, 3);
    assert.equal((await popup.$$('[data-visio-in-progress]')).length, 1);
    await popup.close();
  });

  it('the running meeting’s reminder is recorded once; a click on its notification joins', async () => {
    const page = await session.openExtensionPage('popup.html', '[data-visio-upcoming="list"]');
    const id = `visio-reminder|${feed.inProgress.uid}@${feed.inProgress.start}`;
    const key = `${feed.inProgress.uid}@${feed.inProgress.start}`;
    // Headless Firefox has no notification service: notifications.create succeeds but getAll() stays
    // empty, so the reminder is observed through what the background records before showing it.
    await page.waitForFunction((wanted) => browser.storage.local.get('calendarNotified').then((stored) => wanted in ((stored.calendarNotified ?? {}) as object)),
      { timeout: 15_000, polling: 200 }, key);
    const recordedAt = (at: string) => page.evaluate(async (wanted) => ((await browser.storage.local.get('calendarNotified')).calendarNotified as Record<string, { at: number }>)[wanted]?.at, at);
    const first = await recordedAt(key);
    await page.evaluate(async () => {
      const background = await browser.runtime.getBackgroundPage() as unknown as { __visioCalendar: { runReminders(): Promise<void> } };
      await background.__visioCalendar.runReminders();
    });
    assert.equal(await recordedAt(key), first, 'running the reminders again shows nothing new');
    const opened = await page.evaluate(async (notificationId) => {
      const background = await browser.runtime.getBackgroundPage() as unknown as { __visioCalendar: { joinFromNotification(id: string): Promise<boolean> } };
      await background.__visioCalendar.joinFromNotification(notificationId);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (await browser.tabs.query({})).map((tab) => tab.url ?? '');
    }, id);
    assert.ok(opened.includes(feed.inProgress.url), `a tab opened on ${feed.inProgress.url}: ${opened.join(', ')}`);
    await page.close();
  });
});
