import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultStart, eventWindow } from './event-window.ts';

test('a local date, time and duration give the matching instants', () => {
  const result = eventWindow('2026-12-03', '14:30', '90');
  assert.ok(result.ok);
  assert.equal(result.window.start.getTime(), new Date(2026, 11, 3, 14, 30).getTime());
  assert.equal(result.window.end.getTime() - result.window.start.getTime(), 90 * 60_000);
});

test('impossible dates and durations are refused with a message key', () => {
  assert.deepEqual(eventWindow('2026-02-31', '10:00', 30), { ok: false, error: { key: 'invalidDateTime' } });
  assert.deepEqual(eventWindow('', '10:00', 30), { ok: false, error: { key: 'invalidDateTime' } });
  assert.deepEqual(eventWindow('2026-02-10', '25:00', 30), { ok: false, error: { key: 'invalidDateTime' } });
  assert.deepEqual(eventWindow('2026-02-10', '10:00', '0'), { ok: false, error: { key: 'duration.range', params: { min: 5, max: 1440 } } });
  assert.deepEqual(eventWindow('2026-02-10', '10:00', '1.5'), { ok: false, error: { key: 'duration.range', params: { min: 5, max: 1440 } } });
});

test('the default start is the next half hour at least ten minutes away', () => {
  assert.deepEqual(defaultStart(new Date(2026, 11, 3, 9, 12)), { date: '2026-12-03', time: '09:30' });
  assert.deepEqual(defaultStart(new Date(2026, 11, 3, 9, 25)), { date: '2026-12-03', time: '10:00' });
  assert.deepEqual(defaultStart(new Date(2026, 11, 31, 23, 55)), { date: '2027-01-01', time: '00:30' });
});
