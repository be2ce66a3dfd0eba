// The shared UI's host, made of WebExtension APIs: storage, policies, clipboard, tabs, permissions.
import browser from 'webextension-polyfill';
import type { Host } from '../../shared/ui/host.ts';
import { copyToClipboard } from './clipboard.ts';
import { downloadText } from './download.ts';
import { loadProfileState, onProfileStateChange, saveUserSettings } from './profile-state.ts';
import { clearRecentLinks, recentLinks, rememberLink } from './recent-links.ts';
import { browserLanguages, uiLang } from './ui-lang.ts';

import type { ProfileState } from '../../shared/ui/host.ts';

/** The first state is loaded here (the page needs its language before rendering) and handed to the UI once. */
export async function createExtensionHost(): Promise<{ host: Host; state: ProfileState }> {
  const state = await loadProfileState();
  let preloaded: ProfileState | null = state;
  const host: Host = {
    kind: 'extension',
    lang: uiLang(state, browserLanguages()),
    getProfile: async () => { const ready = preloaded ?? await loadProfileState(); preloaded = null; return ready; },
    saveSettings: saveUserSettings,
    onProfileChange: onProfileStateChange,
    copy: copyToClipboard,
    openUrl: async (url) => { await browser.tabs.create({ url }); },
    openSettings: async () => { await browser.runtime.openOptionsPage(); },
    download: downloadText,
    recentLinks,
    rememberLink,
    clearRecentLinks,
    // Match patterns carry no port: https://host:8443 is asked as https://host/*.
    requestOrigin: (origin) => { const url = new URL(origin); return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }); },
  };
  return { host, state };
}
