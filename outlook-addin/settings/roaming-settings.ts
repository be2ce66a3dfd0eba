import { cleanUserSettings } from '../../shared/core/profile/user-settings.ts';
import type { UserSettings } from '../../shared/ui/host.ts';
import { officeCall } from '../office/async.ts';
import type { RoamingSettingsLike } from '../office/item-api.ts';

/**
 * The user's settings live in Office roaming settings: per add-in and per mailbox, they follow the
 * user to every Outlook (notes/outlook-addin.md §1.5), event handlers included. 32 KB at most and
 * readable through EWS, so nothing secret goes there.
 */
export const SETTINGS_KEY = 'visioSettings';

/** Only well-formed fields are kept: a value written by an older or broken version is ignored. */
export function readUserSettings(roaming: RoamingSettingsLike): UserSettings {
  return cleanUserSettings(roaming.get(SETTINGS_KEY));
}

export async function saveUserSettings(roaming: RoamingSettingsLike, settings: UserSettings): Promise<void> {
  roaming.set(SETTINGS_KEY, { ...settings });
  await officeCall<void>('roamingSettings.saveAsync', (callback) => roaming.saveAsync(callback));
}
