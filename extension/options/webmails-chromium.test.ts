// "Messageries web de votre organisation" in real headless Chromium: the user adds a Roundcube at
// http://127.0.0.1:<port> in the options page, a Roundcube calendar page served there gets the
// "Ajouter une réunion Visio" button, which writes a link of the user's instance (the settings
// reach the content script through the background's `visio:profile-state` answer); after
// « Retirer », a reload of that page has none.
//
// The permission prompt: a headless browser cannot click it. The test build's instance is on
// 127.0.0.1 (extension/e2e/test-build.ts), so the extension already holds the standing host
// permission http://127.0.0.1/* and permissions.request, called by the real click on « Ajouter »
// (a user gesture), resolves true without a prompt. Everything after it (registering the
// Roundcube content script for that origin, remembering it, removing it) is the real code path.
// Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type Browser from 'webextension-polyfill';
import { CHROMIUM_PATH, launchChromiumWithExtension, requireBrowser, type ChromiumSession } from '../../scripts/e2e/browsers.ts';
import { buildTestExtension } from '../e2e/test-build.ts';

declare const chrome: Browser.Browser;

const skip = requireBrowser(CHROMIUM_PATH);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURE = join(import.meta.dirname, '../content/webmail/fixtures/roundcube/eventedit-elastic.html');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

/** The Roundcube fixture at every path of a local origin (the content script matches `/*`). */
async function startRoundcube(): Promise<{ origin: string; close(): Promise<void> }> {
  const html = await readFile(FIXTURE, 'utf8');
  const server: Server = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); response.end(html); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('organisation webmails in Chromium', { skip }, () => {
  let roundcube: Awaited<ReturnType<typeof startRoundcube>>;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: ChromiumSession;

  before(async () => {
    roundcube = await startRoundcube();
    build = await buildTestExtension('chrome');
    session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await roundcube?.close();
  });

  const addButtons = async (page: Page) => {
    await page.waitForTimeout(1500); // the content script runs at document_idle, then scans
    return page.locator('[data-visio-action="add"]').count();
  };

  it('adding a Roundcube origin puts the Add button on its calendar page; removing it takes it away after a reload', async () => {
    const calendar = await session.context.newPage();
    await calendar.goto(`${roundcube.origin}/?_task=calendar`);
    assert.equal(await addButtons(calendar), 0, 'no button before the origin is added');

    const options = await session.openExtensionPage('options.html');
    const section = options.locator('[data-visio-webmails]');
    await section.waitFor();
    assert.match(await section.innerText(), /mail\.ministere\.example/, 'the profile\'s webmail is listed, read-only');
    assert.match(await section.innerText(), /Aucune messagerie ajoutée\./);

    // Refused input: said next to the field, what was typed is kept.
    await options.locator('#visio-webmail-origin').fill('https://mail.example.fr/SOGo');
    await options.locator('[data-visio-action="add-webmail"]').click();
    assert.match(await options.locator('[data-visio-field-message="webmailOrigin"]').innerText(), /n’est pas une adresse de messagerie valable/);
    assert.equal(await options.locator('#visio-webmail-origin').inputValue(), 'https://mail.example.fr/SOGo');

    // Keyboard only: choose the kind, type the origin, press Enter.
    await options.locator('#visio-webmail-kind').focus();
    await options.keyboard.press('ArrowDown'); // sogo → roundcube
    assert.equal(await options.locator('#visio-webmail-kind').inputValue(), 'roundcube');
    await options.locator('#visio-webmail-origin').fill(roundcube.origin);
    await options.keyboard.press('Enter');
    await options.locator('[data-visio-webmails-status]', { hasText: `Bouton Visio activé sur ${roundcube.origin}.` }).waitFor();
    await options.locator(`[data-visio-webmail="${roundcube.origin}"]`).waitFor();
    const stored = await session.serviceWorker.evaluate(() => chrome.storage.local.get('addedWebmails'));
    assert.deepEqual(stored.addedWebmails, [{ kind: 'roundcube', origin: roundcube.origin }]);
    assert.deepEqual(await axeViolations(options), []);

    // The content script's settings come from the background's answer to `visio:profile-state`
    // (it no longer reads storage itself): the user's instance must be the one Add writes.
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { instanceUrl: 'http://127.0.0.1:9/salles' } }));
    await calendar.reload();
    assert.equal(await addButtons(calendar), 1, 'the Add button is on the page once the origin is added');
    await calendar.locator('[data-visio-action="add"]').click();
    await calendar.waitForFunction(() => (document.getElementById('edit-location') as HTMLInputElement).value.includes('http://127.0.0.1:9/salles/'));
    await calendar.reload();

    // The background's start-up restore keeps a granted entry registered.
    const kept = await session.serviceWorker.evaluate(() => (globalThis as unknown as { __visioBackground: { restoreWebmailRegistrations(): Promise<unknown[]> } }).__visioBackground.restoreWebmailRegistrations());
    assert.equal(kept.length, 1);

    const remove = options.locator(`[data-visio-webmail="${roundcube.origin}"] [data-visio-action="remove-webmail"]`);
    await remove.focus();
    await options.keyboard.press('Enter');
    await options.locator('[data-visio-webmails-status]', { hasText: `Bouton Visio retiré de ${roundcube.origin}.` }).waitFor();
    await options.locator('[data-visio-no-webmails]').waitFor();
    const scripts = await session.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    assert.deepEqual(scripts, []);

    await calendar.reload();
    assert.equal(await addButtons(calendar), 0, 'no button after removing it and reloading');
    await options.close();
    await calendar.close();
  });
});
