// The BUILT launchevent.js, run the way classic Outlook on Windows runs it: one file, in a bare
// JavaScript context with no window, document, localStorage or Office.onReady, against the fake mailbox.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { findExistingMeeting } from '../../shared/core/invite/block.ts';
import { PLAIN_CLIENT } from '../testing/client-quirks.ts';
import { FakeAppointment, FakeEvent, FakeMailboxContext, FakeRoamingSettings } from '../testing/fake-mailbox.ts';
import { SETTINGS_KEY } from '../settings/roaming-settings.ts';

const file = join(resolve(import.meta.dirname, '../..'), 'dist/outlook-addin/launchevent.js');
const skip = existsSync(file) ? false : 'dist/outlook-addin/launchevent.js not built (npm run build)';

/** Loads the bundle in a fresh context and returns the handler it associated. */
function loadHandler(item: FakeAppointment, context: FakeMailboxContext): (event: FakeEvent) => void {
  const handlers = new Map<string, (event: FakeEvent) => void>();
  const Office = {
    actions: { associate: (name: string, handler: (event: FakeEvent) => void) => handlers.set(name, handler) },
    context: {
      displayLanguage: context.displayLanguage,
      roamingSettings: context.roamingSettings,
      requirements: { isSetSupported: (name: string, version: string) => context.isSetSupported(name, version) },
      mailbox: { item },
    },
  };
  // Only what the JavaScript-only runtime has: no window, document, navigator or storage.
  runInNewContext(readFileSync(file, 'utf8'), { Office, console, setTimeout, clearTimeout, crypto: globalThis.crypto });
  const handler = handlers.get('onNewAppointmentOrganizer');
  assert.ok(handler, 'onNewAppointmentOrganizer associated');
  return handler;
}

async function completion(event: FakeEvent): Promise<void> {
  for (let i = 0; i < 200 && event.completions.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('built launchevent.js in a DOM-free context', { skip }, () => {
  test('is pure ASCII (the runtime has no page to declare an encoding)', () => {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /[^\x00-\x7f]/);
  });

  test('adds one meeting when automatic Visio is on, then leaves the item alone the next time', async () => {
    const item = new FakeAppointment(PLAIN_CLIENT, { body: '<p>Ordre du jour</p>', location: 'Salle 4.12', rooms: ['Salle 4.12'] });
    const context = new FakeMailboxContext(PLAIN_CLIENT, new FakeRoamingSettings({ [SETTINGS_KEY]: { autoVisio: true } }), 'fr-FR');
    const handler = loadHandler(item, context);
    const event = new FakeEvent();
    handler(event);
    await completion(event);
    assert.equal(event.completions.length, 1);
    const found = findExistingMeeting(item.visibleBody, 'html', ['https://visio.numerique.gouv.fr']);
    assert.equal(found?.kind, 'ours');
    assert.match(item.visibleBody, /═/, 'the frame lines are real characters in the body');

    // A second activation on the same item sees the meeting it added: nothing changes.
    const before = item.visibleBody;
    const again = new FakeEvent();
    loadHandler(item, context)(again);
    await completion(again);
    assert.equal(item.visibleBody, before);
  });

  test('does nothing and completes when automatic Visio is off', async () => {
    const item = new FakeAppointment(PLAIN_CLIENT, { body: '<p>x</p>' });
    const context = new FakeMailboxContext(PLAIN_CLIENT);
    const event = new FakeEvent();
    loadHandler(item, context)(event);
    await completion(event);
    assert.equal(event.completions.length, 1);
    assert.deepEqual(item.log.calls, []);
  });
});
