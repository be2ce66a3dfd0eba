// The words of the popup and options pages in 'nl' (the invitation's are in invite-words.nl.ts),
// one chunk loaded by load-language.ts.
import { nl as core } from '../../shared/core/i18n/core-messages.nl.ts';
import { nl as ui } from '../../shared/ui/i18n/ui-messages.nl.ts';

export const words = { core, ui };
