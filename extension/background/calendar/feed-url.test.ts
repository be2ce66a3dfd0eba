import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { feedLabel, normalizeFeedUrl } from './feed-url.ts';

describe('normalizeFeedUrl', () => {
  it('turns webcal:// and webcals:// into https:// and gives the permission pattern of the host', () => {
    const result = normalizeFeedUrl('  webcal://calendar.example.gouv.fr/ical/u/abc123/basic.ics  ');
    assert.deepEqual(result, {
      ok: true, url: 'https://calendar.example.gouv.fr/ical/u/abc123/basic.ics',
      origin: 'https://calendar.example.gouv.fr', permissionPattern: 'https://calendar.example.gouv.fr/*',
    });
    const secure = normalizeFeedUrl('WEBCALS://cloud.example.org:8443/remote.php/dav/public-calendars/XyZ?export');
    assert.equal(secure.ok && secure.url, 'https://cloud.example.org:8443/remote.php/dav/public-calendars/XyZ?export');
    assert.equal(secure.ok && secure.permissionPattern, 'https://cloud.example.org/*');
  });

  it('keeps an https address as it is, minus a fragment', () => {
    const result = normalizeFeedUrl('https://outlook.office365.com/owa/calendar/a@b.fr/c0ffee/calendar.ics#x');
    assert.equal(result.ok && result.url, 'https://outlook.office365.com/owa/calendar/a@b.fr/c0ffee/calendar.ics');
  });

  it('refuses plain http:// on the network (the address is a secret) but accepts this machine', () => {
    assert.deepEqual(normalizeFeedUrl('http://zimbra.example.fr/home/me/calendar.ics'), { ok: false, error: { key: 'feed.url.insecure' } });
    const local = normalizeFeedUrl('http://127.0.0.1:8080/feed.ics');
    assert.equal(local.ok && local.permissionPattern, 'http://127.0.0.1/*');
  });

  it('says what is wrong with empty, non-web and credential-carrying addresses', () => {
    assert.deepEqual(normalizeFeedUrl('   '), { ok: false, error: { key: 'feedUrlEmpty' } });
    assert.deepEqual(normalizeFeedUrl('calendar.ics'), { ok: false, error: { key: 'feed.url.invalid', params: { input: 'calendar.ics' } } });
    assert.deepEqual(normalizeFeedUrl('ftp://example.org/cal.ics'), { ok: false, error: { key: 'feed.url.invalid', params: { input: 'ftp://example.org/cal.ics' } } });
    assert.deepEqual(normalizeFeedUrl('https://me:secret@dav.example.org/cal.ics'), { ok: false, error: { key: 'feedUrlCredentials' } });
  });
});

describe('feedLabel', () => {
  it('shows the host and only the end of a long secret path', () => {
    const label = feedLabel('https://calendar.google.com/calendar/ical/someone%40gmail.com/private-0123456789abcdef0123456789abcdef/basic.ics');
    assert.equal(label, 'calendar.google.com/…/basic.ics');
    const secretTail = feedLabel('https://sogo.example.fr/SOGo/dav/me/Calendar/personal.ics?token=x');
    assert.equal(secretTail, 'sogo.example.fr/…/personal.ics');
    const longTail = feedLabel('https://nc.example.org/remote.php/dav/public-calendars/Kx7qPz9mWt3LbN2c');
    assert.equal(longTail, 'nc.example.org/…/…Wt3LbN2c');
    assert.ok(!longTail.includes('Kx7qPz'), 'the secret token is not shown whole');
  });
});
