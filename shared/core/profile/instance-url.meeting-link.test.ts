import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { LANGS } from '../i18n/lang.ts';
import { normalizeInstanceUrl } from './instance-url.ts';
import { validateProfile } from './validate-profile.ts';

describe('normalizeInstanceUrl: a meeting link is not an instance', () => {
  const links: Array<[string, string]> = [
    ['https://visio.example.fr/abc-defg-hij', 'https://visio.example.fr'],
    ['visio.example.fr/abc-defg-hij/', 'https://visio.example.fr'],
    ['https://visio.example.fr/ABCDEFGHIJ', 'https://visio.example.fr'],
    ['https://visio.example.fr/abc-defghij', 'https://visio.example.fr'],
    ['https://example.fr:8443/visio/abc-defg-hij', 'https://example.fr:8443/visio'],
  ];
  for (const [input, instance] of links) {
    it(`refuses ${input}, pointing at ${instance}`, () => {
      const checked = normalizeInstanceUrl(input);
      assert.equal(checked.ok, false);
      if (checked.ok) return;
      assert.equal(checked.error.key, 'instanceUrl.meetingLink');
      for (const lang of LANGS) {
        const text = formatCoreMessage(lang, checked.error);
        assert.ok(text.includes(instance), `${lang}: ${text}`);
        assert.ok(!text.includes('{'), `${lang}: ${text}`);
      }
    });
  }

  it('still accepts instances with a path prefix that is no room code', () => {
    assert.deepEqual(normalizeInstanceUrl('https://example.fr/visio'), { ok: true, url: 'https://example.fr/visio' });
    assert.deepEqual(normalizeInstanceUrl('https://example.fr/abc-defg-hi'), { ok: true, url: 'https://example.fr/abc-defg-hi' });
    assert.deepEqual(normalizeInstanceUrl('https://example.fr/2024-meet-ing'), { ok: true, url: 'https://example.fr/2024-meet-ing' });
  });

  it('makes a profile with a meeting link as instanceUrl invalid', () => {
    const checked = validateProfile({ instanceUrl: 'https://visio.example.fr/abc-defg-hij' });
    assert.equal(checked.ok, false);
  });
});
