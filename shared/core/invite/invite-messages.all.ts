// Every language of invite-messages.ts at once: for code that words messages synchronously in any language
// (background, Outlook commands, CLI, tests). The popup and options pages get invite-messages.lazy.ts instead
// (scripts/build/extension/lazy-languages.ts), which loads only the user's language.
import type { Messages } from '../i18n/translate.ts';
import { de } from './invite-messages.de.ts';
import { en } from './invite-messages.en.ts';
import { fr, type InviteMessageKey } from './invite-messages.fr.ts';
import { nl } from './invite-messages.nl.ts';

export const inviteMessages: Messages<InviteMessageKey> = { fr, en, de, nl };
