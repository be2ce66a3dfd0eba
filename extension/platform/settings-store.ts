// The user's own settings layer, kept in storage.local (never synced: it holds nothing secret, but
// an organisation may not want its instance URL copied to personal browser profiles).
import { browser } from './page-browser.ts';
import type { UserSettings } from '../../shared/ui/host.ts';
import { cleanUserSettings } from '../../shared/core/profile/user-settings.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(KEY);
  return cleanUserSettings(stored[KEY]);
}

export async function saveSettings(settings: UserSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: cleanUserSettings(settings) });
}

export const SETTINGS_KEY = KEY;
