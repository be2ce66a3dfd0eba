// The popup at its real size (380x600) in headless Chromium: what a click says is seen where one
// clicked, an error goes once fixed, and axe finds nothing. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromiumWithExtension, requireBrowser, type ChromiumSession } from '../../scripts/e2e/browsers.ts';
import { buildTestExtension } from './test-build.ts';

const skip = requireBrowser(CHROMIUM_PATH);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORT = { width: 380, height: 600 };

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

/** Entirely inside the 600 px high popup, without scrolling. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

describe('popup feedback at 380x600 in Chromium', { skip }, () => {
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  let session: ChromiumSession;

  before(async () => {
    build = await buildTestExtension('chrome');
    session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  });
  after(async () => {
    await session?.close();
    await build?.cleanup();
  });

  it('« Lien copié » shows under the link’s buttons, in view', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize(VIEWPORT);
    await popup.waitForSelector('[data-visio-ready]');
    await popup.locator('[data-visio-action="copy-link"]').click();
    const status = '[aria-labelledby="visio-link-heading"] [data-visio-status]';
    await popup.locator(status, { hasText: 'Lien copié.' }).waitFor();
    assert.ok(await inView(popup, status), 'the status is on screen');
    await popup.close();
  });

  it('a wrong duration is said under the schedule buttons, in view, and the message goes once it is fixed', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize(VIEWPORT);
    await popup.waitForSelector('[data-visio-ready]');
    const status = '[aria-labelledby="visio-schedule-heading"] [data-visio-status]';
    await popup.getByLabel('Durée (minutes)').fill('0');
    await popup.getByRole('button', { name: 'Google Agenda' }).click();
    assert.match(await popup.locator(status).innerText(), /entre 5 et 1440/);
    assert.ok(await inView(popup, status), 'the error is on screen');
    assert.deepEqual(await axeViolations(popup), [], 'with the error shown');

    await popup.getByLabel('Durée (minutes)').fill('7');
    const [tab] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 10_000 }),
      popup.getByRole('button', { name: 'Google Agenda' }).click(),
    ]);
    await tab.close();
    assert.equal(await popup.locator(status).innerText(), '');
    assert.equal(await popup.getByText('entre 5 et 1440').count(), 0, 'no stale error anywhere');
    await popup.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(popup), [], 'dark mode');
    await popup.close();
  });
});
