// Every word the shared UI (popup, options page, task pane) and the extension's in-page messages
// show, in the four product languages. French is the reference wording.
// One module per language (ui-messages.fr.ts, …) so the extension's pages load only their user's.
import { uiMessages } from './ui-messages.all.ts';
import { fr, type UiMessageKey } from './ui-messages.fr.ts';

export type { UiMessageKey };
export { uiMessages };

export function isUiMessageKey(key: string): key is UiMessageKey {
  return Object.hasOwn(fr, key);
}
