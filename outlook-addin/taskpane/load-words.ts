// The task pane bundle is one classic script (Outlook clients load it with office.js) holding the
// shared message tables in French only (scripts/build/outlook.ts swaps in the .lazy.ts tables).
// Another language is a second local script, taskpane-words.<lang>.js, added when needed: a file of
// the add-in's own origin, so a strict 'self' script policy allows it.
import { useCoreWords } from '../../shared/core/i18n/core-messages.lazy.ts';
import type { Lang } from '../../shared/core/i18n/lang.ts';
import { useInviteWords } from '../../shared/core/invite/invite-messages.lazy.ts';
import { useUiWords } from '../../shared/ui/i18n/ui-messages.lazy.ts';
import { WORDS_GLOBAL, type PaneWords } from './words/pane-words.ts';

const loaded = new Set<Lang>(['fr']);

/** Adds `lang`'s words; if the file cannot load, that language reads French (the fallback). */
export async function loadWords(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  await new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = `taskpane-words.${lang}.js`;
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.append(script);
  });
  const words = (globalThis as Record<string, unknown>)[WORDS_GLOBAL] as PaneWords | undefined;
  if (words?.lang !== lang) return;
  useCoreWords(lang, words.core);
  useInviteWords(lang, words.invite);
  useUiWords(lang, words.ui);
  loaded.add(lang);
}
