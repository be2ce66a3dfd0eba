// The words of the popup and options pages in 'de' (the invitation's are in invite-words.de.ts),
// one chunk loaded by load-language.ts.
import { de as core } from '../../shared/core/i18n/core-messages.de.ts';
import { de as ui } from '../../shared/ui/i18n/ui-messages.de.ts';

export const words = { core, ui };
