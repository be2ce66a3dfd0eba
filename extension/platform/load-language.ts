// The words of the popup and options pages in the user's language: the build gives these pages
// the French message tables only (scripts/build/extension/lazy-languages.ts); this fetches the
// user's language, chunks of the extension's own files ('self' CSP), before the page shows words.
// The invitation's words come apart: the popup needs them only after its link shows (Host.loadInviteWords).
import { useCoreWords } from '../../shared/core/i18n/core-messages.lazy.ts';
import type { Lang } from '../../shared/core/i18n/lang.ts';
import { useUiWords } from '../../shared/ui/i18n/ui-messages.lazy.ts';

const chunks = {
  en: () => import('./words.en.ts'),
  de: () => import('./words.de.ts'),
  nl: () => import('./words.nl.ts'),
};

const inviteChunks = {
  en: () => import('./invite-words.en.ts'),
  de: () => import('./invite-words.de.ts'),
  nl: () => import('./invite-words.nl.ts'),
};

/** The page's words; with `invite: false` the invitation's wait for loadInviteWords(). */
export async function loadLanguage(lang: Lang, { invite = true }: { invite?: boolean } = {}): Promise<void> {
  if (lang === 'fr') return; // built in
  const { words } = await chunks[lang]();
  useCoreWords(lang, words.core);
  useUiWords(lang, words.ui);
  if (invite) await loadInviteWords(lang);
}

/** The invitation's words: the table module comes with the invitation code, so it is imported here too, not earlier. */
export async function loadInviteWords(lang: Lang): Promise<void> {
  if (lang === 'fr') return;
  const [{ useInviteWords }, { words }] = await Promise.all([import('../../shared/core/invite/invite-messages.lazy.ts'), inviteChunks[lang]()]);
  useInviteWords(lang, words);
}
