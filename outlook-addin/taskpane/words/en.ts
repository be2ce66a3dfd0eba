// taskpane-words.en.js: the task pane's shared words in 'en', a classic script the pane adds when
// its user reads en (load-words.ts). The task pane bundle holds French only.
import { en as core } from '../../../shared/core/i18n/core-messages.en.ts';
import { en as invite } from '../../../shared/core/invite/invite-messages.en.ts';
import { en as ui } from '../../../shared/ui/i18n/ui-messages.en.ts';
import { WORDS_GLOBAL, type PaneWords } from './pane-words.ts';

const words: PaneWords = { lang: 'en', core, invite, ui };
(globalThis as Record<string, unknown>)[WORDS_GLOBAL] = words;
