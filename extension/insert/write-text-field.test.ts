import { test } from 'node:test';
import assert from 'node:assert/strict';
import { padForCaret } from './write-text-field.ts';

test('an invitation in a textarea gets its own lines only where it would touch text', () => {
  assert.equal(padForCaret('Bonjour,', 'Merci', 'INVITE', '\n'), '\nINVITE\n');
  assert.equal(padForCaret('Bonjour,\n', '\nMerci', 'INVITE', '\n'), 'INVITE');
  assert.equal(padForCaret('', '', 'INVITE', '\n'), 'INVITE');
});

test('a URL in an input is kept apart from the words around it by one space', () => {
  assert.equal(padForCaret('Salle 12', '(2e)', 'https://v.fr/x', ' '), ' https://v.fr/x ');
  assert.equal(padForCaret('Salle 12 ', ' (2e)', 'https://v.fr/x', ' '), 'https://v.fr/x');
});
