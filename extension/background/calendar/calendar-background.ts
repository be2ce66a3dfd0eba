// The calendar half of the background: feeds refreshed by alarm, reminders by alarm, notification
// clicks, and the popup's/options page's requests. A chunk loaded on demand (background-chunks.ts):
// background/main.ts registers the listeners at startup and calls these handlers.
import browser from 'webextension-polyfill';
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { ImportResult } from '../../../shared/ui/upcoming/calendar-port.ts';
import { browserLanguages, uiLang } from '../../platform/ui-lang.ts';
import { loadProfileState } from '../../platform/profile-state.ts';
import { REFRESH_ALARM } from '../event-names.ts';
import type { CalendarRequest } from './calendar-messages-protocol.ts';
import { loadReminderMinutes, loadSources, loadStates, newSourceId, saveSources, saveStates } from './calendar-store.ts';
import { checkFeedAnswer, readMeetings } from './core-reader.ts';
import { readWindow, refreshDue, type RefreshDeps } from './refresh.ts';
import { joinFromNotification, runReminders, type ReminderDeps } from './reminders.ts';
import { buildSnapshot } from './snapshot.ts';
import { allSources } from './sources.ts';

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

/**
 * The refresh alarm exists only while there is a feed to read: most people add none, and their
 * worker need not wake every five minutes to load the calendar chunk for nothing.
 */
async function ensureRefreshAlarm(): Promise<void> {
  const hasFeed = (await allSources()).some((source) => source.url !== undefined);
  if (!hasFeed) { await browser.alarms.clear(REFRESH_ALARM); return; }
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

/** What the startup script (background/main.ts) calls, once an event has loaded this chunk. */
export const calendarChunk = {
  onAlarm: (name: string): Promise<void> => (name === REFRESH_ALARM ? refreshThenRemind(false) : runReminders(reminderDeps)),
  joinFromNotification,
  handleRequest,
  onSourcesChanged: (): Promise<void> => ensureRefreshAlarm().then(() => refreshThenRemind(false)),
  runReminders: (): Promise<void> => runReminders(reminderDeps),
  // Alarms may be cleared on a browser restart (Chrome says so): set them again on every start.
  onStart: (): Promise<void> => ensureRefreshAlarm().then(() => refreshThenRemind(false)),
};

export type CalendarChunk = typeof calendarChunk;
