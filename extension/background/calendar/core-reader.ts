// The bridge to the core's iCalendar reader: the feed's occurrences in the window (readAgenda), kept
// when they carry a meeting link, in the shape the popup and the reminders use.
import { readAgenda, type Occurrence } from '../../../shared/core/ical/agenda.ts';
import { profileInstances } from '../../../shared/core/meeting/detect.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { loadProfileState } from '../../platform/profile-state.ts';
import type { AnswerCheck, MeetingReader, ReadWindow } from './refresh.ts';

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

/** The user's zone: all-day events and floating times are theirs. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const readMeetings: MeetingReader = async (input, window) => {
  const state = await loadProfileState();
  try {
    return { ok: true, ...meetingsIn(input, window, profileInstances(state.profile), userTimeZone()) };
  } catch {
    // The reader skips broken events itself; this is for input that is not a calendar at all.
    return { ok: false, error: calendarMessage('feedUnreadable') };
  }
};

/**
 * Is this HTTP answer a calendar? Until the core's feed-response classifier lands, only the HTTP
 * status is judged here; the reader then finds no event in an HTML page.
 */
export const checkFeedAnswer: AnswerCheck = (answer) =>
  answer.status >= 200 && answer.status < 300 ? null : calendarMessage('feedHttpStatus', { status: answer.status });
