import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordMessage } from './word.ts';

test('a network failure is worded in the user’s language, without the browser’s English error', () => {
  const text = wordMessage('fr', { key: 'checkNetwork', params: { host: 'visio.numerique.gouv.fr', reason: 'Failed to fetch' } });
  assert.equal(text, 'Impossible de joindre visio.numerique.gouv.fr : vérifiez l’adresse et votre connexion.');
});

test('values echoed in a message are cut at 60 characters with an ellipsis', () => {
  const host = `${'x'.repeat(3000)}.fr`;
  const text = wordMessage('fr', { key: 'checkNotMeet', params: { host } });
  assert.ok(text.includes(`${'x'.repeat(60)}…`), text.slice(0, 120));
  assert.ok(!text.includes('x'.repeat(61)));
});
