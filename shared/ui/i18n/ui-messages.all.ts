// Every language of ui-messages.ts at once: for code that words messages synchronously in any language
// (background, Outlook commands, CLI, tests). The popup and options pages get ui-messages.lazy.ts instead
// (scripts/build/extension/lazy-languages.ts), which loads only the user's language.
import type { Messages } from '../../core/i18n/translate.ts';
import { de } from './ui-messages.de.ts';
import { en } from './ui-messages.en.ts';
import { fr, type UiMessageKey } from './ui-messages.fr.ts';
import { nl } from './ui-messages.nl.ts';

export const uiMessages: Messages<UiMessageKey> = { fr, en, de, nl };
