// Background (Chrome service worker / Firefox event page): the listeners alone. They are registered
// at the top level, synchronously, so the browser finds them when it wakes the worker for a click,
// an alarm or a message; each one loads the chunk that does the work (background-chunks.ts) only
// when the event is ours.
import browser, { type Runtime } from 'webextension-polyfill';
import { isCalendarRequest } from './calendar/calendar-messages-protocol.ts';
import { loadChunk, storeChunksAtInstall } from './background-chunks.ts';
import { handleLoadWebmailEditor } from './load-webmail-editor.ts';
import { INSERT_COMMAND, MENU_ID, REFRESH_ALARM, REMINDER_ALARM, REMINDER_KEY, SETTINGS_KEY, SOURCES_KEY } from './event-names.ts';
import { PROFILE_STATE_MESSAGE } from '../content/webmail/profile-message.ts';

storeChunksAtInstall();

const actions = () => loadChunk('actions');
const calendar = () => loadChunk('calendar');
const profile = () => loadChunk('profile');

/** Work started by an event: a failure is logged, never thrown into the browser's dispatcher. */
function run(what: string, work: () => Promise<unknown>): void {
  work().catch((error: unknown) => console.warn(`Visio: ${what} failed`, error));
}

// A start: the menu in the user's language; webmails the user added (browsers may drop dynamic
// content scripts on update, and a permission revoked in the browser's settings forgets its entry);
// alarms set again (Chrome may clear them on a browser restart) and feeds read.
function onStart(): void {
  run('context menu', async () => (await actions()).createContextMenu());
  run('webmail registrations', async () => (await actions()).restoreWebmailRegistrations());
  run('calendar start', async () => (await calendar()).onStart());
}
browser.runtime.onInstalled.addListener(onStart);
browser.runtime.onStartup.addListener(onStart);

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) run('context menu', async () => (await actions()).createContextMenu());
  if (area === 'managed' || (area === 'local' && SOURCES_KEY in changes)) run('calendar refresh', async () => (await calendar()).onSourcesChanged());
  else if (area === 'local' && REMINDER_KEY in changes) run('reminders', async () => (await calendar()).runReminders());
});

// Messages: the webmail content scripts ask for the resolved profile (one place layers the built
// profile, the user's settings and IT's policy) and, when an event editor shows, for the editor
// module; the popup and options page talk to the calendar.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const editorLoaded = handleLoadWebmailEditor(message, sender);
  if (editorLoaded) return editorLoaded;
  if ((message as { type?: unknown } | null)?.type === PROFILE_STATE_MESSAGE) return profile().then((chunk) => chunk.profileStateAnswer());
  if (isCalendarRequest(message)) return calendar().then((chunk) => chunk.handleRequest(message));
  return undefined;
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const target = { tabId: tab.id, frameId: info.frameId ?? 0 };
  run('insert', async () => (await actions()).insertIntoTab(target));
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== INSERT_COMMAND) return;
  run('insert', async () => {
    const active = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id !== undefined) await (await actions()).insertIntoTab({ tabId: active.id });
  });
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== REFRESH_ALARM && alarm.name !== REMINDER_ALARM) return;
  run(alarm.name, async () => (await calendar()).onAlarm(alarm.name));
});
browser.notifications.onClicked.addListener((id) => run('join', async () => (await calendar()).joinFromNotification(id)));
// Chrome only: Firefox has no notification buttons (a click on the notification joins there).
browser.notifications.onButtonClicked?.addListener((id) => run('join', async () => (await calendar()).joinFromNotification(id)));

// The end-to-end tests call what the menu, the shortcut and a notification click call: headless
// browsers cannot click a context menu, press a browser-level shortcut or click a notification.
// Reachable from the worker and extension pages only.
Object.assign(globalThis, {
  __visioBackground: {
    insertIntoTab: async (target: { tabId: number; frameId?: number }) => (await actions()).insertIntoTab(target),
    createContextMenu: async () => (await actions()).createContextMenu(),
    restoreWebmailRegistrations: async () => (await actions()).restoreWebmailRegistrations(),
  },
  __visioCalendar: {
    joinFromNotification: async (id: string) => (await calendar()).joinFromNotification(id),
    runReminders: async () => (await calendar()).runReminders(),
  },
});
