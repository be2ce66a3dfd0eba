import { pickLang, type Lang } from '../../shared/core/i18n/lang.ts';
import { resolveProfile } from '../../shared/core/profile/resolve-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import type { ProfileState, UserSettings } from '../../shared/ui/host.ts';
import type { MailboxContext } from '../office/item-api.ts';
import { readUserSettings } from './roaming-settings.ts';

/** Everything a command, the launch event or the task pane needs to know before acting. */
export interface AddinState extends ProfileState {
  readonly lang: Lang;
  /** Automatic Visio on new meetings: the user's choice, else the organisation's default (off). */
  readonly autoVisio: boolean;
}

/** Built profile, then the user's roaming settings (Outlook has no managed policy store). */
export function resolveAddinState(base: Profile, context: Pick<MailboxContext, 'roamingSettings' | 'displayLanguage'>): AddinState {
  const settings: UserSettings = readUserSettings(context.roamingSettings);
  const resolved = resolveProfile(base, null, settings);
  const lang = settings.lang && resolved.profile.languages.includes(settings.lang)
    ? settings.lang
    : pickLang(context.displayLanguage, resolved.profile.languages);
  return {
    profile: resolved.profile,
    settings,
    locked: resolved.locked,
    policyErrors: resolved.policyErrors,
    lang,
    autoVisio: resolved.profile.outlook.autoVisio,
  };
}
