import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../core/i18n/lang.ts';
import { wordMeetingCount, wordSkippedCount } from './calendar-messages.ts';

test('meeting counts take the language’s plural, never « réunion(s) »', () => {
  assert.equal(wordMeetingCount('fr', 1), '1 réunion avec un lien à venir');
  assert.equal(wordMeetingCount('fr', 0), '0 réunion avec un lien à venir');
  assert.equal(wordMeetingCount('fr', 5), '5 réunions avec un lien à venir');
  assert.equal(wordMeetingCount('en', 1), '1 upcoming meeting with a link');
  assert.equal(wordMeetingCount('en', 0), '0 upcoming meetings with a link');
  assert.equal(wordMeetingCount('de', 5), '5 kommende Besprechungen mit Link');
  assert.equal(wordSkippedCount('nl', 1), '1 onleesbare gebeurtenis overgeslagen.');
  assert.equal(wordSkippedCount('fr', 3), '3 événements illisibles ignorés.');
  for (const lang of LANGS) {
    for (const count of [0, 1, 2, 5]) assert.doesNotMatch(`${wordMeetingCount(lang, count)} ${wordSkippedCount(lang, count)}`, /\((s|en|se|sen)\)/, `${lang} ${count}`);
  }
});
