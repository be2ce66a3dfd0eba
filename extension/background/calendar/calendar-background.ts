// The calendar half of the background: feeds refreshed by alarm, reminders by alarm, notification
// clicks, and the popup's/options page's requests. Every listener is registered synchronously when
// the worker starts (registerCalendarBackground is called at the top level of background/main.ts),
// so the browser can wake a stopped worker for an alarm or a click.
import browser from 'webextension-polyfill';
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { ImportResult } from '../../../shared/ui/upcoming/calendar-port.ts';
import { browserLanguages, uiLang } from '../../platform/ui-lang.ts';
import { loadProfileState } from '../../platform/profile-state.ts';
import { isCalendarRequest, type CalendarRequest } from './calendar-messages-protocol.ts';
import { loadReminderMinutes, loadSources, loadStates, newSourceId, REMINDER_KEY, saveSources, saveStates, SOURCES_KEY } from './calendar-store.ts';
import { checkFeedAnswer, readMeetings } from './core-reader.ts';
import { readWindow, refreshDue, type RefreshDeps } from './refresh.ts';
import { joinFromNotification, REMINDER_ALARM, runReminders, type ReminderDeps } from './reminders.ts';
import { buildSnapshot } from './snapshot.ts';
import { allSources } from './sources.ts';

export const REFRESH_ALARM = 'visio-calendar-refresh';
/** The alarm only looks at which feeds are due; each feed's own schedule (and backoff) decides. */
const REFRESH_ALARM_MINUTES = 5;

async function currentLang(): Promise<Lang> {
  return uiLang(await loadProfileState(), browserLanguages());
}

async function upcomingMeetings() {
  const [sources, states] = await Promise.all([allSources(), loadStates()]);
  return buildSnapshot(sources, states, await loadReminderMinutes()).meetings;
}

export const refreshDeps: RefreshDeps = { read: readMeetings, checkAnswer: checkFeedAnswer };
export const reminderDeps: ReminderDeps = { meetings: upcomingMeetings, lang: currentLang };

async function refreshThenRemind(force: boolean): Promise<void> {
  try {
    await refreshDue(refreshDeps, { force });
  } finally {
    await runReminders(reminderDeps);
  }
}

async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: REFRESH_ALARM_MINUTES });
}

/** A .ics file opened once: read now, kept as a source that is never fetched. */
async function importFile(name: string, text: string): Promise<ImportResult> {
  const now = Date.now();
  const window = readWindow(now);
  const read = await readMeetings(text, window);
  if (!read.ok) return { ok: false, error: read.error };
  const id = newSourceId();
  const states = await loadStates();
  await saveStates({ ...states, [id]: { meetings: read.meetings, windowEnd: window.toMs, lastSuccess: now, failures: 0, nextAttemptAt: Number.MAX_SAFE_INTEGER, skipped: read.skipped } });
  await saveSources([...(await loadSources()), { id, kind: 'file', name: name.slice(0, 200), addedAt: now }]);
  return { ok: true, count: read.meetings.length };
}

async function handleRequest(request: CalendarRequest): Promise<unknown> {
  if (request.action === 'refresh') { await refreshThenRemind(request.force); return { ok: true }; }
  try {
    const result = await importFile(request.name, request.text);
    await runReminders(reminderDeps);
    return result;
  } catch {
    return { ok: false, error: calendarMessage('fileUnreadable') };
  }
}

export function registerCalendarBackground(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshThenRemind(false);
    else if (alarm.name === REMINDER_ALARM) void runReminders(reminderDeps);
  });
  browser.notifications.onClicked.addListener((id) => { void joinFromNotification(id); });
  // Chrome only: Firefox has no notification buttons (a click on the notification joins there).
  browser.notifications.onButtonClicked?.addListener((id) => { void joinFromNotification(id); });
  browser.runtime.onMessage.addListener((message: unknown) => (isCalendarRequest(message) ? handleRequest(message) : undefined));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && SOURCES_KEY in changes)) void refreshThenRemind(false);
    else if (area === 'local' && REMINDER_KEY in changes) void runReminders(reminderDeps);
  });
  // Alarms may be cleared on a browser restart (Chrome says so): set them again on every start.
  browser.runtime.onStartup.addListener(() => { void ensureRefreshAlarm().then(() => refreshThenRemind(false)); });
  browser.runtime.onInstalled.addListener(() => { void ensureRefreshAlarm().then(() => refreshThenRemind(false)); });
  // The end-to-end test calls what a click on a notification calls: headless browsers show no
  // notification to click. Reachable from the worker only, like background/main.ts's own hook.
  Object.assign(globalThis, { __visioCalendar: { joinFromNotification, runReminders: () => runReminders(reminderDeps) } });
}
