// The bridge to the core's iCalendar reader for the background: the profile's Visio instances and
// the user's time zone go in, meetings with a link (agenda-meetings.ts) come out.
import { profileInstances } from '../../../shared/core/meeting/detect.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import { meetingsIn } from './agenda-meetings.ts';
import { loadProfileState } from '../../platform/profile-state.ts';
import type { AnswerCheck, MeetingReader } from './refresh.ts';

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
