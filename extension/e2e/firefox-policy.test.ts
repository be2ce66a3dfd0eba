// Organisation policy in real Firefox ESR: policies.json `3rdparty.Extensions.<gecko id>` (what IT
// deploys) overrides and locks the instance URL; an invalid one stops link creation with a message.
// The policies.json lives in a per-run install folder (see launchFirefoxWithExtension), so the real
// /usr/lib/firefox-esr is never touched. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { FIREFOX_PATH, launchFirefoxWithExtension, requireBrowser } from '../../scripts/e2e/browsers.ts';
import { roomPattern } from './page-helpers.ts';
import { INVALID_POLICY, LOCKING_POLICY, POLICY_INSTANCE } from './policy-cases.ts';
import { buildTestExtension } from './test-build.ts';

const skip = requireBrowser(FIREFOX_PATH);
const PREFS = { 'intl.accept_languages': 'fr-FR, fr', 'intl.locale.requested': 'fr' };

function policies(geckoId: string, policy: unknown) {
  return { '3rdparty': { Extensions: { [geckoId]: policy } } };
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element as HTMLElement).innerText);
}

describe('organisation policy in Firefox', { skip }, () => {
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  before(async () => { build = await buildTestExtension('firefox'); });
  after(async () => { await build?.cleanup(); });

  it('policies.json sets and locks the instance URL', async () => {
    const session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, { prefs: PREFS, policies: policies(build.profile.geckoId, LOCKING_POLICY) });
    try {
      const options = await session.openExtensionPage('options.html', '[data-visio-ready]');
      assert.equal(await options.$eval('#visio-instance', (input) => (input as HTMLInputElement).value), POLICY_INSTANCE);
      assert.equal(await options.$eval('#visio-instance', (input) => (input as HTMLInputElement).readOnly), true);
      assert.equal(await text(options, '[data-visio-locked]'), 'Défini par votre organisation');
      const popup = await session.openExtensionPage('popup.html', '[data-visio-link]');
      assert.match(await text(popup, '[data-visio-link]'), roomPattern(POLICY_INSTANCE));
    } finally {
      await session.close();
    }
  });

  it('an invalid policy fails closed with a message', async () => {
    const session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, { prefs: PREFS, policies: policies(build.profile.geckoId, INVALID_POLICY) });
    try {
      const popup = await session.openExtensionPage('popup.html', '[data-visio-policy-error]');
      assert.match(await text(popup, '[data-visio-policy-error]'), /organisation est invalide.*instanceUrl/s);
      assert.equal(await popup.$('[data-visio-link]'), null);
    } finally {
      await session.close();
    }
  });

  it('without any policy, Firefox\'s rejected storage.managed.get() means "no policy"', async () => {
    const session = await launchFirefoxWithExtension(build.dir, build.profile.geckoId, { prefs: PREFS });
    try {
      const popup = await session.openExtensionPage('popup.html', '[data-visio-link]');
      assert.equal(await popup.$('[data-visio-policy-error]'), null);
      assert.match(await text(popup, '[data-visio-link]'), roomPattern(build.profile.instanceUrl));
    } finally {
      await session.close();
    }
  });
});
