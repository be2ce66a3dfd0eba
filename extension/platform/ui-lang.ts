// The UI language: the user's choice, else the browser's among the organisation's languages, else fr.
import { isLang, pickLang, type Lang } from '../../shared/core/i18n/lang.ts';
import type { ProfileState } from '../../shared/ui/host.ts';

export function uiLang(state: Pick<ProfileState, 'profile' | 'settings'>, browserLanguages: readonly string[]): Lang {
  const wanted = state.settings.lang !== undefined ? [state.settings.lang, ...browserLanguages] : browserLanguages;
  return pickLang(wanted, state.profile.languages);
}

export function browserLanguages(): string[] {
  return typeof navigator === 'undefined' ? [] : [...navigator.languages];
}

const LAST_LANG_KEY = 'visio-ui-lang';

/**
 * The language the popup last showed, read synchronously from the page's own localStorage (a
 * language is no secret; nothing is synced): its placeholder, drawn before the settings are read,
 * then speaks the user's chosen language instead of flashing the browser's first.
 */
export function lastShownLang(): Lang | null {
  try {
    const value = globalThis.localStorage?.getItem(LAST_LANG_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null; // storage disabled for the page: the browser's language, as before
  }
}

export function rememberShownLang(lang: Lang): void {
  try { globalThis.localStorage?.setItem(LAST_LANG_KEY, lang); } catch { /* see lastShownLang */ }
}
