// The pages' stand-in for ui-messages.all.ts: French is built in; the page shell loads its user's language
// as a local chunk and hands it over with useUiWords() (extension/platform/load-language.ts).
// Until then a language reads the French words, the product's fallback.
import type { Lang } from '../../core/i18n/lang.ts';
import type { Messages } from '../../core/i18n/translate.ts';
import { fr, type UiMessageKey } from './ui-messages.fr.ts';

const tables: Record<Lang, Readonly<Record<UiMessageKey, string>>> = { fr, en: fr, de: fr, nl: fr };

export const uiMessages: Messages<UiMessageKey> = tables;

export function useUiWords(lang: Lang, words: Readonly<Record<UiMessageKey, string>>): void {
  tables[lang] = words;
}
