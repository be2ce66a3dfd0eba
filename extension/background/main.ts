// Background (Chrome service worker / Firefox event page). Listeners are registered at the top level,
// synchronously, so the browser finds them when it wakes the worker for a click or a shortcut.
import browser from 'webextension-polyfill';
import { createContextMenu, MENU_ID } from './context-menu.ts';
import { insertIntoTab } from './insert-into-tab.ts';
import { registerCalendarBackground } from './calendar/calendar-background.ts';
import { restoreWebmailRegistrations } from '../content/webmail/registration.ts';
import { PROFILE_STATE_MESSAGE, type ProfileStateAnswer } from '../content/webmail/profile-message.ts';
import { loadProfileState } from '../platform/profile-state.ts';

export const INSERT_COMMAND = 'insert-visio-link';

registerCalendarBackground();

// Webmails the user added on their organisation's domain: browsers may drop dynamic content
// scripts on update, and a permission revoked in the browser's settings must forget its entry.
const restoreWebmails = () => restoreWebmailRegistrations().catch((error: unknown) => console.warn('Visio: webmail registrations not restored', error));
browser.runtime.onInstalled.addListener(() => { void createContextMenu(); void restoreWebmails(); });
browser.runtime.onStartup.addListener(() => { void createContextMenu(); void restoreWebmails(); });
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && 'settings' in changes)) void createContextMenu();
});

// The webmail content scripts ask here for the resolved profile: one place layers the built
// profile, the user's settings and IT's policy, and the scripts need not carry the resolver.
// `locked` is a Set (not structured-clonable) and a content script has no use for it.
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: unknown } | null)?.type !== PROFILE_STATE_MESSAGE) return undefined;
  return loadProfileState().then(({ profile, settings, policyErrors }): ProfileStateAnswer => ({ profile, settings, policyErrors }));
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
Object.assign(globalThis, { __visioBackground: { insertIntoTab, createContextMenu, restoreWebmailRegistrations } });
