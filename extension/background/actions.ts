// The background's everyday work, a chunk loaded on demand (background-chunks.ts): the context
// menu in the user's language, insert anywhere, the webmails the user added, and the resolved
// profile for the webmail content scripts.
import { restoreWebmailRegistrations } from '../content/webmail/registration.ts';
import type { ProfileStateAnswer } from '../content/webmail/profile-message.ts';
import { loadProfileState } from '../platform/profile-state.ts';
import { createContextMenu } from './context-menu.ts';
import { insertIntoTab } from './insert-into-tab.ts';

/**
 * The resolved profile for a content script. `locked` is a Set (not structured-clonable) and a
 * content script has no use for it.
 */
async function profileStateAnswer(): Promise<ProfileStateAnswer> {
  const { profile, settings, policyErrors } = await loadProfileState();
  return { profile, settings, policyErrors };
}

export const actionsChunk = { createContextMenu, insertIntoTab, restoreWebmailRegistrations, profileStateAnswer };

export type ActionsChunk = typeof actionsChunk;
