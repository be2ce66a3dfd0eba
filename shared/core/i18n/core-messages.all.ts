// Every language of core-messages.ts at once: for code that words messages synchronously in any language
// (background, Outlook commands, CLI, tests). The popup and options pages get core-messages.lazy.ts instead
// (scripts/build/extension/lazy-languages.ts), which loads only the user's language.
import type { Messages } from './translate.ts';
import { de } from './core-messages.de.ts';
import { en } from './core-messages.en.ts';
import { fr, type CoreMessageKey } from './core-messages.fr.ts';
import { nl } from './core-messages.nl.ts';

export const coreMessages: Messages<CoreMessageKey> = { fr, en, de, nl };
