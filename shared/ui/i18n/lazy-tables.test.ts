// The pages' French-only message tables (*.lazy.ts, swapped in by the build) word a message in the
// user's language once its words are handed over, exactly as the complete tables do, and in French
// before that, never as a bare key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages } from '../../core/i18n/core-messages.all.ts';
import { de as coreDe } from '../../core/i18n/core-messages.de.ts';
import { coreMessages as lazyCore, useCoreWords } from '../../core/i18n/core-messages.lazy.ts';
import { LANGS } from '../../core/i18n/lang.ts';
import { translate } from '../../core/i18n/translate.ts';
import { inviteMessages } from '../../core/invite/invite-messages.all.ts';
import { inviteMessages as lazyInvite, useInviteWords } from '../../core/invite/invite-messages.lazy.ts';
import { nl as inviteNl } from '../../core/invite/invite-messages.nl.ts';
import { uiMessages } from './ui-messages.all.ts';
import { en as uiEn } from './ui-messages.en.ts';
import { uiMessages as lazyUi, useUiWords } from './ui-messages.lazy.ts';

test('a language not loaded yet reads the French words', () => {
  assert.equal(translate(lazyUi, 'nl', 'loading'), uiMessages.fr.loading);
  assert.equal(translate(lazyCore, 'en', 'duration.range', { min: 5, max: 480 }), translate(coreMessages, 'fr', 'duration.range', { min: 5, max: 480 }));
});

test('once handed over, each language words every message as the complete tables do', () => {
  useUiWords('en', uiEn);
  useCoreWords('de', coreDe);
  useInviteWords('nl', inviteNl);
  assert.equal(translate(lazyUi, 'en', 'loading'), 'Loading…');
  for (const key of Object.keys(uiMessages.en) as Array<keyof typeof uiMessages.en>) assert.equal(lazyUi.en[key], uiMessages.en[key]);
  for (const key of Object.keys(coreMessages.de) as Array<keyof typeof coreMessages.de>) assert.equal(lazyCore.de[key], coreMessages.de[key]);
  for (const key of Object.keys(inviteMessages.nl) as Array<keyof typeof inviteMessages.nl>) assert.equal(lazyInvite.nl[key], inviteMessages.nl[key]);
  for (const lang of LANGS) assert.deepEqual(Object.keys(lazyUi[lang]).sort(), Object.keys(uiMessages.fr).sort());
});
