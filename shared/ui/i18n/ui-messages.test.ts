import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../core/i18n/lang.ts';
import { uiMessages } from './ui-messages.ts';

/** Product names read the same in every language. */
const BRAND_NAMES = new Set(['scheduleOutlook', 'scheduleOutlookLive', 'scheduleOwa', 'scheduleGoogle']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('every UI message exists in fr, en, de and nl with the same placeholders and no empty text', () => {
  const keys = Object.keys(uiMessages.fr).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(uiMessages[lang]).sort(), keys, lang);
    for (const key of keys) {
      const text = uiMessages[lang][key as keyof typeof uiMessages.fr];
      assert.ok(text.trim().length > 0, `${lang}.${key}`);
      assert.deepEqual(placeholders(text), placeholders(uiMessages.fr[key as keyof typeof uiMessages.fr]), `${lang}.${key}`);
    }
  }
});

test('translations are translations: no language reuses the French sentence for long messages', () => {
  for (const lang of ['en', 'de', 'nl'] as const) {
    const same = Object.entries(uiMessages.fr).filter(([key, text]) => text.length > 20 && !BRAND_NAMES.has(key) && uiMessages[lang][key as keyof typeof uiMessages.fr] === text);
    assert.deepEqual(same.map(([key]) => key), [], lang);
  }
});
