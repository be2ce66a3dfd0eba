// The background's everyday work, a chunk loaded on demand (background-chunks.ts): the context
// menu in the user's language, insert anywhere, the webmails the user added.
import { restoreWebmailRegistrations } from '../content/webmail/registration.ts';
import { createContextMenu } from './context-menu.ts';
import { insertIntoTab } from './insert-into-tab.ts';

export const actionsChunk = { createContextMenu, insertIntoTab, restoreWebmailRegistrations };

export type ActionsChunk = typeof actionsChunk;
