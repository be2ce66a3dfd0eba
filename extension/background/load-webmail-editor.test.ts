// The background's side of loading the webmail editor module: only its own message, injected into
// the very frame that asked, and a refusal (no host permission, file missing) comes back as a
// reason the page script can show, never as a silent nothing. The real injection runs in Chromium
// and Firefox in scripts/e2e/sogo/sogo.e2e.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Runtime, Scripting } from 'webextension-polyfill';
import { LOAD_WEBMAIL_EDITOR_MESSAGE, LOAD_WEBMAIL_PAGE_MESSAGE } from '../content/webmail/editor-message.ts';
import { handleLoadWebmailEditor } from './load-webmail-editor.ts';

function recorder(outcome: 'ok' | Error) {
  const calls: Scripting.ScriptInjection[] = [];
  return {
    calls,
    scripting: {
      executeScript(injection: Scripting.ScriptInjection) {
        calls.push(injection);
        return outcome === 'ok' ? Promise.resolve([]) : Promise.reject(outcome);
      },
    },
  };
}

const fromTab = (tabId: number, frameId?: number) => ({ tab: { id: tabId }, frameId } as Runtime.MessageSender);

describe('load the webmail editor module', () => {
  it('leaves other messages to their listeners', () => {
    const { calls, scripting } = recorder('ok');
    assert.equal(handleLoadWebmailEditor({ type: 'visio:profile-state' }, fromTab(1), scripting), undefined);
    assert.equal(handleLoadWebmailEditor(null, fromTab(1), scripting), undefined);
    assert.equal(calls.length, 0);
  });

  it('injects content/webmail-editor.js into the frame that asked', async () => {
    const { calls, scripting } = recorder('ok');
    assert.deepEqual(await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_EDITOR_MESSAGE }, fromTab(7, 3), scripting), { ok: true });
    assert.deepEqual(calls, [{ target: { tabId: 7, frameIds: [3] }, files: ['content/webmail-editor.js'] }]);
    await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_EDITOR_MESSAGE }, fromTab(7), scripting);
    assert.deepEqual(calls[1]?.target, { tabId: 7, frameIds: [0] }, 'no frame id: the top frame');
  });

  it('injects the page script of the kind the watcher names, and only a known kind', async () => {
    const { calls, scripting } = recorder('ok');
    assert.deepEqual(await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_PAGE_MESSAGE, kind: 'sogo' }, fromTab(4, 2), scripting), { ok: true });
    assert.deepEqual(calls, [{ target: { tabId: 4, frameIds: [2] }, files: ['content/webmail-sogo-page.js'] }]);
    for (const kind of ['../popup', 'sogo-page', undefined, 'constructor']) {
      const answer = await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_PAGE_MESSAGE, kind }, fromTab(4), scripting);
      assert.equal(answer?.ok, false, String(kind));
    }
    assert.equal(calls.length, 1, 'nothing injected for an unknown kind');
  });

  it('answers why when it cannot inject, and refuses a sender without a tab', async () => {
    const { scripting } = recorder(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    assert.deepEqual(await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_EDITOR_MESSAGE }, fromTab(7), scripting),
      { ok: false, reason: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.' });
    const { calls, scripting: unused } = recorder('ok');
    const answer = await handleLoadWebmailEditor({ type: LOAD_WEBMAIL_EDITOR_MESSAGE }, {} as Runtime.MessageSender, unused);
    assert.equal(answer?.ok, false);
    assert.equal(calls.length, 0);
  });
});
