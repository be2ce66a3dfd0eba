// taskpane-words.nl.js: the task pane's shared words in 'nl', a classic script the pane adds when
// its user reads nl (load-words.ts). The task pane bundle holds French only.
import { nl as core } from '../../../shared/core/i18n/core-messages.nl.ts';
import { nl as invite } from '../../../shared/core/invite/invite-messages.nl.ts';
import { nl as ui } from '../../../shared/ui/i18n/ui-messages.nl.ts';
import { WORDS_GLOBAL, type PaneWords } from './pane-words.ts';

const words: PaneWords = { lang: 'nl', core, invite, ui };
(globalThis as Record<string, unknown>)[WORDS_GLOBAL] = words;
