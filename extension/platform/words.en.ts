// The words of the popup and options pages in 'en' (the invitation's are in invite-words.en.ts),
// one chunk loaded by load-language.ts.
import { en as core } from '../../shared/core/i18n/core-messages.en.ts';
import { en as ui } from '../../shared/ui/i18n/ui-messages.en.ts';

export const words = { core, ui };
