// The meeting's time slot as typed in the schedule form (local date + time + minutes), checked once
// so every deeplink and the .ics agree on the same instants.
import type { LocalizedMessage } from '../../core/i18n/translate.ts';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, validateDuration } from '../../core/meeting/duration.ts';

export interface EventWindow {
  readonly start: Date;
  readonly end: Date;
  readonly durationMinutes: number;
}

/** The core's limits, shared with `visio ics` and the Outlook pane. */
export const MIN_DURATION = MIN_DURATION_MINUTES;
export const MAX_DURATION = MAX_DURATION_MINUTES;

/** `date` = `YYYY-MM-DD`, `time` = `HH:MM` (what `<input type=date|time>` give), in the device's time zone. */
export function eventWindow(date: string, time: string, duration: string | number):
  { ok: true; window: EventWindow } | { ok: false; error: LocalizedMessage } {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return { ok: false, error: { key: 'invalidDateTime' } };
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const start = new Date(year, month - 1, day, hour, minute);
  // new Date() rolls 2026-02-31 over to March: refuse instead of scheduling the wrong day.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day
    || start.getHours() !== hour || start.getMinutes() !== minute) {
    return { ok: false, error: { key: 'invalidDateTime' } };
  }
  const invalid = validateDuration(duration);
  if (invalid) return { ok: false, error: invalid };
  const minutes = Number(duration);
  return { ok: true, window: { start, end: new Date(start.getTime() + minutes * 60_000), durationMinutes: minutes } };
}

/** The next round half hour, at least 10 minutes from now: the form's default start. */
export function defaultStart(now: Date): { date: string; time: string } {
  const start = new Date(now.getTime() + 10 * 60_000);
  const minutes = start.getMinutes();
  start.setMinutes(minutes === 0 ? 0 : minutes <= 30 ? 30 : 60, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
    time: `${pad(start.getHours())}:${pad(start.getMinutes())}`,
  };
}
