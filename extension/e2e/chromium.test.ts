// The built extension in real headless Chromium (playwright-core): popup, copy, .ics, insert
// anywhere, options page, accessibility. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type Browser from 'webextension-polyfill';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { ICAL } from '../../shared/core/ical/ical.ts';
import { renderInvite } from '../../shared/core/invite/render.ts';
import { CHROMIUM_PATH, launchChromiumWithExtension, requireBrowser, type ChromiumSession } from '../../scripts/e2e/browsers.ts';
import { INPUT_AFTER, INPUT_BEFORE, startFixtureServer, TEXT_AFTER, TEXT_BEFORE, type FixtureServer } from './fixture-server.ts';
import { placeCaret, readFields, roomPattern } from './page-helpers.ts';
import { buildTestExtension } from './test-build.ts';

// Chromium's MV3 `chrome.*` returns promises like the polyfill's `browser.*`: same types.
declare const chrome: Browser.Browser;

const skip = requireBrowser(CHROMIUM_PATH);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

/** The in-page message's text: it lives in a closed shadow root, out of the page's reach, not of DevTools'. */
async function toastText(page: Page): Promise<string | null> {
  type DomNode = { nodeType: number; nodeValue: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
  await cdp.detach();
  const text = (node: DomNode): string => node.nodeType === 3 ? node.nodeValue : [...node.shadowRoots ?? [], ...node.children ?? []].map(text).join('');
  const find = (node: DomNode): DomNode | null => node.attributes?.includes('visio-scheduler-toast') ? node
    : [...node.shadowRoots ?? [], ...node.children ?? []].map(find).find((found) => found !== null) ?? null;
  const host = find(root);
  return host === null ? null : text(host);
}

describe('extension in Chromium', { skip }, () => {
  let server: FixtureServer;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: ChromiumSession;
  let instance: string;

  before(async () => {
    server = await startFixtureServer();
    instance = `${server.origin}/visio`;
    build = await buildTestExtension('chrome');
    session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await server?.close();
  });

  it('options page refuses http://visio.example with a message, accepts a good URL and checks it', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.waitForSelector('[data-visio-ready]');
    const field = page.locator('#visio-instance');
    await field.fill('http://visio.example');
    const message = page.locator('[data-visio-field-message="instanceUrl"]');
    assert.match(await message.innerText(), /https:\/\//);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await page.locator('[data-visio-action="save-settings"]').click();
    assert.equal(await page.locator('[data-visio-status]').innerText(), 'Corrigez l’adresse avant d’enregistrer.');
    const stored = await session.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    assert.equal((stored.settings as { instanceUrl?: string } | undefined)?.instanceUrl, undefined);

    await field.fill(`${instance}/`);
    assert.equal(await message.innerText(), 'Adresse valide.');
    await page.locator('[data-visio-action="save-settings"]').click();
    await page.locator('[data-visio-status]', { hasText: 'Réglages enregistrés.' }).waitFor();
    const saved = await session.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    assert.equal((saved.settings as { instanceUrl: string }).instanceUrl, instance);

    await page.locator('[data-visio-action="check-instance"]').click();
    const result = page.locator('[data-visio-check-result="ok"]');
    await result.waitFor();
    assert.match(await result.innerText(), /\+33 9 01 02 03 04/);
    assert.match(await page.locator('[data-visio-preview]').innerText(), new RegExp(`${instance.replace(/[.]/g, '\\.')}/abc-defg-hij`));
    assert.deepEqual(await axeViolations(page), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), [], 'dark mode');

    // A language picked, not saved: the preview reads in it (the page carries French words only).
    await page.locator('#visio-lang').selectOption('de');
    const configured: Profile = { ...build.profile, instanceUrl: instance };
    const german = renderInvite(configured, 'de', { url: `${instance}/abc-defg-hij`, slug: 'abc-defg-hij' }).text;
    await page.waitForFunction((text) => document.querySelector('[data-visio-preview]')?.textContent === text, german, { timeout: 5_000 }).catch(() => undefined);
    assert.equal(await page.locator('[data-visio-preview]').innerText(), german);
    await page.close();
  });

  it('popup shows a link of the configured instance at once; copy puts text and HTML on the clipboard', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const link = popup.locator('[data-visio-link]');
    await link.waitFor();
    const first = await link.innerText();
    assert.match(first, roomPattern(instance));
    await popup.locator('[data-visio-action="new-meeting"]').click();
    const second = await link.innerText();
    assert.match(second, roomPattern(instance));
    assert.notEqual(second, first);

    // Chromium grants no permission to chrome-extension:// origins from automation; the clipboard is
    // the browser's, so it is read back from an ordinary page of the fixture server.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const reader = await session.context.newPage();
    await reader.goto(`${server.origin}/editor.html`);
    await popup.bringToFront();
    await popup.locator('[data-visio-action="copy-invite"]').click();
    await popup.locator('[data-visio-status]', { hasText: 'Invitation copiée' }).waitFor();
    await reader.bringToFront();
    const clipboard = await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return { types: [...item.types], text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
    });
    assert.ok(clipboard);
    assert.deepEqual([...clipboard.types].sort(), ['text/html', 'text/plain']);
    const configured: Profile = { ...build.profile, instanceUrl: instance };
    const invite = renderInvite(configured, 'fr', { url: second, slug: second.split('/').pop()! });
    assert.equal(clipboard.text, invite.text);
    assert.match(clipboard.html, new RegExp(`href="${second.replace(/[.]/g, '\\.')}"`));
    assert.match(await popup.locator('[data-visio-recent]').innerText(), new RegExp(second.replace(/[.]/g, '\\.')));

    await popup.bringToFront();
    await popup.locator('[data-visio-action="copy-link"]').click();
    await popup.locator('[data-visio-status]', { hasText: 'Lien copié.' }).waitFor();
    await reader.bringToFront();
    assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), second);
    await reader.close();
    assert.deepEqual(await axeViolations(popup), []);
    await popup.emulateMedia({ colorScheme: 'dark' });
    assert.notEqual(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)', 'follows the dark scheme');
    assert.deepEqual(await axeViolations(popup), [], 'dark mode');
    await popup.close();
  });

  it('the downloaded .ics parses and holds the link at the chosen time', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const url = await popup.locator('[data-visio-link]').innerText();
    await popup.locator('input[name="title"]').fill('Comité de pilotage');
    await popup.locator('input[name="date"]').fill('2027-03-15');
    await popup.locator('input[name="time"]').fill('14:30');
    await popup.locator('input[name="duration"]').fill('45');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-visio-action="download-ics"]').click()]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = await readFile((await download.path())!, 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.summary, 'Comité de pilotage');
    assert.equal(event.location, url);
    assert.ok(event.description.includes(url));
    assert.equal(event.startDate.toString().slice(0, 16), '2027-03-15T14:30');
    assert.equal(event.duration.toSeconds(), 45 * 60);
    await popup.close();
  });

  it('schedule buttons open Google Calendar and Outlook prefilled with the link', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const url = await popup.locator('[data-visio-link]').innerText();
    // Offline, the new tab lands on an error page and its URL is hidden from the extension (no "tabs"
    // permission), so the test records what the popup asks the browser to open.
    await popup.evaluate(() => {
      const record = globalThis as unknown as { __opened: string[]; browser?: typeof chrome };
      record.__opened = [];
      for (const api of [chrome, record.browser]) {
        if (!api) continue;
        const create = api.tabs.create.bind(api.tabs);
        api.tabs.create = (properties) => { record.__opened.push(properties.url ?? ''); return create(properties); };
      }
    });
    const opened = async (action: string, host: string) => {
      await popup.locator(`[data-visio-action="${action}"]`).click();
      const urls = await popup.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened);
      const found = urls.find((candidate) => candidate.startsWith(`https://${host}/`));
      assert.ok(found, `no tab opened on ${host}: ${urls.join(', ')}`);
      return new URL(found);
    };
    const google = await opened('schedule-google', 'calendar.google.com');
    assert.equal(google.hostname, 'calendar.google.com');
    assert.equal(google.searchParams.get('location'), url);
    const outlook = await opened('schedule-outlook', 'outlook.office.com');
    assert.equal(outlook.hostname, 'outlook.office.com');
    assert.ok(outlook.searchParams.get('body')?.includes(url));
    const owa = await opened('schedule-owa', 'mail.ministere.example');
    assert.equal(owa.origin, 'https://mail.ministere.example');
    await popup.close();
  });

  it('the popup is keyboard-operable: Tab reaches the actions in order and Enter activates them', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const link = popup.locator('[data-visio-link]');
    await link.waitFor();
    const before = await link.innerText();
    const focused: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await popup.keyboard.press('Tab');
      focused.push(await popup.evaluate(() => document.activeElement?.getAttribute('data-visio-action') ?? ''));
    }
    assert.deepEqual(focused, ['settings', 'new-meeting', 'copy-link']);
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    assert.notEqual(await link.innerText(), before);
    await popup.close();
  });

  it('a recent link can be taken up again, and the list cleared', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const link = popup.locator('[data-visio-link]');
    await link.waitFor();
    const recentUrl = await popup.locator('[data-visio-recent] a').first().innerText();
    assert.notEqual(await link.innerText(), recentUrl);
    await popup.locator('[data-visio-action="reuse-recent"]').first().click();
    assert.equal(await link.innerText(), recentUrl);
    await popup.locator('[data-visio-action="clear-recent"]').click();
    await popup.locator('[data-visio-recent]').waitFor({ state: 'detached' });
    const stored = await session.serviceWorker.evaluate(() => chrome.storage.local.get('recentLinks'));
    assert.equal(stored.recentLinks, undefined);
    await popup.close();
  });

  it('insert anywhere (menu path) writes the URL in an input, text in a textarea, HTML in a contenteditable, keeping the text around', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/editor.html`);
    const insert = (frameId?: number) => session.serviceWorker.evaluate(async ({ pageUrl, frame }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const background = (globalThis as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number; frameId?: number }): Promise<string> } }).__visioBackground;
      return background.insertIntoTab(frame === null ? { tabId: tab!.id! } : { tabId: tab!.id!, frameId: frame });
    }, { pageUrl: page.url(), frame: frameId ?? null });

    await page.evaluate(placeCaret, { field: 'location' as const, before: INPUT_BEFORE });
    assert.equal(await insert(0), 'inserted');
    await page.evaluate(placeCaret, { field: 'notes' as const, before: TEXT_BEFORE });
    assert.equal(await insert(0), 'inserted');
    await page.evaluate(placeCaret, { field: 'rich' as const, before: '' });
    assert.equal(await insert(0), 'inserted');

    const fields = await page.evaluate(readFields);
    const url = fields.location.slice(INPUT_BEFORE.length, fields.location.length - INPUT_AFTER.length);
    assert.match(url, roomPattern(instance));
    assert.equal(fields.location, `${INPUT_BEFORE}${url}${INPUT_AFTER}`);
    const notesUrl = /http:\/\/\S+\/[a-z]{3}-[a-z]{4}-[a-z]{3}/.exec(fields.notes)?.[0] ?? '';
    const configured: Profile = { ...build.profile, instanceUrl: instance };
    const notesInvite = renderInvite(configured, 'fr', { url: notesUrl, slug: notesUrl.split('/').pop()! });
    assert.equal(fields.notes, `${TEXT_BEFORE}\n${notesInvite.text}${TEXT_AFTER}`);
    assert.ok(fields.richText.startsWith('Avant le lien.Texte '), fields.richText);
    assert.ok(fields.richText.endsWith('gras après.'), fields.richText);
    assert.equal(fields.richLinks.length >= 1 && roomPattern(instance).test(fields.richLinks[0]!), true, String(fields.richLinks));
    assert.ok(fields.inputEvents.location! > 0 && fields.inputEvents.notes! > 0 && fields.inputEvents.rich! > 0, JSON.stringify(fields.inputEvents));
    await page.close();
  });

  it('insert anywhere: a framework-controlled input and textarea (preact state) register the change', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/framework.html`);
    await page.waitForSelector('#state');
    const insert = () => session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const background = (globalThis as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number; frameId: number }): Promise<string> } }).__visioBackground;
      return background.insertIntoTab({ tabId: tab!.id!, frameId: 0 });
    }, page.url());
    await page.evaluate(() => { const input = document.getElementById('location') as HTMLInputElement; input.focus(); input.setSelectionRange(9, 9); });
    assert.equal(await insert(), 'inserted');
    await page.evaluate(() => { const area = document.getElementById('notes') as HTMLTextAreaElement; area.focus(); area.setSelectionRange(area.value.length, area.value.length); });
    assert.equal(await insert(), 'inserted');
    const state = JSON.parse(await page.locator('#state').innerText()) as { location: string; notes: string };
    assert.match(state.location.slice('Salle 12 '.length), roomPattern(instance));
    assert.ok(state.notes.startsWith('Ordre du jour :\n') && state.notes.length > 'Ordre du jour :\n'.length + 20, state.notes);
    assert.equal(state.notes, await page.locator('#notes').inputValue(), 'the framework state is what the field shows');
    await page.close();
  });

  it('insert anywhere into another site’s frame: the page says so with the link; the next insert takes a stale badge down', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/editor.html`);
    await page.bringToFront();
    // The menu hands over the frame it was clicked in. Without the webNavigation permission the
    // worker cannot list frames: the cross-origin one is the id refused for want of access
    // (« Cannot access contents of the page »; ids of no frame get « No frame with id »).
    const frameId = await session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      for (let id = 1; id < 5000; id += 1) {
        const refusal = await chrome.scripting.executeScript({ target: { tabId: tab!.id!, frameIds: [id] }, files: ['insert.js'] }).then(() => '', String);
        if (refusal.includes('Cannot access')) return id;
      }
      return null;
    }, page.url());
    assert.ok(frameId !== null, 'the cross-origin frame');
    const insert = (target: { frameId?: number }) => session.serviceWorker.evaluate(async ({ pageUrl, frame }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const background = (globalThis as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number; frameId?: number }): Promise<string> } }).__visioBackground;
      return background.insertIntoTab(frame === null ? { tabId: tab!.id! } : { tabId: tab!.id!, frameId: frame });
    }, { pageUrl: page.url(), frame: target.frameId ?? null });
    const badge = () => session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
    }, page.url());
    const refusedFrame = /^Le navigateur interdit aux extensions d’écrire dans ce cadre de la page \(il vient d’un autre site\)\. Voici le lien à copier : http:\/\/127\.0\.0\.1:\d+\/visio\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

    // The menu path: right-click in the frame.
    assert.equal(await insert({ frameId }), 'failed');
    assert.match(await toastText(page) ?? '', refusedFrame);
    assert.equal((await badge()).text, '', 'said in the page, not behind a toolbar badge');
    // The shortcut path: the keyboard focus in the frame's field, no script came back from there.
    await page.evaluate(() => document.getElementById('visio-scheduler-toast')?.remove());
    await page.frames().find((frame) => frame.url().includes('localhost'))!.focus('textarea');
    assert.equal(await insert({}), 'failed');
    assert.match(await toastText(page) ?? '', refusedFrame, 'not « Placez d’abord le curseur dans un champ »');

    // A badge left by a page that refused every script goes at the next insert that works.
    const untouched = await badge();
    await session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      await chrome.action.setBadgeText({ tabId: tab!.id!, text: '!' });
      await chrome.action.setTitle({ tabId: tab!.id!, title: 'Le navigateur interdit aux extensions d’écrire sur cette page.' });
    }, page.url());
    await page.evaluate(placeCaret, { field: 'notes' as const, before: TEXT_BEFORE });
    assert.equal(await insert({ frameId: 0 }), 'inserted');
    assert.deepEqual(await badge(), untouched);
    await page.close();
  });

  it('insert anywhere into an empty rich editor that handles pastes itself: it gets the paste, once', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/paste-editor.html`);
    await page.focus('#editor');
    const outcome = await session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const background = (globalThis as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number; frameId: number }): Promise<string> } }).__visioBackground;
      return background.insertIntoTab({ tabId: tab!.id!, frameId: 0 });
    }, page.url());
    assert.equal(outcome, 'inserted');
    await page.waitForTimeout(200); // room for a late second copy to show, were there one
    const editor = await page.evaluate(() => ({
      pastes: (window as unknown as { pastes: number }).pastes,
      links: [...document.querySelectorAll('#editor a')].map((a) => a.getAttribute('href')),
    }));
    assert.equal(editor.pastes, 1, 'the editor’s own paste handler ran');
    const rooms = editor.links.filter((href) => roomPattern(instance).test(href ?? ''));
    assert.equal(rooms.length, 1, `one invitation: ${editor.links.join(', ')}`);
    await page.close();
  });

  it('insert anywhere (shortcut path: every frame, the focused one writes) and a clear message without a field', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/editor.html`);
    await page.bringToFront();
    await page.evaluate(placeCaret, { field: 'notes' as const, before: TEXT_BEFORE });
    const insert = () => session.serviceWorker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const background = (globalThis as unknown as { __visioBackground: { insertIntoTab(t: { tabId: number }): Promise<string> } }).__visioBackground;
      return background.insertIntoTab({ tabId: tab!.id! });
    }, page.url());
    assert.equal(await insert(), 'inserted');
    const { notes } = await page.evaluate(readFields);
    assert.ok(notes.startsWith(TEXT_BEFORE) && notes.endsWith(TEXT_AFTER));
    assert.match(notes, new RegExp(`${instance.replace(/[.]/g, '\\.')}/[a-z]{3}-[a-z]{4}-[a-z]{3}`));

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    assert.equal(await insert(), 'no-field');
    const toast = await page.evaluate(() => document.getElementById('visio-scheduler-toast') !== null);
    assert.ok(toast, 'a message is shown in the page');
    await page.close();
  });
});
