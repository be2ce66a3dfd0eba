// The large generated feed (testing/generate-feed.ts): what the generator knows for certain about
// single events, and, for series, agreement with ical.js used carefully (grouped per UID). Also
// checks that starting expansions near the window ("seek") changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAgenda, type Occurrence } from './agenda.ts';
import { groupedAgenda } from './testing/anchors.ts';
import { generateFeed } from './testing/generate-feed.ts';

const INSTANCES = ['https://visio.numerique.gouv.fr'];
const feed = generateFeed();
const DAY_MS = 86_400_000;
const key = (o: { uid: string | null; start: string; end: string; summary: string; provider: string | null; url: string | null }) =>
  JSON.stringify([o.uid, o.start, o.end, o.summary, o.provider, o.url]);
const WINDOWS = ['2025-01-06', '2025-03-24', '2025-07-14', '2025-10-20', '2026-03-16', '2026-03-23', '2026-11-02', '2027-06-01', '2027-12-20']
  .map((day) => new Date(`${day}T00:00:00Z`));

function agenda(from: Date, days = 14, fromDtstart = false): Occurrence[] {
  return readAgenda(feed.text, { from, days, instances: INSTANCES, expand: { fromDtstart } }).occurrences;
}

describe('generated feed', () => {
  it('has the shape the benchmark promises: 5,000 VEVENTs, hundreds of Visio links, lookalikes', () => {
    assert.equal((feed.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length, 5000);
    assert.ok(feed.visioLinks >= 300, `${feed.visioLinks} Visio links`);
    assert.ok(feed.lookalikes >= 100, `${feed.lookalikes} lookalikes`);
    assert.equal(generateFeed().text, feed.text, 'deterministic');
  });

  it('lists every single event of a window at its instant, with its Visio link, and no lookalike as Visio', () => {
    for (const from of WINDOWS) {
      const toMs = from.getTime() + 14 * DAY_MS;
      const listed = new Map(agenda(from).map((o) => [o.uid, o]));
      const fromDate = from.toISOString().slice(0, 10);
      const toDate = new Date(toMs).toISOString().slice(0, 10);
      const expected = feed.singles.filter((s) => (s.allDay ? s.start >= fromDate && s.start < toDate : s.startMs >= from.getTime() && s.startMs < toMs));
      assert.ok(expected.length > 20, `${expected.length} singles in the window of ${fromDate}`);
      for (const single of expected) {
        const found = listed.get(single.uid);
        assert.ok(found, `${single.uid} missing on ${fromDate}`);
        assert.equal(found.start, single.start);
        assert.equal(found.summary, single.summary, 'the newer SEQUENCE wins over the stale copy');
        if (single.visioUrl) assert.deepEqual([found.provider, found.url], ['visio', single.visioUrl]);
        if (single.lookalike) assert.notEqual(found.provider, 'visio', `${single.uid}: a lookalike host counted as Visio`);
      }
    }
  });

  it('gives exactly the occurrences of ical.js grouped per UID (series, overrides, cancellations, links)', () => {
    for (const from of WINDOWS.slice(3, 7)) {
      const ours = agenda(from).map(key).sort();
      const reference = groupedAgenda(feed.text, from.getTime(), from.getTime() + 14 * DAY_MS, INSTANCES).map(key).sort();
      assert.deepEqual(ours, reference, `window from ${from.toISOString()}`);
    }
  });

  it('gives the same occurrences whether series are expanded from DTSTART or restarted near the window', () => {
    for (const from of WINDOWS) {
      for (const days of [1, 14, 45]) {
        assert.deepEqual(agenda(from, days).map(key), agenda(from, days, true).map(key), `${from.toISOString()} + ${days} days`);
      }
    }
  });
});
