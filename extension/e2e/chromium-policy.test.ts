// Organisation policy in real Chromium: a managed policy file (what GPO/JSON deployment writes)
// overrides and locks the instance URL; an invalid one stops link creation with a message and
// offers no Save in the options page.
// Chromium reads policies only from /etc/chromium/policies/managed (no per-run switch): the test
// writes one file there for its own extension id and removes it. Run under `flock /tmp/browser.lock`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { CHROMIUM_PATH, launchChromiumWithExtension, requireBrowser, unpackedExtensionId } from '../../scripts/e2e/browsers.ts';
import { roomPattern } from './page-helpers.ts';
import { INVALID_POLICY, LOCKING_POLICY, POLICY_INSTANCE } from './policy-cases.ts';
import { buildTestExtension } from './test-build.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';

function policySkip(): false | string {
  const missing = requireBrowser(CHROMIUM_PATH);
  if (missing) return missing;
  if (process.getuid?.() !== 0) {
    const reason = `writing ${POLICY_DIR} needs root`;
    if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
    return reason;
  }
  return false;
}

async function withPolicy<T>(extensionId: string, policy: unknown, run: () => Promise<T>): Promise<T> {
  const file = `${POLICY_DIR}/visio-scheduler-e2e-${process.pid}.json`;
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  try { return await run(); } finally { await rm(file, { force: true }); }
}

describe('organisation policy in Chromium', { skip: policySkip() }, () => {
  let build: Awaited<ReturnType<typeof buildTestExtension>>;
  before(async () => { build = await buildTestExtension('chrome'); });
  after(async () => { await build?.cleanup(); });

  it('a managed instance URL wins over the user setting and is read-only in the options page', async () => {
    const id = unpackedExtensionId(build.dir);
    await withPolicy(id, LOCKING_POLICY, async () => {
      const session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
      try {
        assert.equal(session.extensionId, id);
        await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
          .chrome.storage.local.set({ settings: { instanceUrl: 'https://visio.numerique.gouv.fr' } }));
        const options = await session.openExtensionPage('options.html');
        await options.waitForSelector('[data-visio-ready]');
        const field = options.locator('#visio-instance');
        assert.equal(await field.inputValue(), POLICY_INSTANCE);
        assert.equal(await field.getAttribute('readonly'), '');
        assert.equal(await options.locator('[data-visio-locked]').first().innerText(), 'Défini par votre organisation');
        assert.equal(await options.locator('#visio-placement').isDisabled(), true);
        const popup = await session.openExtensionPage('popup.html');
        assert.match(await popup.locator('[data-visio-link]').innerText(), roomPattern(POLICY_INSTANCE));
      } finally {
        await session.close();
      }
    });
  });

  it('an invalid policy fails closed: no link, a message naming the problem', async () => {
    const id = unpackedExtensionId(build.dir);
    await withPolicy(id, INVALID_POLICY, async () => {
      const session = await launchChromiumWithExtension(build.dir, { locale: 'fr-FR' });
      try {
        const popup = await session.openExtensionPage('popup.html');
        const alert = popup.locator('[data-visio-policy-error]');
        await alert.waitFor();
        assert.match(await alert.innerText(), /organisation est invalide.*instanceUrl/s);
        assert.equal(await popup.locator('[data-visio-link]').count(), 0);
        assert.equal(await popup.locator('[data-visio-action="new-meeting"]').isDisabled(), true);
        // Saving would store {} over the user's settings (every field counts as locked): no Save.
        const options = await session.openExtensionPage('options.html');
        await options.waitForSelector('[data-visio-ready]');
        assert.match(await options.locator('[data-visio-policy-error]').innerText(), /organisation est invalide.*instanceUrl/s);
        assert.equal(await options.locator('[data-visio-action="save-settings"]').isDisabled(), true);
      } finally {
        await session.close();
      }
    });
  });
});
