// Stored settings as the UI may trust them (pure: tested without a browser).
import { isLang } from '../../shared/core/i18n/lang.ts';
import type { UserSettings } from '../../shared/ui/host.ts';

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
