// The pages' stand-in for invite-messages.all.ts: French is built in; the page shell loads its user's language
// as a local chunk and hands it over with useInviteWords() (extension/platform/load-language.ts).
// Until then a language reads the French words, the product's fallback.
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/translate.ts';
import { fr, type InviteMessageKey } from './invite-messages.fr.ts';

const tables: Record<Lang, Readonly<Record<InviteMessageKey, string>>> = { fr, en: fr, de: fr, nl: fr };

export const inviteMessages: Messages<InviteMessageKey> = tables;

export function useInviteWords(lang: Lang, words: Readonly<Record<InviteMessageKey, string>>): void {
  tables[lang] = words;
}
