import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanSettings } from './settings-shape.ts';

test('stored settings keep known fields of the right type only', () => {
  assert.deepEqual(cleanSettings({ instanceUrl: 'https://visio.example.fr', lang: 'de', placement: 'location', blockPosition: 'top', extra: 1 }),
    { instanceUrl: 'https://visio.example.fr', lang: 'de', placement: 'location', blockPosition: 'top' });
  assert.deepEqual(cleanSettings({ lang: 'es', placement: 'everywhere', instanceUrl: 42 }), {});
  assert.deepEqual(cleanSettings(null), {});
  assert.deepEqual(cleanSettings('https://x'), {});
});
