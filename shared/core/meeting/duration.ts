import type { CoreMessageKey } from '../i18n/core-messages.ts';
import type { LocalizedMessage } from '../i18n/translate.ts';

/**
 * How long a meeting may last, in whole minutes: one rule for the popup, the Outlook task pane and
 * `visio ics`, which used to disagree (5–1440 and 1–20160). Five minutes is the form's step and the
 * shortest meeting worth a room; a day is the longest: a "meeting" of several days is a typo or a
 * multi-day event, which wants one meeting per day rather than one room held open for a week.
 */
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 24 * 60;

/**
 * null when `value` (a number, or the digits a form or command line gave) is a whole number of
 * minutes within the limits; otherwise the message to show, which states the limits.
 */
export function validateDuration(value: unknown): LocalizedMessage<CoreMessageKey> | null {
  const minutes = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(minutes) && minutes >= MIN_DURATION_MINUTES && minutes <= MAX_DURATION_MINUTES) return null;
  return { key: 'duration.range', params: { min: MIN_DURATION_MINUTES, max: MAX_DURATION_MINUTES } };
}
