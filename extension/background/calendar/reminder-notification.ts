// The reminder's notification, as options for notifications.create. Pure, so both browsers' shapes
// are tested in Node: Chrome gets a Join button and stays until the user acts; Firefox has neither
// buttons nor requireInteraction (it rejects unknown properties), so its text says a click joins.
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { PROVIDER_NAMES } from '../../../shared/core/meeting/providers.ts';
import { wordCalendar } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { NOTIFICATION_ICON_URL } from './notification-icon.ts';

export interface ReminderNotification {
  readonly type: 'basic';
  readonly iconUrl: string;
  readonly title: string;
  readonly message: string;
  readonly contextMessage?: string;
  readonly buttons?: { title: string }[];
  readonly requireInteraction?: boolean;
}

export function reminderNotification(meeting: UpcomingMeeting, lang: Lang, now: number, withButtons: boolean, timeZone?: string): ReminderNotification {
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(meeting.start);
  const when = wordCalendar(lang, meeting.start > now ? 'reminderStartsAt' : 'reminderStarted', { time });
  const provider = meeting.provider === 'visio' ? null : PROVIDER_NAMES[meeting.provider];
  return {
    type: 'basic',
    iconUrl: NOTIFICATION_ICON_URL,
    title: meeting.summary.trim() || wordCalendar(lang, 'untitled'),
    message: withButtons ? when : `${when} · ${wordCalendar(lang, 'reminderJoinHint')}`,
    ...(provider ? { contextMessage: wordCalendar(lang, 'reminderProvider', { provider }) } : {}),
    ...(withButtons ? { buttons: [{ title: wordCalendar(lang, 'joinVisio') }], requireInteraction: true } : {}),
  };
}
