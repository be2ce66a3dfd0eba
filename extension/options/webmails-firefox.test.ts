// "Messageries web de votre organisation" in real headless Firefox ESR (puppeteer-core over
// WebDriver BiDi): the path Firefox guards most, `permissions.request`, which Firefox accepts only
// from a user input handler. The click on « Ajouter » is real input (BiDi input actions), so the
// request runs inside the user's gesture as it would for a person; then the Roundcube content
// script is registered for that origin, a Roundcube calendar page served there gets the
// "Ajouter une réunion Visio" button, Add writes a link of the user's instance, and after
// « Retirer » a reload has no button.
//
// The permission prompt: the test build's instance is on 127.0.0.1 (extension/e2e/test-build.ts),
// so the extension already holds http://127.0.0.1/* and Firefox grants the request without a
// prompt. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { FIREFOX_PATH, launchFirefoxWithExtension, requireBrowser, type FirefoxSession } from '../../scripts/e2e/browsers.ts';
import { buildTestExtension } from '../e2e/test-build.ts';

declare const browser: Browser.Browser;

const skip = requireBrowser(FIREFOX_PATH);
const FIXTURE = join(import.meta.dirname, '../content/webmail/fixtures/roundcube/eventedit-elastic.html');

/** The Roundcube fixture at every path of a local origin (the content script matches `/*`). */
async function startRoundcube(): Promise<{ origin: string; close(): Promise<void> }> {
  const html = await readFile(FIXTURE, 'utf8');
  const server: Server = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); response.end(html); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction((s, e) => (document.querySelector(s) as HTMLElement | null)?.innerText.includes(e) ?? false, { timeout: 15_000 }, selector, expected);
}

/** Buttons on the page once the content script had time to run (document_idle) and scan. */
async function addButtons(page: Page): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return page.$$eval('[data-visio-action="add"]', (buttons) => buttons.length);
}

describe('organisation webmails in Firefox', { skip }, () => {
  let roundcube: Awaited<ReturnType<typeof startRoundcube>>;
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: FirefoxSession;

  before(async () => {
    roundcube = await startRoundcube();
    build = await buildTestExtension('firefox');
    session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, { prefs: { 'intl.accept_languages': 'fr-FR, fr', 'intl.locale.requested': 'fr' } });
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
    await roundcube?.close();
  });

  it('a click on « Ajouter » asks for the origin within the gesture; the Roundcube page gets the button; « Retirer » takes it away', async () => {
    const calendar = await session.browser.newPage();
    await calendar.goto(`${roundcube.origin}/?_task=calendar`);
    assert.equal(await addButtons(calendar), 0, 'no button before the origin is added');

    const options = await session.openExtensionPage('options.html', '[data-visio-webmails]');
    // Outside a gesture Firefox refuses the request: the reason the click below must be real input.
    const outside = await options.evaluate((origin) => browser.permissions.request({ origins: [`${origin}/*`] }).then(() => 'granted', (error: Error) => error.message), roundcube.origin);
    assert.match(outside, /user input handler/);

    await options.select('#visio-webmail-kind', 'roundcube');
    await options.locator('#visio-webmail-origin').fill(roundcube.origin);
    await options.click('[data-visio-action="add-webmail"]');
    await waitForText(options, '[data-visio-webmails-status]', `Bouton Visio activé sur ${roundcube.origin}.`);
    const registered = await options.evaluate(() => browser.scripting.getRegisteredContentScripts());
    assert.equal(registered.length, 1);
    assert.ok(registered[0]?.matches?.some((pattern) => pattern.startsWith('http://127.0.0.1/')), JSON.stringify(registered));

    await options.evaluate(() => browser.storage.local.set({ settings: { instanceUrl: 'http://127.0.0.1:9/salles' } }));
    await calendar.reload();
    assert.equal(await addButtons(calendar), 1, 'the Add button is on the page once the origin is added');
    await calendar.click('[data-visio-action="add"]');
    await calendar.waitForFunction(() => (document.getElementById('edit-location') as HTMLInputElement).value.includes('http://127.0.0.1:9/salles/'), { timeout: 15_000 });

    await options.click(`[data-visio-webmail="${roundcube.origin}"] [data-visio-action="remove-webmail"]`);
    await waitForText(options, '[data-visio-webmails-status]', `Bouton Visio retiré de ${roundcube.origin}.`);
    assert.deepEqual(await options.evaluate(() => browser.scripting.getRegisteredContentScripts()), []);
    await calendar.reload();
    assert.equal(await addButtons(calendar), 0, 'no button after removing it and reloading');
    await options.close();
    await calendar.close();
  });
});
