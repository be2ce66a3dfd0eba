// Reminders: a notification N minutes before each meeting that has a link, with Join. Scheduled with
// the alarms API (one alarm at the next reminder), so it fires even after the service worker was
// stopped; what was shown is remembered in storage.local by occurrence, so a browser restart does not
// show it again. Chrome gets a Join button; Firefox has no notification buttons, so there a click
// on the notification itself joins (and the text says so).
import browser from 'webextension-polyfill';
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { occurrenceKey, type UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { loadNotified, loadReminderMinutes, saveNotified, type NotifiedReminder } from './calendar-store.ts';
import { reminderNotification } from './reminder-notification.ts';
import { planReminders, pruneNotified } from './reminder-plan.ts';
import { REMINDER_ALARM } from '../event-names.ts';

export { REMINDER_ALARM };

const NOTIFICATION_PREFIX = 'visio-reminder|';

export function hasNotificationButtons(): boolean {
  // Firefox (the only browser with runtime.getBrowserInfo) ignores or rejects notification buttons.
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

export interface ReminderDeps {
  readonly meetings: () => Promise<readonly UpcomingMeeting[]>;
  readonly lang: () => Promise<Lang>;
}

/** Shows every reminder that is due and not yet shown, then sets the alarm for the next one. */
export async function runReminders(deps: ReminderDeps, now: number = Date.now()): Promise<void> {
  const [meetings, minutes, notified] = await Promise.all([deps.meetings(), loadReminderMinutes(), loadNotified()]);
  const plan = planReminders(meetings, minutes, notified, now);
  const remembered: Record<string, NotifiedReminder> = pruneNotified(notified, now);
  if (plan.due.length > 0) {
    const lang = await deps.lang();
    for (const meeting of plan.due) {
      // Remembered before it is shown: a worker killed mid-way must not show it twice.
      remembered[occurrenceKey(meeting)] = { at: now, start: meeting.start, url: meeting.url };
    }
    await saveNotified(remembered);
    for (const meeting of plan.due) {
      // One refused notification must not keep the others, or the next alarm, from happening.
      await showReminder(meeting, lang, now).catch(() => undefined);
    }
  } else if (Object.keys(remembered).length !== Object.keys(notified).length) {
    await saveNotified(remembered);
  }
  await browser.alarms.clear(REMINDER_ALARM);
  if (plan.nextAt !== null) await browser.alarms.create(REMINDER_ALARM, { when: Math.max(plan.nextAt, now + 1000) });
}

async function showReminder(meeting: UpcomingMeeting, lang: Lang, now: number): Promise<void> {
  const options = reminderNotification(meeting, lang, now, hasNotificationButtons());
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${occurrenceKey(meeting)}`, options);
}

/** Click on the notification (both browsers) or on its Join button (Chrome): open the meeting. */
export async function joinFromNotification(notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const key = notificationId.slice(NOTIFICATION_PREFIX.length);
  const entry = (await loadNotified())[key];
  await browser.notifications.clear(notificationId);
  if (entry === undefined) return true;
  await browser.tabs.create({ url: entry.url });
  return true;
}
