// The feed → meetings bridge on the real core reader (readAgenda, ical.js): links only, Visio
// recognised on the organisation's instance, other services named, lookalikes and cancelled dropped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsIn } from './agenda-meetings.ts';
import { meetingFeed } from './testing/meeting-feed.ts';

const NOW = Date.parse('2027-03-24T09:07:00Z');
const INSTANCE = 'https://visio.numerique.gouv.fr';
const window = { fromMs: NOW - 12 * 3_600_000, toMs: NOW + 14 * 86_400_000 };

describe('meetingsIn', () => {
  const feed = meetingFeed(NOW, INSTANCE);
  const read = meetingsIn(feed.text, window, [INSTANCE], 'Europe/Paris');

  it('keeps the occurrences with a link, with their provider, start and end', () => {
    const soon = read.meetings.find((m) => m.uid === feed.visioSoon.uid);
    assert.deepEqual(soon, { uid: feed.visioSoon.uid, start: feed.visioSoon.start, end: feed.visioSoon.end, summary: 'Point équipe, budget 2027', provider: 'visio', url: feed.visioSoon.url });
    const teams = read.meetings.find((m) => m.uid === feed.teams.uid);
    assert.equal(teams?.provider, 'teams');
    assert.equal(teams?.url, feed.teams.url);
  });

  it('drops events without a link, lookalike hosts and cancelled events', () => {
    const uids = new Set(read.meetings.map((m) => m.uid));
    for (const uid of ['no-link@test', 'lookalike@test', 'cancelled@test']) assert.ok(!uids.has(uid), uid);
  });

  it('expands a weekly series inside the two-week window only', () => {
    const weekly = read.meetings.filter((m) => m.uid === 'visio-weekly@test');
    assert.equal(weekly.length, 2);
    assert.equal((weekly[1]?.start ?? 0) - (weekly[0]?.start ?? 0), 7 * 86_400_000);
  });

  it('reads the same instants whatever the reader’s zone (the feed is in UTC)', () => {
    const auckland = meetingsIn(feed.text, window, [INSTANCE], 'Pacific/Auckland');
    assert.deepEqual(auckland.meetings, read.meetings);
  });

  it('reads bytes with a BOM like text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(feed.text)]);
    assert.deepEqual(meetingsIn(bytes, window, [INSTANCE], 'Europe/Paris').meetings, read.meetings);
  });
});
