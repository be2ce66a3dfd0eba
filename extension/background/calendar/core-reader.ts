// The bridge to the core's iCalendar reader for the background: the profile's Visio instances and
// the user's time zone go in, meetings with a link (agenda-meetings.ts) come out.
import { classifyFeedResponse } from '../../../shared/core/ical/feed-response.ts';
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

/** Is this HTTP answer a calendar? The core's rules: 401/403, 404, HTML error or login page, empty. */
export const checkFeedAnswer: AnswerCheck = (answer) =>
  classifyFeedResponse({ status: answer.status, contentType: answer.contentType, finalUrl: answer.finalUrl, body: answer.bytes });
