import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NotificationsApi } from '../office/item-api.ts';
import { FakeEvent } from '../testing/fake-mailbox.ts';
import { runCommand } from './run-command.ts';

const silentNotifications: NotificationsApi = { replaceAsync: () => undefined }; // never calls back

describe('runCommand', () => {
  test('completes once even when the notice never comes back', async () => {
    const event = new FakeEvent();
    await runCommand({ event, notifications: silentNotifications, lang: 'fr', appName: 'Visio', timeoutMs: 50 },
      async () => ({ kind: 'info', key: 'added', params: { url: 'https://visio.numerique.gouv.fr/abc-defg-hij' } }));
    assert.equal(event.completions.length, 1);
  });

  test('completes once when the work throws synchronously inside its promise', async () => {
    const event = new FakeEvent();
    await runCommand({ event, notifications: undefined, lang: 'de', appName: 'Visio' }, async () => { throw new Error('boom'); });
    assert.deepEqual(event.completions, [undefined]);
  });

  test('says the error in the user\'s language', async () => {
    const event = new FakeEvent();
    const shown: string[] = [];
    const notifications: NotificationsApi = { replaceAsync: (_key, message, callback) => { shown.push(message.message); callback?.({ status: 'succeeded', value: undefined }); } };
    await runCommand({ event, notifications, lang: 'nl', appName: 'Visio', timeoutMs: 20 }, () => new Promise(() => undefined));
    assert.match(shown[0] ?? '', /Outlook antwoordde niet op tijd/);
    assert.equal(event.completions.length, 1);
  });
});
