import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHostOrSubdomain, parseHttpUrl, queryParam } from './http-url.ts';
import { cleanText, inputSpan, looksLikeIcs } from './scan-text.ts';

describe('parseHttpUrl', () => {
  it('splits an address, host lowercased, default port dropped', () => {
    assert.deepEqual(parseHttpUrl('HTTPS://Visio.Example.org:443/Abc?x=1&y=2#top'), {
      scheme: 'https', host: 'visio.example.org', port: '', path: '/Abc', query: 'x=1&y=2', fragment: 'top',
    });
    assert.deepEqual(parseHttpUrl('http://localhost:3000'), { scheme: 'http', host: 'localhost', port: '3000', path: '', query: null, fragment: null });
  });

  it('refuses credentials, bad hosts and other schemes', () => {
    for (const url of ['https://a@visio.example.org/', 'https://visio.example.org@evil.example/', 'https://visio.exämple.org/', 'https://visio/', 'ftp://visio.example.org/', 'https://visio.example.org:99999/', 'https:///x', 'javascript:alert(1)']) {
      assert.equal(parseHttpUrl(url), null, url);
    }
  });
});

describe('isHostOrSubdomain', () => {
  it('matches on label boundaries only', () => {
    assert.equal(isHostOrSubdomain('zoom.us', 'zoom.us'), true);
    assert.equal(isHostOrSubdomain('us02web.zoom.us', 'zoom.us'), true);
    assert.equal(isHostOrSubdomain('evilzoom.us', 'zoom.us'), false);
    assert.equal(isHostOrSubdomain('zoom.us.evil.example', 'zoom.us'), false);
  });
});

describe('queryParam', () => {
  it('decodes the named parameter, and gives null for absent or broken ones', () => {
    assert.equal(queryParam('url=https%3A%2F%2Fx.example.org%2Fa&data=1', 'url'), 'https://x.example.org/a');
    assert.equal(queryParam('data=1', 'url'), null);
    assert.equal(queryParam('url=%E0%A4%A', 'url'), null);
    assert.equal(queryParam(null, 'url'), null);
  });
});

describe('cleanText', () => {
  it('unfolds and unescapes iCalendar text, then decodes HTML references, keeping input offsets', () => {
    const input = 'DESCRIPTION:a\\, b\\; c\\nd &amp;\r\n e&#233;';
    const clean = cleanText(input, 'ics');
    assert.equal(clean.text, 'DESCRIPTION:a, b; c\nd &eé');
    const at = clean.text.indexOf('&e');
    assert.deepEqual(inputSpan(clean, at, at + 3), { index: input.indexOf('&amp;'), end: input.length });
  });

  it('leaves plain text as it is, offsets included', () => {
    const clean = cleanText('a\r\n b \\n', 'text');
    assert.equal(clean.text, 'a\r\n b \\n');
    assert.deepEqual(inputSpan(clean, 1, 3), { index: 1, end: 3 });
  });

  it('keeps unknown or out-of-range references as written', () => {
    assert.equal(cleanText('&eacute; &#0; &#xD800; &#x1F4C5;', 'html').text, '&eacute; &#0; &#xD800; 📅');
  });

  it('tells iCalendar from other text by its BEGIN lines', () => {
    assert.equal(looksLikeIcs('BEGIN:VCALENDAR\r\nVERSION:2.0'), true);
    assert.equal(looksLikeIcs('x\nBEGIN:VEVENT\nEND:VEVENT'), true);
    assert.equal(looksLikeIcs('<p>BEGIN:VCALENDAR</p>'), false);
  });
});
