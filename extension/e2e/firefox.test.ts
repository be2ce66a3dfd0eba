// The built extension in real headless Firefox ESR (puppeteer-core 24 over WebDriver BiDi): popup,
// both clipboard flavours, .ics download, insert anywhere, options page. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { ICAL } from '../../shared/core/ical/ical.ts';
import { FIREFOX_PATH, launchFirefoxWithExtension, requireBrowser, type FirefoxSession } from '../../scripts/e2e/browsers.ts';
import { INPUT_AFTER, INPUT_BEFORE, startFixtureServer, TEXT_AFTER, TEXT_BEFORE, type FixtureServer } from './fixture-server.ts';
import { placeCaret, readFields, roomPattern } from './page-helpers.ts';
import { buildTestExtension } from './test-build.ts';

declare const browser: Browser.Browser;
const skip = requireBrowser(FIREFOX_PATH);

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element as HTMLElement).innerText);
}

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction((s, e) => (document.querySelector(s) as HTMLElement | null)?.innerText.includes(e) ?? false, { timeout: 10_000 }, selector, expected);
}

describe('extension in Firefox', { skip }, () => {
  let server: FixtureServer;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: FirefoxSession;
  let downloads: string;
  let instance: string;

  before(async () => {
    server = await startFixtureServer();
    instance = `${server.origin}/visio`;
    downloads = await mkdtemp(join(tmpdir(), 'visio-ff-downloads-'));
    build = await buildTestExtension('firefox');
    session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, {
      prefs: {
        'intl.accept_languages': 'fr-FR, fr', 'intl.locale.requested': 'fr',
        // Lets the test read the clipboard back without the paste prompt (Firefox's own testing switch).
        'dom.events.testing.asyncClipboard': true,
        'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false,
      },
    });
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('options page refuses http://visio.example with a message and accepts a good URL', async () => {
    const page = await session.openExtensionPage('options.html', '[data-visio-ready]');
    await page.locator('#visio-instance').fill('http://visio.example');
    assert.match(await text(page, '[data-visio-field-message="instanceUrl"]'), /https:\/\//);
    await page.click('[data-visio-action="save-settings"]');
    await waitForText(page, '[data-visio-status]', 'Corrigez l’adresse avant d’enregistrer.');
    await page.locator('#visio-instance').fill(instance);
    await waitForText(page, '[data-visio-field-message="instanceUrl"]', 'Adresse valide.');
    await page.click('[data-visio-action="save-settings"]');
    await waitForText(page, '[data-visio-status]', 'Réglages enregistrés.');
    const stored = await page.evaluate(() => browser.storage.local.get('settings'));
    assert.equal((stored.settings as { instanceUrl: string }).instanceUrl, instance);
    await page.close();
  });

  it('popup shows a link of the configured instance; copy puts text and HTML on the clipboard', async () => {
    const popup = await session.openExtensionPage('popup.html', '[data-visio-link]');
    const url = await text(popup, '[data-visio-link]');
    assert.match(url, roomPattern(instance));
    await popup.click('[data-visio-action="copy-invite"]');
    await waitForText(popup, '[data-visio-status]', 'Invitation copiée');
    const clipboard = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? { types: [...item.types], text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() } : null;
    });
    assert.ok(clipboard);
    assert.deepEqual([...clipboard.types].sort(), ['text/html', 'text/plain']);
    assert.ok(clipboard.text.includes(url));
    assert.ok(clipboard.html.includes(`href="${url}"`));
    await popup.close();
  });

  it('the downloaded .ics parses and holds the link', async () => {
    const popup = await session.openExtensionPage('popup.html', '[data-visio-link]');
    const url = await text(popup, '[data-visio-link]');
    await popup.click('[data-visio-action="download-ics"]');
    // Firefox creates the file first and fills it after: wait for the whole calendar.
    let ics = '';
    for (let attempt = 0; attempt < 100 && !/END:VCALENDAR\s*$/.test(ics); attempt += 1) {
      const file = (await readdir(downloads)).find((name) => name.endsWith('.ics'));
      if (file) ics = await readFile(join(downloads, file), 'utf8');
      await new Promise((done) => setTimeout(done, 100));
    }
    assert.match(ics, /END:VCALENDAR\s*$/, ics);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.location, url);
    assert.ok(event.description.includes(url));
    await popup.close();
  });

  it('insert anywhere (menu and shortcut paths) writes into an input, a textarea and a contenteditable, keeping the text around', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/editor.html`);
    await page.waitForFunction(() => (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument !== undefined);
    const control = await session.openExtensionPage('options.html', '[data-visio-ready]');
    // Headless Firefox cannot click a context menu: the test calls what the menu's handler calls.
    const insert = () => control.evaluate(async (pageUrl) => {
      // Firefox match patterns take no port: find the tab by its URL (visible through the host permission).
      const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      const background = await browser.runtime.getBackgroundPage() as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number; frameId?: number }): Promise<string> } };
      return background.__visioBackground.insertIntoTab({ tabId: tab!.id!, frameId: 0 });
    }, `${server.origin}/editor.html`);

    await page.evaluate(placeCaret, { field: 'location' as const, before: INPUT_BEFORE });
    assert.equal(await insert(), 'inserted');
    await page.evaluate(placeCaret, { field: 'notes' as const, before: TEXT_BEFORE });
    assert.equal(await insert(), 'inserted');
    await page.evaluate(placeCaret, { field: 'rich' as const, before: '' });
    assert.equal(await insert(), 'inserted');

    const fields = await page.evaluate(readFields);
    const url = fields.location.slice(INPUT_BEFORE.length, fields.location.length - INPUT_AFTER.length);
    assert.match(url, roomPattern(instance));
    assert.ok(fields.notes.startsWith(`${TEXT_BEFORE}\n`) && fields.notes.endsWith(TEXT_AFTER), fields.notes);
    assert.match(fields.notes, new RegExp(`${instance.replace(/[.]/g, '\\.')}/[a-z]{3}-[a-z]{4}-[a-z]{3}`));
    assert.ok(fields.richText.startsWith('Avant le lien.Texte ') && fields.richText.endsWith('gras après.'), JSON.stringify(fields.richText));
    assert.ok(fields.richLinks.some((href) => roomPattern(instance).test(href)), String(fields.richLinks));
    assert.ok(fields.inputEvents.location! > 0 && fields.inputEvents.notes! > 0 && fields.inputEvents.rich! > 0, JSON.stringify(fields.inputEvents));

    // Shortcut path: no frame named, every frame runs the script and the focused one writes.
    await page.bringToFront();
    await page.evaluate(placeCaret, { field: 'notes' as const, before: TEXT_BEFORE });
    const viaShortcut = await control.evaluate(async (pageUrl) => {
      const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      const background = await browser.runtime.getBackgroundPage() as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number }): Promise<string> } };
      return background.__visioBackground.insertIntoTab({ tabId: tab!.id! });
    }, `${server.origin}/editor.html`);
    assert.equal(viaShortcut, 'inserted');
    const after = await page.evaluate(readFields);
    assert.ok(after.notes.startsWith(`${TEXT_BEFORE}\n`) && after.notes.endsWith(TEXT_AFTER), after.notes);
    assert.equal(after.notes.match(new RegExp(`${instance.replace(/[.]/g, '\\.')}/[a-z]{3}-[a-z]{4}-[a-z]{3}`, 'g'))?.length, 2);
    await control.close();
    await page.close();
  });
});
