// The extension in a real SOGo 5.8 (Debian 12), in Chromium and Firefox ESR, SOGo's UI in English
// (alice) and in French (claire). What is checked is what SOGo stored: the .ics over CalDAV.
// Needs root + the Debian packages (the harness installs them); skips with the reason otherwise,
// and fails instead under CI=true.
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { findExistingMeeting, removeInvite } from '../../../shared/core/invite/block.ts';
import { mergeLocation } from '../../../shared/core/invite/location.ts';
import { findMeetingLinks } from '../../../shared/core/meeting/detect.ts';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import { translate } from '../../../shared/core/i18n/translate.ts';
import { WEBMAIL_EDITOR_FILE, webmailPageFile } from '../../../extension/content/webmail/editor-message.ts';
import { webmailMessages } from '../../../extension/content/webmail/messages.ts';
import { browserMissing, chromiumPath, launch, waitFor, type BrowserName, type E2EBrowser, type E2EPage } from './browsers.ts';
import { buildE2eExtension, type BuiltExtension } from './build-extension.ts';
import { ensureSogo, getEvent, icsText, icsValues, listEvents, putEvent, type SogoServer } from './harness.ts';
import * as sogo from './sogo-page.ts';

const CI = process.env.CI === 'true';
const instances = [DEFAULT_PROFILE.instanceUrl];

let server: SogoServer | null = null;
let extension: BuiltExtension | null = null;
let unavailable: string | null = null;

before(async () => {
  const started = ensureSogo();
  if (!started.ok) { unavailable = `SOGo could not be started: ${started.reason}`; return; }
  server = started.server;
  extension = await buildE2eExtension();
});

function skipOrFail(t: TestContext, reason: string | null): boolean {
  if (!reason) return false;
  if (CI) throw new Error(`CI=true: ${reason}`);
  t.skip(reason);
  return true;
}

/** Tomorrow in Europe/Paris as YYYYMMDD: seeded events are in the future, shown in that day's view. */
function tomorrow(): string {
  const date = new Date(Date.now() + 24 * 3600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date).replaceAll('-', '');
}

let sequence = 0;
function uniqueTitle(what: string): string {
  sequence += 1;
  return `E2E ${what} ${process.pid}-${Date.now()}-${sequence}`;
}

/** Seeds an event over CalDAV; returns its UID. */
async function seedEvent(user: string, day: string, hourUtc: number, fields: { title: string; location: string; description: string; rrule?: string }): Promise<string> {
  const uid = `visio-e2e-${process.pid}-${Date.now()}-${sequence}`;
  const hh = String(hourUtc).padStart(2, '0');
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//visio-scheduler//e2e//EN', 'BEGIN:VEVENT', `UID:${uid}`,
    `DTSTAMP:${day}T000000Z`, `DTSTART:${day}T${hh}0000Z`, `DTEND:${day}T${hh}3000Z`, `SUMMARY:${icsText(fields.title)}`,
    `LOCATION:${icsText(fields.location)}`, `DESCRIPTION:${icsText(fields.description)}`,
    ...(fields.rrule ? [`RRULE:${fields.rrule}`] : []), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  await putEvent(server!, user, uid, ics);
  return uid;
}

async function storedByTitle(user: string, title: string): Promise<string> {
  const events = await listEvents(server!, user);
  const found = [...events.values()].filter((ics) => icsValues(ics, 'SUMMARY').includes(title));
  assert.equal(found.length, 1, `one stored event titled ${title}`);
  return found[0]!;
}

function only(values: string[], what: string): string {
  assert.equal(values.length, 1, `one ${what}`);
  return values[0]!;
}

const LOCATION = 'Salle 4.12 – bâtiment B ; accès badge';
const DESCRIPTION = 'Ordre du jour :\n  1. Budget 2027 — « arbitrages »\n  2. Questions diverses\n\nMerci d’arriver 5 min en avance.';

const uis = [
  { user: 'alice', lang: 'en', addLabel: 'Add a Visio meeting' },
  { user: 'claire', lang: 'fr', addLabel: 'Ajouter une réunion Visio' },
] as const;

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  for (const ui of uis) {
    describe(`SOGo (${ui.lang} UI) in ${browserName}`, () => {
      let browser: E2EBrowser | null = null;
      let page: E2EPage | null = null;
      let reason: string | null = null;
      const day = tomorrow();

      before(async () => {
        reason = unavailable ?? browserMissing(browserName);
        if (reason) return;
        browser = await launch(browserName, browserName === 'chromium' ? extension!.chrome : extension!.firefox);
        page = await browser.newPage();
        await sogo.login(page, server!, ui.user, day);
      });
      after(async () => { await browser?.close(); });

      it(`new event: ${ui.addLabel} → Save stores the link in LOCATION and the invitation in DESCRIPTION`, async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        await sogo.openNewEvent(p);
        await sogo.waitForButtons(p, ['add']);
        assert.equal((await sogo.editorView(p)).addLabel, ui.addLabel, 'the button speaks the UI language');
        const title = uniqueTitle('new');
        await sogo.setTitle(p, title);
        await sogo.click(p, 'add');
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.save(p);
        const ics = await storedByTitle(ui.user, title);
        const location = only(icsValues(ics, 'LOCATION'), 'LOCATION');
        assert.match(location, /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
        const description = only(icsValues(ics, 'DESCRIPTION'), 'DESCRIPTION');
        assert.deepEqual(findExistingMeeting(description, 'text', instances), { kind: 'ours', url: location });
        assert.equal(removeInvite(description, 'text'), '', 'the description holds the invitation only');
      });

      it('existing event with text in location and description: Add keeps every character', async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        const title = uniqueTitle('existing');
        const uid = await seedEvent(ui.user, day, 7, { title, location: LOCATION, description: DESCRIPTION });
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title);
        await sogo.waitForButtons(p, ['add']);
        await sogo.click(p, 'add');
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.save(p);
        const ics = await getEvent(server!, ui.user, uid);
        const location = only(icsValues(ics, 'LOCATION'), 'LOCATION');
        const description = only(icsValues(ics, 'DESCRIPTION'), 'DESCRIPTION');
        const found = findExistingMeeting(description, 'text', instances);
        assert.equal(found?.kind, 'ours');
        assert.equal(location, mergeLocation(LOCATION, found!.url, instances));
        assert.ok(location.startsWith(LOCATION), 'the room typed before is kept as is');
        assert.ok(description.includes(DESCRIPTION), 'the description typed before is kept as is');
        assert.equal(removeInvite(description, 'text'), DESCRIPTION);
      });

      it('Add twice leaves one block and one link; reopening offers Join and Remove, and Join opens the link and changes nothing', async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        const title = uniqueTitle('twice');
        const uid = await seedEvent(ui.user, day, 9, { title, location: LOCATION, description: DESCRIPTION });
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title);
        await sogo.click(p, 'add');
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.click(p, 'add', { force: true });
        await sogo.save(p);
        const ics = await getEvent(server!, ui.user, uid);
        const description = only(icsValues(ics, 'DESCRIPTION'), 'DESCRIPTION');
        const location = only(icsValues(ics, 'LOCATION'), 'LOCATION');
        assert.equal(findMeetingLinks(description, instances).length, 1, 'one link in the description');
        assert.equal(description.match(/Visio ═/g)?.length, 1, 'one framed block');
        assert.equal(findMeetingLinks(location, instances).length, 1, 'one link in the location');
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title);
        await sogo.waitForButtons(p, ['join', 'remove']);
        const before = await sogo.editorView(p);
        const link = findMeetingLinks(location, instances)[0]!.url;
        await p.click('form[name="eventForm"] [data-visio-action="join"]');
        const until = Date.now() + 10_000;
        while (!(await browser!.tabUrls()).includes(link) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok((await browser!.tabUrls()).includes(link), `a tab was sent to ${link}; tabs: ${(await browser!.tabUrls()).join(', ')}`);
        assert.deepEqual(await sogo.editorView(p), before, 'Join changes nothing in the event');
        await p.bringToFront(); // the meeting's tab came to the front, as it should for the user
        await sogo.cancel(p);
      });

      it('Remove gives back the description and the location exactly as they were', async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        const title = uniqueTitle('remove');
        const uid = await seedEvent(ui.user, day, 11, { title, location: LOCATION, description: DESCRIPTION });
        const seeded = await getEvent(server!, ui.user, uid);
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title);
        await sogo.click(p, 'add');
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.save(p);
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title);
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.click(p, 'remove');
        await sogo.waitForButtons(p, ['add']);
        await sogo.save(p);
        const ics = await getEvent(server!, ui.user, uid);
        assert.equal(only(icsValues(ics, 'DESCRIPTION'), 'DESCRIPTION'), only(icsValues(seeded, 'DESCRIPTION'), 'seeded DESCRIPTION'));
        assert.equal(only(icsValues(ics, 'DESCRIPTION'), 'DESCRIPTION'), DESCRIPTION);
        assert.equal(only(icsValues(ics, 'LOCATION'), 'LOCATION'), LOCATION);
      });

      it('a weekly recurring event keeps one link for the whole series', async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        const title = uniqueTitle('weekly');
        const uid = await seedEvent(ui.user, day, 13, { title, location: '', description: 'Point hebdomadaire', rrule: 'FREQ=WEEKLY;COUNT=4' });
        await sogo.openCalendar(p, server!, ui.user, day);
        await sogo.openExistingEvent(p, title, { allOccurrences: true });
        await sogo.click(p, 'add');
        await sogo.waitForButtons(p, ['join', 'remove']);
        await sogo.save(p);
        const ics = await getEvent(server!, ui.user, uid);
        assert.equal(ics.match(/^BEGIN:VEVENT/gm)?.length, 1, 'no occurrence was split off');
        const vevent = ics.slice(ics.indexOf('BEGIN:VEVENT')); // the time zone has RRULEs of its own
        assert.equal(only(icsValues(vevent, 'RRULE'), 'RRULE'), 'FREQ=WEEKLY;COUNT=4');
        const links = new Set(findMeetingLinks(ics, instances).map((link) => link.url));
        assert.equal(links.size, 1, 'one Visio room for every occurrence');
      });

      it('the button survives closing and reopening the editor, once per editor', async (t) => {
        if (skipOrFail(t, reason)) return;
        const p = page!;
        for (let round = 0; round < 3; round += 1) {
          await sogo.openNewEvent(p);
          await sogo.waitForButtons(p, ['add']);
          assert.equal((await sogo.editorView(p)).groups, 1);
          await sogo.cancel(p);
        }
      });
    });
  }
}

/**
 * Chromium with the extension, and a look into the content scripts' isolated world through the
 * DevTools protocol: which of the extension's globals are there (the page cannot see them).
 */
async function chromiumWithWorlds(extensionDir: string) {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'visio-e2e-worlds-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, locale: 'en-US', timezoneId: 'Europe/Paris', env: { ...process.env, TZ: 'Europe/Paris' } as Record<string, string>,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const raw = await context.newPage();
  const cdp = await context.newCDPSession(raw);
  let worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => { if (event.context.auxData?.type === 'isolated') worlds.push(event.context.id); });
  cdp.on('Runtime.executionContextsCleared', () => { worlds = []; });
  await cdp.send('Runtime.enable');
  const page: E2EPage = {
    async goto(url) { await raw.goto(url, { waitUntil: 'load' }); },
    evaluate: (fn, arg) => raw.evaluate(fn as never, arg) as never,
    click: (selector) => raw.click(selector),
    bringToFront: () => raw.bringToFront(),
    close: () => raw.close(),
  };
  /** Whether a Symbol.for(key) global is set in some isolated world of the page. */
  async function hasGlobal(key: string): Promise<boolean> {
    for (const contextId of worlds) {
      const answer = await cdp.send('Runtime.evaluate', { expression: `globalThis[Symbol.for(${JSON.stringify(key)})] !== undefined`, contextId, returnByValue: true })
        .catch(() => ({ result: { value: false } }));
      if (answer.result.value === true) return true;
    }
    return false;
  }
  return {
    page, hasGlobal,
    async close() { await context.close().catch(() => undefined); await rm(profile, { recursive: true, force: true }); },
  };
}

const WATCHER = 'visio-scheduler.webmail-watcher';
const RUNNER = 'visio-scheduler.webmail-runner';
const EDITOR_MODULE = 'visio-scheduler.webmail-editor';

describe('SOGo in Chromium: the page script and the editor module come only with an event editor', () => {
  it('a calendar page runs the watcher alone; opening an editor brings the page script and the editor module, then the buttons', async (t) => {
    if (skipOrFail(t, unavailable ?? browserMissing('chromium'))) return;
    const browser = await chromiumWithWorlds(extension!.chrome);
    try {
      const { page, hasGlobal } = browser;
      await sogo.login(page, server!, 'alice');
      const until = Date.now() + 15_000;
      while (!await hasGlobal(WATCHER) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(await hasGlobal(WATCHER), true, 'the SOGo watcher runs on the calendar');
      assert.equal(await hasGlobal(RUNNER), false, 'no page script before an editor opens');
      assert.equal(await hasGlobal(EDITOR_MODULE), false, 'no editor module before an editor opens');
      await sogo.openNewEvent(page);
      await sogo.waitForButtons(page, ['add']);
      assert.equal(await hasGlobal(RUNNER), true, 'the page script was injected into the watcher’s world');
      assert.equal(await hasGlobal(EDITOR_MODULE), true, 'the editor module was injected into the same world');
      await sogo.cancel(page);
    } finally {
      await browser.close();
    }
  });

  // The same package without one of the injected files: executeScript refuses, as it would without a host permission.
  for (const [what, file] of [['the editor module', WEBMAIL_EDITOR_FILE], ['the page script', webmailPageFile('sogo')]] as const) {
    it(`when ${what} cannot be injected, the editor says so instead of showing nothing`, async (t) => {
      if (skipOrFail(t, unavailable ?? browserMissing('chromium'))) return;
      const broken = await mkdtemp(join(tmpdir(), 'visio-e2e-no-file-'));
      await cp(extension!.chrome, broken, { recursive: true });
      await rm(join(broken, file));
      const browser = await chromiumWithWorlds(broken);
      try {
        const { page } = browser;
        await sogo.login(page, server!, 'alice');
        await sogo.openNewEvent(page);
        const message = await waitFor(page, 'the error in the editor', () => {
          const shown = document.querySelector('form[name="eventForm"] [data-visio-message][role="alert"]');
          return shown?.textContent ?? '';
        }, null);
        assert.equal(message, translate(webmailMessages, 'en', 'loadFailed', { app: 'Visio' }), 'in the UI language (alice: English)');
        assert.deepEqual((await sogo.editorView(page)).actions, [], 'no button that could not work');
        await sogo.cancel(page);
      } finally {
        await browser.close();
        await rm(broken, { recursive: true, force: true });
      }
    });
  }
});
