// The pages' stand-in for core-messages.all.ts: French is built in; the page shell loads its user's language
// as a local chunk and hands it over with useCoreWords() (extension/platform/load-language.ts).
// Until then a language reads the French words, the product's fallback.
import type { Lang } from './lang.ts';
import type { Messages } from './translate.ts';
import { fr, type CoreMessageKey } from './core-messages.fr.ts';

const tables: Record<Lang, Readonly<Record<CoreMessageKey, string>>> = { fr, en: fr, de: fr, nl: fr };

export const coreMessages: Messages<CoreMessageKey> = tables;

export function useCoreWords(lang: Lang, words: Readonly<Record<CoreMessageKey, string>>): void {
  tables[lang] = words;
}
