// The user's own settings layer, kept in storage.local (never synced: it holds nothing secret, but
// an organisation may not want its instance URL copied to personal browser profiles).
import browser from 'webextension-polyfill';
import { isLang } from '../../shared/core/i18n/lang.ts';
import type { UserSettings } from '../../shared/ui/host.ts';

const KEY = 'settings';

/** Keeps only known fields of the right type: storage written by an older version must not break the UI. */
export function cleanSettings(raw: unknown): UserSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const value = raw as Record<string, unknown>;
  return {
    ...(typeof value.instanceUrl === 'string' ? { instanceUrl: value.instanceUrl } : {}),
    ...(isLang(value.lang) ? { lang: value.lang } : {}),
    ...(value.placement === 'location' || value.placement === 'description' || value.placement === 'both' ? { placement: value.placement } : {}),
    ...(value.blockPosition === 'top' || value.blockPosition === 'bottom' ? { blockPosition: value.blockPosition } : {}),
  };
}

export async function loadSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(KEY);
  return cleanSettings(stored[KEY]);
}

export async function saveSettings(settings: UserSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: cleanSettings(settings) });
}

export const SETTINGS_KEY = KEY;
