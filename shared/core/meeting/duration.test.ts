import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { LANGS } from '../i18n/lang.ts';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, validateDuration } from './duration.ts';

describe('meeting duration: one rule for the popup, the add-in and the command line', () => {
  it('accepts whole minutes from the minimum to the maximum', () => {
    assert.ok(MIN_DURATION_MINUTES >= 1 && MIN_DURATION_MINUTES < 60);
    assert.ok(MAX_DURATION_MINUTES >= 8 * 60);
    for (const minutes of [MIN_DURATION_MINUTES, 30, 60, 90, MAX_DURATION_MINUTES]) assert.equal(validateDuration(minutes), null, String(minutes));
    assert.equal(validateDuration('45'), null);
  });

  it('refuses out of range, fractions, non-numbers, and says the range in every language', () => {
    for (const bad of [0, -5, MIN_DURATION_MINUTES - 1, MAX_DURATION_MINUTES + 1, 20160, 12.5, Number.NaN, Infinity, '', 'une heure', '1e3', null, undefined]) {
      const error = validateDuration(bad);
      assert.notEqual(error, null, String(bad));
      if (error === null) continue;
      assert.equal(error.key, 'duration.range');
      for (const lang of LANGS) {
        const text = formatCoreMessage(lang, error);
        assert.ok(text.includes(String(MIN_DURATION_MINUTES)) && text.includes(String(MAX_DURATION_MINUTES)), `${lang}: ${text}`);
      }
    }
  });
});
