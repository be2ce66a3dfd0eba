// Every word of the popup and options pages in 'de', one chunk loaded by load-language.ts.
import { de as core } from '../../shared/core/i18n/core-messages.de.ts';
import { de as invite } from '../../shared/core/invite/invite-messages.de.ts';
import { de as ui } from '../../shared/ui/i18n/ui-messages.de.ts';

export const words = { core, invite, ui };
