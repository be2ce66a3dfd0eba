import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import { uiLang } from './ui-lang.ts';

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
