import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../i18n/lang.ts';
import { feedMessages, formatFeedMessage } from './feed-messages.ts';
import { classifyFeedResponse, normalizeFeedUrl } from './feed-response.ts';

const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

describe('classifyFeedResponse', () => {
  it('accepts a calendar, also behind a BOM or in UTF-16 bytes', () => {
    assert.equal(classifyFeedResponse({ status: 200, contentType: 'text/calendar', body: calendar }), null);
    assert.equal(classifyFeedResponse({ status: 200, body: `\uFEFF${calendar}` }), null);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'BEGIN:VCALENDAR'].flatMap((c) => [c.charCodeAt(0), 0])]);
    assert.equal(classifyFeedResponse({ status: 200, body: utf16 }), null);
  });

  it('names each way a feed address fails', () => {
    assert.deepEqual(classifyFeedResponse({ status: 401, body: '' }), { key: 'feed.unauthorized', params: { status: 401 } });
    assert.deepEqual(classifyFeedResponse({ status: 403, body: 'Forbidden' }), { key: 'feed.unauthorized', params: { status: 403 } });
    assert.deepEqual(classifyFeedResponse({ status: 404, body: '' }), { key: 'feed.notFound', params: { status: 404 } });
    assert.deepEqual(classifyFeedResponse({ status: 502, body: '<html>Bad gateway</html>' }), { key: 'feed.httpError', params: { status: 502 } });
    assert.deepEqual(classifyFeedResponse({ status: 200, body: '<!-- Copyright (C) Microsoft Corporation --><html>…</html>' }), { key: 'feed.htmlPage' });
    assert.deepEqual(classifyFeedResponse({ status: 200, contentType: 'text/html', finalUrl: 'https://sso.example.gouv.fr/cas/login?service=x', body: '<html><form></form></html>' }), { key: 'feed.loginPage' });
    assert.deepEqual(classifyFeedResponse({ status: 200, contentType: 'text/html', finalUrl: 'https://mail.example.fr/', body: '<html><input type="password" name="p"></html>' }), { key: 'feed.loginPage' });
    assert.deepEqual(classifyFeedResponse({ status: 200, body: '  \r\n' }), { key: 'feed.empty' });
    assert.deepEqual(classifyFeedResponse({ status: 200, body: '{"error":"nope"}' }), { key: 'feed.notCalendar' });
  });
});

describe('normalizeFeedUrl', () => {
  it('turns webcal:// into https:// and keeps https', () => {
    assert.deepEqual(normalizeFeedUrl(' webcal://cal.example.fr/u/secret.ics '), { ok: true, url: 'https://cal.example.fr/u/secret.ics' });
    assert.deepEqual(normalizeFeedUrl('webcals://cal.example.fr/a.ics'), { ok: true, url: 'https://cal.example.fr/a.ics' });
    assert.deepEqual(normalizeFeedUrl('https://cal.example.fr/a.ics?token=1'), { ok: true, url: 'https://cal.example.fr/a.ics?token=1' });
  });

  it('refuses plain http (a secret in clear) except on this machine, and non-URLs', () => {
    assert.equal(normalizeFeedUrl('http://cal.example.fr/a.ics').ok, false);
    assert.equal(normalizeFeedUrl('http://127.0.0.1:8080/a.ics').ok, true);
    assert.equal(normalizeFeedUrl('calendrier').ok, false);
    assert.equal(normalizeFeedUrl('ftp://cal.example.fr/a.ics').ok, false);
  });
});

describe('feed messages', () => {
  it('exist in every language and fill their parameters', () => {
    for (const lang of LANGS) {
      for (const key of Object.keys(feedMessages.fr) as Array<keyof typeof feedMessages.fr>) {
        assert.ok(feedMessages[lang][key].length > 0, `${lang} ${key}`);
      }
      const text = formatFeedMessage(lang, { key: 'feed.unauthorized', params: { status: 403 } });
      assert.match(text, /403/);
      assert.doesNotMatch(text, /\{status\}/);
    }
  });
});
