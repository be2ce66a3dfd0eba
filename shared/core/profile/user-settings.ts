import { isLang } from '../i18n/lang.ts';
import type { UserSettings } from './resolve-profile.ts';

/**
 * Stored user settings as the UI may trust them: only known fields of the right type. Storage
 * written by an older or broken version (extension storage, Outlook roaming settings) must not
 * break the UI; resolveProfile then checks the values themselves.
 */
export function cleanUserSettings(raw: unknown): UserSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const value = raw as Record<string, unknown>;
  return {
    ...(typeof value.instanceUrl === 'string' ? { instanceUrl: value.instanceUrl } : {}),
    ...(isLang(value.lang) ? { lang: value.lang } : {}),
    ...(value.placement === 'location' || value.placement === 'description' || value.placement === 'both' ? { placement: value.placement } : {}),
    ...(value.blockPosition === 'top' || value.blockPosition === 'bottom' ? { blockPosition: value.blockPosition } : {}),
    ...(typeof value.autoVisio === 'boolean' ? { autoVisio: value.autoVisio } : {}),
  };
}
