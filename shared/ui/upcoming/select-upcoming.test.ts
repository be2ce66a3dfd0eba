import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDayHeading } from './format-when.ts';
import { dayKey, selectUpcoming } from './select-upcoming.ts';
import type { UpcomingMeeting } from './upcoming-types.ts';

const MIN = 60_000;
const at = (iso: string, minutes: number, uid = iso): UpcomingMeeting => {
  const start = Date.parse(iso);
  return { uid, start, end: start + minutes * MIN, summary: uid, provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' };
};

describe('selectUpcoming', () => {
  const now = Date.parse('2027-03-24T22:30:00Z');

  it('keeps the running meeting and the next 7 days, sorted, and marks what is in progress', () => {
    const days = selectUpcoming([
      at('2027-03-31T22:31:00Z', 30, 'day 8'),
      at('2027-03-25T08:00:00Z', 30, 'tomorrow'),
      at('2027-03-24T22:00:00Z', 60, 'running'),
      at('2027-03-24T21:00:00Z', 60, 'over'),
    ], now, 'UTC');
    assert.deepEqual(days.map((day) => [day.day, day.meetings.map((m) => [m.meeting.uid, m.inProgress])]), [
      ['2027-03-24', [['running', true]]],
      ['2027-03-25', [['tomorrow', false]]],
    ]);
  });

  it('groups by the day in the user’s zone: 23:00 UTC is already tomorrow in Paris and Auckland', () => {
    const late = at('2027-03-24T23:00:00Z', 30, 'late');
    assert.equal(selectUpcoming([late], now, 'UTC')[0]?.day, '2027-03-24');
    assert.equal(selectUpcoming([late], now, 'Europe/Paris')[0]?.day, '2027-03-25');
    assert.equal(selectUpcoming([late], now, 'Pacific/Auckland')[0]?.day, '2027-03-25');
  });

  it('lists a meeting that started yesterday and still runs under today', () => {
    const overnight = at('2027-03-24T20:00:00Z', 600, 'overnight');
    assert.equal(selectUpcoming([overnight], Date.parse('2027-03-25T01:00:00Z'), 'UTC')[0]?.day, '2027-03-25');
  });
});

describe('formatDayHeading', () => {
  it('says today and tomorrow, even on the 25-hour day when summer time ends', () => {
    // 2027-10-31 is 25 hours long in Paris: 00:30 + 24 h is still the 31st.
    const now = Date.parse('2027-10-30T22:30:00Z'); // 00:30 in Paris, 31 October
    assert.equal(dayKey(now, 'Europe/Paris'), '2027-10-31');
    assert.equal(formatDayHeading('2027-10-31', now, 'fr', 'Europe/Paris'), 'Aujourd’hui');
    assert.equal(formatDayHeading('2027-11-01', now, 'fr', 'Europe/Paris'), 'Demain');
    assert.equal(formatDayHeading('2027-11-02', now, 'fr', 'Europe/Paris'), 'Mardi 2 novembre');
    assert.equal(formatDayHeading('2027-11-02', now, 'de', 'Europe/Paris'), 'Dienstag, 2. November');
  });
});
