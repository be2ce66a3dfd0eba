import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import { lastShownLang, rememberShownLang, uiLang } from './ui-lang.ts';

const state = (lang?: 'fr' | 'en' | 'de' | 'nl', languages = DEFAULT_PROFILE.languages) =>
  ({ profile: { ...DEFAULT_PROFILE, languages }, settings: lang ? { lang } : {} });

test('the browser language is used among fr, en, de, nl; French when it is none of them', () => {
  assert.equal(uiLang(state(), ['de-AT', 'en']), 'de');
  assert.equal(uiLang(state(), ['nl-BE']), 'nl');
  assert.equal(uiLang(state(), ['es-ES', 'it']), 'fr');
  assert.equal(uiLang(state(), []), 'fr');
});

test('the user’s choice wins, within the languages the organisation offers', () => {
  assert.equal(uiLang(state('en'), ['de-DE']), 'en');
  assert.equal(uiLang(state(undefined, ['fr', 'en']), ['de-DE']), 'fr');
});

test('the popup remembers the language it showed, for its placeholder next time; a broken or foreign value is ignored', () => {
  const stored = new Map<string, string>();
  const scope = globalThis as { localStorage?: unknown };
  scope.localStorage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => { stored.set(key, value); } };
  try {
    assert.equal(lastShownLang(), null, 'nothing shown yet: the browser\'s language');
    rememberShownLang('nl');
    assert.equal(lastShownLang(), 'nl');
    stored.set('visio-ui-lang', 'xx');
    assert.equal(lastShownLang(), null);
    scope.localStorage = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    assert.equal(lastShownLang(), null, 'storage refused: no crash');
    assert.doesNotThrow(() => rememberShownLang('de'));
  } finally {
    delete scope.localStorage;
  }
});
