// Saving the user's settings through the extension's storage (an in-memory stand-in for
// chrome.storage: local for the settings, managed for the organisation's policy): what is stored
// afterwards is what a user gets back when they next open the options page.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

let local: Record<string, unknown> = {};
let managed: Record<string, unknown> = {};
const chrome = {
  storage: {
    local: {
      get: async (key: string) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
      set: async (items: Record<string, unknown>) => { Object.assign(local, structuredClone(items)); },
    },
    managed: { get: async () => structuredClone(managed) },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  },
};
// page-browser.ts picks the global up when it is first imported.
Object.assign(globalThis, { chrome });
const { saveUserSettings } = await import('./profile-state.ts');

const mine = { instanceUrl: 'https://visio.suite.anct.gouv.fr', placement: 'location' };

describe('saveUserSettings', () => {
  beforeEach(() => { local = { settings: { ...mine } }; managed = {}; });

  it('under an invalid policy, writes nothing: the stored settings survive until IT fixes it', async () => {
    managed = { instanceUrl: 'http://visio.example', instanceUrlLocked: true };
    const state = await saveUserSettings({ instanceUrl: 'https://visio.numerique.gouv.fr', placement: 'description' });
    assert.ok(state.policyErrors.length > 0, 'the caller learns that nothing was saved');
    assert.deepEqual(local.settings, mine);
  });

  it('under a valid policy, saves the fields it leaves to the user and drops the locked ones', async () => {
    managed = { instanceUrl: 'https://visio.ministere.example', instanceUrlLocked: true };
    const state = await saveUserSettings({ instanceUrl: 'https://visio.numerique.gouv.fr', placement: 'description' });
    assert.deepEqual(state.policyErrors, []);
    assert.deepEqual(local.settings, { placement: 'description' });
    assert.equal(state.profile.instanceUrl, 'https://visio.ministere.example');
  });
});
