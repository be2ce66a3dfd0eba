// The UI language: the user's choice, else the browser's among the organisation's languages, else fr.
import { pickLang, type Lang } from '../../shared/core/i18n/lang.ts';
import type { ProfileState } from '../../shared/ui/host.ts';

export function uiLang(state: Pick<ProfileState, 'profile' | 'settings'>, browserLanguages: readonly string[]): Lang {
  const wanted = state.settings.lang !== undefined ? [state.settings.lang, ...browserLanguages] : browserLanguages;
  return pickLang(wanted, state.profile.languages);
}

export function browserLanguages(): string[] {
  return typeof navigator === 'undefined' ? [] : [...navigator.languages];
}
