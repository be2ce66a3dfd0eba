// loadContext: the content script takes the background's resolved profile; an invalid or
// unreadable policy (policyErrors), or no answer at all, blocks Add (fail closed).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';

Object.assign(globalThis, { __VISIO_PROFILE__: DEFAULT_PROFILE });
const { loadContext } = await import('./context.ts');
const { PROFILE_STATE_MESSAGE } = await import('./profile-message.ts');

const doc = new JSDOM('<!doctype html><html lang="de"><body></body></html>').window.document;
const scope = globalThis as { chrome?: unknown };
const sent: unknown[] = [];
function background(answer: (message: unknown) => Promise<unknown>): void {
  scope.chrome = { runtime: { sendMessage: (message: unknown) => { sent.push(message); return answer(message); } } };
}
afterEach(() => { delete scope.chrome; sent.length = 0; });

describe('webmail context', () => {
  it('uses the background\'s profile and the user\'s language', async () => {
    const profile = { ...DEFAULT_PROFILE, instanceUrl: 'https://visio.example.fr' };
    background(async () => ({ profile, settings: { lang: 'nl' }, policyErrors: [] }));
    const context = await loadContext(doc);
    assert.deepEqual(sent, [{ type: PROFILE_STATE_MESSAGE }]);
    assert.equal(context.profile.instanceUrl, 'https://visio.example.fr');
    assert.equal(context.lang, 'nl');
    assert.equal(context.blocked, false);
  });

  it('follows the page\'s language when the user chose none', async () => {
    background(async () => ({ profile: DEFAULT_PROFILE, settings: {}, policyErrors: [] }));
    assert.equal((await loadContext(doc)).lang, 'de');
  });

  it('blocks Add when the policy is invalid or unreadable', async () => {
    background(async () => ({ profile: DEFAULT_PROFILE, settings: {}, policyErrors: [{ key: 'policy.notObject' }] }));
    assert.equal((await loadContext(doc)).blocked, true);
  });

  it('blocks Add when the background does not answer, or answers nonsense', async () => {
    background(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); });
    assert.equal((await loadContext(doc)).blocked, true);
    background(async () => undefined);
    assert.equal((await loadContext(doc)).blocked, true);
  });
});
