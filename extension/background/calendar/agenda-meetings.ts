// The core's agenda (readAgenda) → the meetings the popup and reminders use: occurrences that carry
// a meeting link, in epoch milliseconds. Pure: no browser API, so it is tested on real feeds in Node.
import { readAgenda, type Occurrence } from '../../../shared/core/ical/agenda.ts';
import type { UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import type { ReadWindow } from './refresh.ts';

const DAY_MS = 86_400_000;

export function toUpcoming(occurrence: Occurrence): UpcomingMeeting | null {
  if (occurrence.url === null || occurrence.provider === null) return null;
  return {
    // A UID-less event (rare, broken producers) still needs a stable key for its reminder.
    uid: occurrence.uid ?? `no-uid:${occurrence.summary}`,
    start: occurrence.startMs, end: occurrence.endMs, summary: occurrence.summary,
    provider: occurrence.provider, url: occurrence.url, ...(occurrence.allDay ? { allDay: true } : {}),
  };
}

export function meetingsIn(input: Uint8Array | string, window: ReadWindow, instances: readonly string[], timeZone: string) {
  const agenda = readAgenda(input, { from: new Date(window.fromMs), days: (window.toMs - window.fromMs) / DAY_MS, instances, timeZone });
  return {
    meetings: agenda.occurrences.flatMap((occurrence) => toUpcoming(occurrence) ?? []),
    skipped: agenda.skipped.length,
  };
}
