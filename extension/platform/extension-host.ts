// The shared UI's host, made of WebExtension APIs: storage, policies, clipboard, tabs, permissions.
import { browser } from './page-browser.ts';
import type { Host } from '../../shared/ui/host.ts';
import { copyToClipboard } from './clipboard.ts';
import { downloadText } from './download.ts';
import { loadProfileState, onProfileStateChange, saveUserSettings } from './profile-state.ts';
import { loadInviteWords } from './load-language.ts';
import { browserLanguages, uiLang } from './ui-lang.ts';

import type { ProfileState } from '../../shared/ui/host.ts';

type Registration = typeof import('../content/webmail/registration.ts');
let registration: Registration | null = null;
/**
 * The webmail registration code (every adapter's match patterns) is loaded when the settings page
 * first lists the added webmails, not with the popup. addWebmail then finds it loaded, so the
 * permission prompt stays the first await after the click (Firefox drops the user gesture across
 * a module load).
 */
async function loadRegistration(): Promise<Registration> {
  registration ??= await import('../content/webmail/registration.ts');
  return registration;
}

/** The recent list shows after the link: its code is not part of what the popup needs first. */
const recent = () => import('./recent-links.ts');

/** The first state is loaded here (the page needs its language before rendering) and handed to the UI once. */
export async function createExtensionHost(): Promise<{ host: Host; state: ProfileState }> {
  const state = await loadProfileState();
  let preloaded: ProfileState | null = state;
  const lang = uiLang(state, browserLanguages());
  const host: Host = {
    kind: 'extension',
    lang,
    loadInviteWords: () => loadInviteWords(lang),
    initialProfile: state,
    getProfile: async () => { const ready = preloaded ?? await loadProfileState(); preloaded = null; return ready; },
    saveSettings: saveUserSettings,
    onProfileChange: onProfileStateChange,
    copy: copyToClipboard,
    openUrl: async (url) => { await browser.tabs.create({ url }); },
    openSettings: async () => { await browser.runtime.openOptionsPage(); },
    download: downloadText,
    recentLinks: async () => (await recent()).recentLinks(),
    rememberLink: async (url) => (await recent()).rememberLink(url),
    clearRecentLinks: async () => (await recent()).clearRecentLinks(),
    // Match patterns carry no port: https://host:8443 is asked as https://host/*.
    addedWebmails: async () => (await loadRegistration()).listAddedWebmails(),
    addWebmail: async (kind, origin) => {
      const result = await (registration ?? await loadRegistration()).addWebmail(kind, origin);
      return result.ok ? { ok: true } : result;
    },
    removeWebmail: async (webmail) => {
      const module = await loadRegistration();
      const parsed = module.parseAddedWebmail(webmail.kind, webmail.origin);
      if (!parsed.ok) return;
      try {
        await module.removeWebmail(parsed.webmail);
      } catch (error) {
        // Giving the host back fails when it is also a required one (the instance's host, a
        // profile webmail's): the entry is gone all the same, which is what the user asked.
        const left = await module.listAddedWebmails();
        if (left.some((entry) => entry.kind === parsed.webmail.kind && entry.origin === parsed.webmail.origin)) throw error;
      }
    },
    requestOrigin: (origin) => { const url = new URL(origin); return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }); },
  };
  return { host, state };
}
