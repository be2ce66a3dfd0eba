// The words of the popup and options pages in the user's language: the build gives these pages
// the French message tables only (scripts/build/extension/lazy-languages.ts); this fetches the
// user's language, one chunk of the extension's own files ('self' CSP), before the page shows words.
import { useCoreWords } from '../../shared/core/i18n/core-messages.lazy.ts';
import type { Lang } from '../../shared/core/i18n/lang.ts';
import { useInviteWords } from '../../shared/core/invite/invite-messages.lazy.ts';
import { useUiWords } from '../../shared/ui/i18n/ui-messages.lazy.ts';

const chunks = {
  en: () => import('./words.en.ts'),
  de: () => import('./words.de.ts'),
  nl: () => import('./words.nl.ts'),
};

export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'fr') return; // built in
  const { words } = await chunks[lang]();
  useCoreWords(lang, words.core);
  useInviteWords(lang, words.invite);
  useUiWords(lang, words.ui);
}
