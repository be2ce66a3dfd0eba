// What the background keeps about calendars and what the popup and options page read back.
// Plain JSON (it lives in storage.local), no functions, no Dates: instants are epoch milliseconds.
import type { LocalizedMessage } from '../../core/i18n/translate.ts';
import type { Provider } from '../../core/meeting/providers.ts';

/** One occurrence of an event that carries a meeting link. */
export interface UpcomingMeeting {
  readonly uid: string;
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms (equal to start for zero-length events). */
  readonly end: number;
  readonly summary: string;
  readonly provider: Provider;
  readonly url: string;
  readonly allDay?: boolean;
}

/** A stable key for one occurrence: the same meeting read again after a restart has the same key. */
export function occurrenceKey(meeting: Pick<UpcomingMeeting, 'uid' | 'start'>): string {
  return `${meeting.uid}@${meeting.start}`;
}

export type SourceKind = 'feed' | 'file' | 'policy';

/** What the options page and popup show about one calendar source. The secret address is not in here. */
export interface SourceStatus {
  readonly id: string;
  readonly kind: SourceKind;
  /** A label safe to display: host and a masked path for a feed, the file name for a file. */
  readonly label: string;
  readonly state: 'pending' | 'ok' | 'error';
  /** Epoch ms of the last successful read. */
  readonly lastSuccess?: number;
  /** The last failure, worded by the UI. */
  readonly error?: LocalizedMessage;
  /** Epoch ms of the next automatic attempt after a failure. */
  readonly retryAt?: number;
  /** Meetings with a link in the stored window. */
  readonly meetingCount?: number;
  /** Events the reader had to skip (broken components). */
  readonly skipped?: number;
}

/** Everything the popup needs, in one read. */
export interface CalendarSnapshot {
  readonly meetings: readonly UpcomingMeeting[];
  readonly sources: readonly SourceStatus[];
  /** Minutes before a meeting for the reminder; 0 = no reminder. */
  readonly reminderMinutes: number;
}

export const DEFAULT_REMINDER_MINUTES = 5;
export const REMINDER_CHOICES: readonly number[] = [0, 1, 2, 5, 10, 15, 30];
