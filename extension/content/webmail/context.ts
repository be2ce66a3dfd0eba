// Where a content script gets its settings: the built profile, then the user's settings and the
// organisation's policies from extension storage. The background may answer a
// `visio:profile-state` message with the resolved profile (one place resolves it); until it
// does, the same layers are read here directly from storage.
import { pickLang, type Lang } from '../../../shared/core/i18n/lang.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { extensionApi } from './ext-api.ts';
import type { MeetingContext } from './meeting-actions.ts';

export const PROFILE_STATE_MESSAGE = 'visio:profile-state';
/** storage.local key of the user's settings (shared/ui/host.ts UserSettings). */
export const USER_SETTINGS_KEY = 'settings';

interface ProfileAnswer { readonly profile?: Profile; readonly settings?: { readonly lang?: Lang } }

function isProfile(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && typeof (value as Profile).instanceUrl === 'string'
    && Array.isArray((value as Profile).languages);
}

async function fromBackground(): Promise<ProfileAnswer | null> {
  try {
    const answer = (await extensionApi()!.runtime.sendMessage({ type: PROFILE_STATE_MESSAGE })) as ProfileAnswer | undefined;
    return answer && isProfile(answer.profile) ? answer : null;
  } catch {
    return null; // no background listener (yet): read storage ourselves
  }
}

async function fromStorage(): Promise<ProfileAnswer> {
  const api = extensionApi();
  const stored = await Promise.resolve(api?.storage.local.get(USER_SETTINGS_KEY)).catch(() => undefined) ?? {};
  const settings = stored[USER_SETTINGS_KEY];
  let managed: Record<string, unknown> = {};
  // Firefox rejects when no policy exists (Bugzilla 1784446): that means "no policy".
  try { managed = (await api?.storage.managed.get()) ?? {}; } catch { managed = {}; }
  const user = typeof settings === 'object' && settings !== null ? settings as Partial<Profile> & { lang?: Lang } : {};
  const pick = <K extends 'instanceUrl' | 'placement' | 'blockPosition'>(key: K): Profile[K] =>
    (managed[key] as Profile[K] | undefined) ?? (user[key] as Profile[K] | undefined) ?? BUILT_PROFILE[key];
  const profile: Profile = {
    ...BUILT_PROFILE, instanceUrl: pick('instanceUrl'), placement: pick('placement'), blockPosition: pick('blockPosition'),
  };
  return { profile, settings: { lang: (managed.lang as Lang | undefined) ?? user.lang } };
}

/** The page's language first (a French SOGo shows French buttons), then the browser's. */
export function contextLang(profile: Profile, settingsLang: Lang | undefined, doc: Document): Lang {
  if (settingsLang && profile.languages.includes(settingsLang)) return settingsLang;
  const tags = [doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])].filter(Boolean);
  return pickLang(tags, profile.languages);
}

export async function loadContext(doc: Document): Promise<MeetingContext> {
  const answer = (await fromBackground()) ?? (await fromStorage());
  const profile = answer.profile ?? BUILT_PROFILE;
  return { profile, lang: contextLang(profile, answer.settings?.lang, doc) };
}

/** Calls `listener` when settings or policies change (options page, another tab, IT). */
export function onContextChange(listener: () => void, signal: AbortSignal): void {
  const handler = (_changes: unknown, area: string) => { if (area === 'local' || area === 'managed' || area === 'sync') listener(); };
  const api = extensionApi();
  if (!api) return;
  api.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(handler), { once: true });
}
