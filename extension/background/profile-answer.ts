// The resolved profile for the webmail content scripts, a chunk of its own (background-chunks.ts):
// every webmail page asks for it when it loads, and it needs the profile resolver alone, not the
// menu, insert or registration code.
import type { ProfileStateAnswer } from '../content/webmail/profile-message.ts';
import { loadProfileState } from '../platform/profile-state.ts';

/** `locked` is a Set (not structured-clonable) and a content script has no use for it. */
async function profileStateAnswer(): Promise<ProfileStateAnswer> {
  const { profile, settings, policyErrors } = await loadProfileState();
  return { profile, settings, policyErrors };
}

export const profileChunk = { profileStateAnswer };

export type ProfileChunk = typeof profileChunk;
