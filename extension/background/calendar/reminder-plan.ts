// Which reminders are due now and when the next one is: pure, so the alarm handler, the restart path
// and the tests all use the same rule.
import { occurrenceKey, type UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import type { NotifiedReminder } from './calendar-store.ts';

/** A meeting with no end (or a zero-length one) still gets a reminder until this long after it starts. */
const MIN_OPEN_MS = 10 * 60_000;

export interface ReminderPlan {
  readonly due: readonly UpcomingMeeting[];
  /** Epoch ms of the next reminder to schedule, or null when none is coming. */
  readonly nextAt: number | null;
}

export function planReminders(
  meetings: readonly UpcomingMeeting[],
  leadMinutes: number,
  notified: Readonly<Record<string, NotifiedReminder>>,
  now: number,
): ReminderPlan {
  if (leadMinutes <= 0) return { due: [], nextAt: null };
  const due: UpcomingMeeting[] = [];
  let nextAt: number | null = null;
  for (const meeting of meetings) {
    // All-day "meetings" have no moment to join at; a reminder at 23:55 the day before helps nobody.
    if (meeting.allDay) continue;
    if (notified[occurrenceKey(meeting)] !== undefined) continue;
    const remindAt = meeting.start - leadMinutes * 60_000;
    const over = Math.max(meeting.end, meeting.start + MIN_OPEN_MS);
    // A browser started after the reminder time still reminds while the meeting runs (late is better
    // than never), but not for a meeting that is over.
    if (remindAt <= now && now < over) due.push(meeting);
    else if (remindAt > now && (nextAt === null || remindAt < nextAt)) nextAt = remindAt;
  }
  return { due, nextAt };
}

/** Forgets reminders of meetings long gone, so storage does not grow forever. */
export function pruneNotified(notified: Readonly<Record<string, NotifiedReminder>>, now: number): Record<string, NotifiedReminder> {
  const keepAfter = now - 2 * 24 * 60 * 60_000;
  return Object.fromEntries(Object.entries(notified).filter(([, entry]) => entry.start >= keepAfter));
}
