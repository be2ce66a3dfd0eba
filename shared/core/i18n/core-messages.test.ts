import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coreMessages, formatCoreMessage, type CoreMessageKey } from './core-messages.ts';
import { LANGS } from './lang.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('coreMessages', () => {
  const keys = Object.keys(coreMessages.fr) as CoreMessageKey[];

  it('has every message in fr, en, de and nl, none left empty or untranslated', () => {
    for (const lang of LANGS) {
      assert.deepEqual(Object.keys(coreMessages[lang]).sort(), [...keys].sort(), lang);
      for (const key of keys) assert.ok(coreMessages[lang][key].trim().length > 10, `${lang} ${key}`);
    }
    for (const key of keys) {
      assert.notEqual(coreMessages.en[key], coreMessages.fr[key], `en ${key} is the French text`);
      assert.notEqual(coreMessages.de[key], coreMessages.en[key], `de ${key} is the English text`);
      assert.notEqual(coreMessages.nl[key], coreMessages.en[key], `nl ${key} is the English text`);
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      for (const lang of LANGS) assert.deepEqual(placeholders(coreMessages[lang][key]), placeholders(coreMessages.fr[key]), `${lang} ${key}`);
    }
  });
});

describe('formatCoreMessage', () => {
  it('fills the parameters in the asked language', () => {
    const message = { key: 'instanceUrl.host', params: { host: 'visio' } };
    assert.equal(formatCoreMessage('fr', message), "Le nom de serveur « visio » n'est pas valide.");
    assert.equal(formatCoreMessage('en', message), 'The server name "visio" is not valid.');
  });

  it('puts the field in front, so IT knows where to look', () => {
    assert.equal(formatCoreMessage('en', { key: 'profile.boolean', params: { field: 'outlook.autoVisio' } }), 'outlook.autoVisio: Must be true or false.');
  });

  it('shows an unknown key as it is rather than an empty line', () => {
    assert.equal(formatCoreMessage('fr', { key: 'no.such.key', params: { a: 1 } }), 'no.such.key {"a":1}');
  });
});
