import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { occurrenceKey, type UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { planReminders, pruneNotified } from './reminder-plan.ts';

const NOW = Date.parse('2027-01-15T08:00:00Z');
const MIN = 60_000;

function meeting(uid: string, startInMinutes: number, lengthMinutes = 30, extra: Partial<UpcomingMeeting> = {}): UpcomingMeeting {
  const start = NOW + startInMinutes * MIN;
  return { uid, start, end: start + lengthMinutes * MIN, summary: uid, provider: 'visio', url: `https://visio.numerique.gouv.fr/abc-defg-hij?${uid}`, ...extra };
}

describe('planReminders', () => {
  it('is due N minutes before the start, and otherwise scheduled for then', () => {
    const soon = meeting('soon', 4);
    const later = meeting('later', 60);
    const plan = planReminders([later, soon], 5, {}, NOW);
    assert.deepEqual(plan.due.map((m) => m.uid), ['soon']);
    assert.equal(plan.nextAt, later.start - 5 * MIN);
  });

  it('does nothing when reminders are off', () => {
    assert.deepEqual(planReminders([meeting('a', 1)], 0, {}, NOW), { due: [], nextAt: null });
  });

  it('never reminds twice for the same occurrence, e.g. after a browser restart', () => {
    const a = meeting('a', 3);
    const notified = { [occurrenceKey(a)]: { at: NOW - MIN, start: a.start, url: a.url } };
    assert.deepEqual(planReminders([a], 5, notified, NOW).due, []);
    // Another occurrence of the same series is another reminder.
    const nextWeek = { ...a, start: a.start + 7 * 24 * 60 * MIN, end: a.end + 7 * 24 * 60 * MIN };
    assert.equal(planReminders([a, nextWeek], 5, notified, NOW).nextAt, nextWeek.start - 5 * MIN);
  });

  it('still reminds while a meeting runs (browser opened late), not once it is over', () => {
    assert.deepEqual(planReminders([meeting('running', -10, 60)], 5, {}, NOW).due.map((m) => m.uid), ['running']);
    assert.deepEqual(planReminders([meeting('over', -90, 60)], 5, {}, NOW).due, []);
    // A zero-length event counts as open for ten minutes.
    assert.equal(planReminders([meeting('instant', -5, 0)], 5, {}, NOW).due.length, 1);
    assert.equal(planReminders([meeting('instant', -11, 0)], 5, {}, NOW).due.length, 0);
  });

  it('skips all-day events', () => {
    assert.deepEqual(planReminders([meeting('day', 2, 24 * 60, { allDay: true })], 5, {}, NOW), { due: [], nextAt: null });
  });
});

describe('pruneNotified', () => {
  it('forgets reminders of meetings more than two days old and keeps the rest', () => {
    const old = { at: 0, start: NOW - 3 * 24 * 60 * MIN, url: 'https://x' };
    const recent = { at: 0, start: NOW - 60 * MIN, url: 'https://y' };
    assert.deepEqual(pruneNotified({ old, recent }, NOW), { recent });
  });
});
