import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import { newMeeting, roomUrl } from './room.ts';

describe('roomUrl', () => {
  it('keeps the port and the path prefix of the instance', () => {
    assert.equal(roomUrl('https://visio.numerique.gouv.fr', 'abc-defg-hij'), 'https://visio.numerique.gouv.fr/abc-defg-hij');
    assert.equal(roomUrl('https://meet.example.org:8443', 'abc-defg-hij'), 'https://meet.example.org:8443/abc-defg-hij');
    assert.equal(roomUrl('https://example.org/outils/visio', 'abc-defg-hij'), 'https://example.org/outils/visio/abc-defg-hij');
    assert.equal(roomUrl('https://example.org:8443/visio/', 'abc-defg-hij'), 'https://example.org:8443/visio/abc-defg-hij');
  });

  it('normalises an instance typed by hand and a flexible slug', () => {
    assert.equal(roomUrl('Visio.Example.org:443/', 'ABCDEFGHIJ'), 'https://visio.example.org/abc-defg-hij');
  });

  it('refuses an invalid instance or slug rather than build a wrong link', () => {
    assert.throws(() => roomUrl('http://visio.example.org', 'abc-defg-hij'), RangeError);
    assert.throws(() => roomUrl('https://visio.example.org', '../admin'), RangeError);
  });
});

describe('newMeeting', () => {
  it('makes a room on the profile instance', () => {
    const meeting = newMeeting(DEFAULT_PROFILE);
    assert.match(meeting.url, /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    assert.equal(meeting.url, `https://visio.numerique.gouv.fr/${meeting.slug}`);
    assert.equal(meeting.pin, undefined);
  });

  it('uses the injected random source', () => {
    const meeting = newMeeting({ instanceUrl: 'https://localhost:3443/visio' }, (buffer) => buffer.fill(26 * 7 + 1));
    assert.equal(meeting.url, 'https://localhost:3443/visio/bbb-bbbb-bbb');
  });

  it('gives a new room every time', () => {
    assert.notEqual(newMeeting(DEFAULT_PROFILE).slug, newMeeting(DEFAULT_PROFILE).slug);
  });
});
