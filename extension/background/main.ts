// Background (Chrome service worker / Firefox event page). Listeners are registered at the top level,
// synchronously, so the browser finds them when it wakes the worker for a click or a shortcut.
import browser from 'webextension-polyfill';
import { createContextMenu, MENU_ID } from './context-menu.ts';
import { insertIntoTab } from './insert-into-tab.ts';
import { registerCalendarBackground } from './calendar/calendar-background.ts';

export const INSERT_COMMAND = 'insert-visio-link';

registerCalendarBackground();

browser.runtime.onInstalled.addListener(() => { void createContextMenu(); });
browser.runtime.onStartup.addListener(() => { void createContextMenu(); });
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && 'settings' in changes)) void createContextMenu();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void insertIntoTab({ tabId: tab.id, frameId: info.frameId ?? 0 });
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== INSERT_COMMAND) return;
  const withTab = tab?.id !== undefined ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  void withTab.then((active) => (active?.id === undefined ? undefined : insertIntoTab({ tabId: active.id })));
});

// The end-to-end tests call the same function the menu and the shortcut call: headless browsers
// cannot click a context menu or press a browser-level shortcut. Reachable from extension pages only.
Object.assign(globalThis, { __visioBackground: { insertIntoTab, createContextMenu } });
