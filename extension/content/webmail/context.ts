// Where a content script gets its settings: it asks the background (`visio:profile-state`,
// extension/background/main.ts), the one place that layers the built profile, the user's settings
// and IT's policy. The script does not carry the resolver itself (~3.5 KB gzip). No answer, or a
// policy that exists but cannot be read or is invalid, blocks Add (fail closed).
import { pickLang, type Lang } from '../../../shared/core/i18n/lang.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { extensionApi } from './ext-api.ts';
import type { MeetingContext } from './meeting-actions.ts';
import { PROFILE_STATE_MESSAGE, type ProfileStateAnswer } from './profile-message.ts';

function isAnswer(value: unknown): value is ProfileStateAnswer {
  const answer = value as ProfileStateAnswer | null | undefined;
  const profile = answer?.profile;
  return typeof profile === 'object' && profile !== null && typeof profile.instanceUrl === 'string'
    && Array.isArray(profile.languages) && Array.isArray(answer!.policyErrors);
}

async function fromBackground(): Promise<ProfileStateAnswer | null> {
  try {
    const answer = await extensionApi()?.runtime.sendMessage({ type: PROFILE_STATE_MESSAGE });
    return isAnswer(answer) ? answer : null;
  } catch {
    return null;
  }
}

/** The page's language first (a French SOGo shows French buttons), then the browser's. */
export function contextLang(profile: Profile, settingsLang: Lang | undefined, doc: Document): Lang {
  if (settingsLang && profile.languages.includes(settingsLang)) return settingsLang;
  const tags = [doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])].filter(Boolean);
  return pickLang(tags, profile.languages);
}

/**
 * The built profile, blocked: what an editor shows before (or without) the background's answer.
 * `unanswered`: blocked because the background said nothing usable, not because of a policy;
 * boot.ts asks again on the next action.
 */
export function builtContext(doc: Document, blocked = true): MeetingContext {
  return { profile: BUILT_PROFILE, lang: contextLang(BUILT_PROFILE, undefined, doc), blocked, unanswered: blocked };
}

export async function loadContext(doc: Document): Promise<MeetingContext> {
  // Outside an extension (the adapters' fixture harness) there is neither a setting nor a policy
  // to read: the built profile is the whole truth.
  if (!extensionApi()) return builtContext(doc, false);
  const answer = await fromBackground();
  if (!answer) return builtContext(doc);
  return { profile: answer.profile, lang: contextLang(answer.profile, answer.settings.lang, doc), blocked: answer.policyErrors.length > 0 };
}

/** extension/platform/settings-store.ts keeps the user's settings under this storage.local key. */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * Calls `listener` when the user's settings or IT's policy change (options page, another tab,
 * a new policy); not for the extension's other local data (recent links, calendar caches).
 */
export function onContextChange(listener: () => void, signal: AbortSignal): void {
  const handler = (changes: unknown, area: string) => {
    if (area === 'managed' || (area === 'local' && typeof changes === 'object' && changes !== null && SETTINGS_STORAGE_KEY in changes)) listener();
  };
  const api = extensionApi();
  if (!api) return;
  api.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(handler), { once: true });
}
