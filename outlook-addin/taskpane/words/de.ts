// taskpane-words.de.js: the task pane's shared words in 'de', a classic script the pane adds when
// its user reads de (load-words.ts). The task pane bundle holds French only.
import { de as core } from '../../../shared/core/i18n/core-messages.de.ts';
import { de as invite } from '../../../shared/core/invite/invite-messages.de.ts';
import { de as ui } from '../../../shared/ui/i18n/ui-messages.de.ts';
import { WORDS_GLOBAL, type PaneWords } from './pane-words.ts';

const words: PaneWords = { lang: 'de', core, invite, ui };
(globalThis as Record<string, unknown>)[WORDS_GLOBAL] = words;
