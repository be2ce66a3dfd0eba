// What a user sees when insert anywhere cannot write, on a stand-in for scripting + action that
// refuses the frames a browser would: the message shows in the page whenever some frame accepts
// scripts, the toolbar badge only when none does, and the next insert that works takes it down.
// The real refusal (a cross-origin frame) runs in Chromium: extension/e2e/chromium.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clearNotice, tellUser, type NoticeApis } from './insert-notice.ts';

function tab(refusing: readonly number[]) {
  const toasts: Array<{ frameId: number; message: string }> = [];
  const badge = { text: '', title: 'Nouvelle réunion Visio' };
  const apis: NoticeApis = {
    toast: async (_tabId, frameId, message) => {
      if (refusing.includes(frameId)) throw new Error('Cannot access contents of the page.');
      toasts.push({ frameId, message });
    },
    action: {
      setBadgeText: async ({ text }) => { badge.text = text ?? ''; },
      setTitle: async ({ title }) => { badge.title = title ?? ''; },
    },
    defaultTitle: () => 'Nouvelle réunion Visio',
  };
  return { apis, toasts, badge };
}

describe('insert anywhere notices', () => {
  it('a frame that refuses scripts: the message shows in the top frame, no badge', async () => {
    const { apis, toasts, badge } = tab([7]);
    await tellUser(apis, 1, [7, 0], 'Voici le lien à copier : https://visio.numerique.gouv.fr/abc-defg-hij');
    assert.deepEqual(toasts, [{ frameId: 0, message: 'Voici le lien à copier : https://visio.numerique.gouv.fr/abc-defg-hij' }]);
    assert.equal(badge.text, '');
  });

  it('a page that refuses every frame: the badge and its tooltip say why', async () => {
    const { apis, toasts, badge } = tab([0]);
    await tellUser(apis, 1, [0], 'Voici le lien…', 'Le navigateur interdit aux extensions d’écrire sur cette page.');
    assert.deepEqual(toasts, []);
    assert.deepEqual(badge, { text: '!', title: 'Le navigateur interdit aux extensions d’écrire sur cette page.' });
  });

  it('the next insert that works takes the badge down and gives the button its own title back', async () => {
    const { apis, badge } = tab([0]);
    await tellUser(apis, 1, [0], 'Le navigateur interdit aux extensions d’écrire sur cette page.');
    await clearNotice(apis, 1);
    assert.deepEqual(badge, { text: '', title: 'Nouvelle réunion Visio' });
  });
});
