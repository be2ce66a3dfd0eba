// Where a content script gets its settings: the built profile, then the user's settings and the
// organisation's policies from extension storage. The background may answer a
// `visio:profile-state` message with the resolved profile (one place resolves it); until it
// does, the same layers are read here directly from storage.
import { isLang, pickLang, type Lang } from '../../../shared/core/i18n/lang.ts';
import { resolveProfile } from '../../../shared/core/profile/resolve-profile.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { extensionApi } from './ext-api.ts';
import type { MeetingContext } from './meeting-actions.ts';

export const PROFILE_STATE_MESSAGE = 'visio:profile-state';
/** storage.local key of the user's settings (shared/ui/host.ts UserSettings). */
export const USER_SETTINGS_KEY = 'settings';

interface ProfileAnswer { readonly profile?: Profile; readonly settings?: { readonly lang?: Lang }; readonly blocked?: boolean; readonly policyErrors?: readonly unknown[] }

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

/**
 * The same layers as the extension's pages (extension/platform/profile-state.ts), read here
 * without the polyfill: built profile, then the user's settings, then IT's policy, resolved by the
 * core. A policy that exists but cannot be read or is invalid blocks Add (fail closed).
 */
async function fromStorage(): Promise<ProfileAnswer> {
  const api = extensionApi();
  const stored = await Promise.resolve(api?.storage.local.get(USER_SETTINGS_KEY)).catch(() => undefined) ?? {};
  let policy: unknown = null;
  try {
    const raw = await api?.storage.managed.get();
    policy = raw && Object.keys(raw).length > 0 ? raw : null;
  } catch (error) {
    // Firefox rejects when no policy is provisioned (Bugzilla 1784446): that is "no policy".
    const message = error instanceof Error ? error.message : String(error);
    policy = /not found|not supported/i.test(message) ? null : message;
  }
  const settings = stored[USER_SETTINGS_KEY] ?? {};
  const resolved = resolveProfile(BUILT_PROFILE, policy, settings);
  const lang = (settings as { lang?: unknown }).lang;
  return { profile: resolved.profile, settings: { lang: isLang(lang) ? lang : undefined }, blocked: resolved.errors.length > 0 };
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
  const blocked = answer.blocked === true || (answer.policyErrors?.length ?? 0) > 0;
  return { profile, lang: contextLang(profile, answer.settings?.lang, doc), blocked };
}

/** Calls `listener` when settings or policies change (options page, another tab, IT). */
export function onContextChange(listener: () => void, signal: AbortSignal): void {
  const handler = (_changes: unknown, area: string) => { if (area === 'local' || area === 'managed' || area === 'sync') listener(); };
  const api = extensionApi();
  if (!api) return;
  api.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(handler), { once: true });
}
