// Which meetings the popup lists and how it groups them: the next 7 days, meetings already running
// included (and marked), grouped by the day they start on in the user's time zone.
import type { UpcomingMeeting } from './upcoming-types.ts';

export const UPCOMING_DAYS = 7;
const DAY_MS = 86_400_000;

export interface ListedMeeting {
  readonly meeting: UpcomingMeeting;
  readonly inProgress: boolean;
}

export interface MeetingDay {
  /** `YYYY-MM-DD` in the user's zone. */
  readonly day: string;
  readonly meetings: readonly ListedMeeting[];
}

/** The calendar day an instant falls on in a zone (en-CA formats as YYYY-MM-DD). */
export function dayKey(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

export function selectUpcoming(meetings: readonly UpcomingMeeting[], now: number, timeZone: string, days: number = UPCOMING_DAYS): MeetingDay[] {
  const until = now + days * DAY_MS;
  const listed = meetings
    // A zero-length event is "over" when it starts; it still shows until then.
    .filter((meeting) => meeting.start < until && (meeting.end > now || meeting.start >= now))
    .sort((a, b) => a.start - b.start || a.summary.localeCompare(b.summary))
    .map((meeting) => ({ meeting, inProgress: meeting.start <= now && now < meeting.end }));
  const byDay = new Map<string, ListedMeeting[]>();
  for (const item of listed) {
    // A meeting running since yesterday is listed today, where the user looks for it.
    const day = dayKey(Math.max(item.meeting.start, item.inProgress ? now : item.meeting.start), timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  return [...byDay.entries()].map(([day, items]) => ({ day, meetings: items }));
}
