// The profile as the user lives it: the built profile, then the user's settings, then IT's policy
// (the core's resolveProfile does the layering, locks and validation).
import { browser } from './page-browser.ts';
import { resolveProfile } from '../../shared/core/profile/resolve-profile.ts';
import type { ProfileState, UserSettings } from '../../shared/ui/host.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { readManagedPolicy } from './managed-policy.ts';
import { loadSettings, saveSettings, SETTINGS_KEY } from './settings-store.ts';

export async function loadProfileState(): Promise<ProfileState> {
  const [policy, settings] = await Promise.all([readManagedPolicy(), loadSettings()]);
  const resolved = resolveProfile(BUILT_PROFILE, policy, settings);
  return { profile: resolved.profile, settings, locked: resolved.locked, policyErrors: resolved.errors };
}

/**
 * Locked fields are dropped before saving: a policy change later must not resurrect a stale value.
 * Under an invalid policy nothing is written: every field then counts as locked, so saving would
 * replace the user's settings with `{}`, and they are still needed once IT fixes the policy. The
 * state returned keeps its policyErrors, which tells the caller nothing was saved.
 */
export async function saveUserSettings(settings: UserSettings): Promise<ProfileState> {
  const current = await loadProfileState();
  if (current.policyErrors.length > 0) return current;
  const kept = Object.fromEntries(Object.entries(settings).filter(([field]) => !current.locked.has(field)));
  await saveSettings(kept);
  return loadProfileState();
}

export function onProfileStateChange(listener: (state: ProfileState) => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) void loadProfileState().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
