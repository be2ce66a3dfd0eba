import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanUserSettings } from './user-settings.ts';

test('stored settings keep only known fields of the right type', () => {
  assert.deepEqual(
    cleanUserSettings({ instanceUrl: 'https://visio.example.fr', lang: 'de', placement: 'location', blockPosition: 'top', autoVisio: true, extra: 1 }),
    { instanceUrl: 'https://visio.example.fr', lang: 'de', placement: 'location', blockPosition: 'top', autoVisio: true },
  );
  assert.deepEqual(cleanUserSettings({ lang: 'es', placement: 'everywhere', instanceUrl: 42, autoVisio: 'yes' }), {});
  assert.deepEqual(cleanUserSettings(null), {});
  assert.deepEqual(cleanUserSettings('https://x'), {});
});
