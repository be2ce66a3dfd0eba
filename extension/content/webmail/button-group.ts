// The in-editor controls: Add, or Join (+ Remove for our own block), and a live message line.
// Built with DOM calls only (no innerHTML), styled inline so no stylesheet has to be injected.
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { translate, type MessageParams } from '../../../shared/core/i18n/translate.ts';
import { GROUP_ATTR, createMessageLine } from './group-mark.ts';
import { webmailMessages, type WebmailMessageKey } from './messages.ts';

export type VisioAction = 'add' | 'join' | 'remove';

/** What the event holds now, as far as the buttons are concerned. */
export type MeetingState =
  | { readonly kind: 'none' }
  | { readonly kind: 'existing'; readonly url: string; readonly removable: boolean; readonly provider: string };

/** `unavailable`: the editor module could not be loaded, no button can work (the message says why). */
export type GroupState = MeetingState | { readonly kind: 'unavailable' };

export interface ButtonGroup {
  readonly element: HTMLElement;
  render(state: GroupState): void;
  say(key: WebmailMessageKey, params?: MessageParams, tone?: 'status' | 'error'): void;
  /** Takes the last message away (the user moved on: another event in a reused dialog, an edit). */
  quiet(): void;
}

// One cssText each (one parse) rather than a dozen style properties: groups are built every time
// an editor opens, inside the runner's measured scan.
const BUTTON_STYLE = 'font:inherit;font-size:13px;line-height:1.3;padding:6px 12px;margin:0 8px 4px 0;border-radius:4px;cursor:pointer;border:1px solid #000091;';
const PRIMARY = 'background:#000091;color:#fff';
const SECONDARY = 'background:#fff;color:#000091';

export function createButtonGroup(
  doc: Document,
  options: {
    lang: Lang; appName: string; kind: string; onAction: (action: VisioAction) => void;
    /** The Add button's tooltip: the quick-add bubble's says that it opens the full editor. */
    addTitle?: 'addTitle' | 'quickAdd';
  },
): ButtonGroup {
  const t = (key: WebmailMessageKey, params: MessageParams = {}) =>
    translate(webmailMessages, options.lang, key, { app: options.appName, ...params });
  const group = doc.createElement('div');
  group.setAttribute(GROUP_ATTR, options.kind);
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('group'));
  group.lang = options.lang;
  group.style.cssText = 'margin:4px 0 8px;display:block';

  const buttons = {} as Record<VisioAction, HTMLButtonElement>;
  for (const action of ['add', 'join', 'remove'] as const) {
    const button = doc.createElement('button');
    button.type = 'button'; // never submits the host's form
    button.dataset.visioAction = action;
    button.style.cssText = BUTTON_STYLE + (action === 'remove' ? SECONDARY : PRIMARY);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation(); // the host must not treat it as a click on its own controls
      // The second click of a double-click: Add has turned into Join (Remove into Add) under the
      // pointer, and would open the new meeting or add one back (seen in Chromium on SOGo).
      if (event.detail > 1) return;
      options.onAction(action);
    });
    buttons[action] = button;
    group.append(button);
  }
  buttons.add.textContent = t('add');
  buttons.add.title = t(options.addTitle ?? 'addTitle');
  buttons.remove.textContent = t('remove');
  buttons.remove.title = t('removeTitle');

  const message = createMessageLine(doc);
  group.append(message);

  return {
    element: group,
    render(state) {
      buttons.add.hidden = state.kind !== 'none';
      buttons.join.hidden = state.kind !== 'existing';
      buttons.remove.hidden = !(state.kind === 'existing' && state.removable);
      if (state.kind === 'existing') {
        const visio = state.provider === 'visio';
        buttons.join.textContent = visio ? t('join') : t('joinOther', { provider: state.provider });
        buttons.join.title = t('joinTitle', { url: state.url });
        buttons.join.dataset.visioUrl = state.url;
      } else {
        delete buttons.join.dataset.visioUrl;
      }
    },
    say(key, params = {}, tone = 'status') {
      message.hidden = false;
      message.setAttribute('role', tone === 'error' ? 'alert' : 'status');
      message.dataset.visioMessage = tone;
      message.style.color = tone === 'error' ? '#ce0500' : '#18753c';
      message.textContent = t(key, params);
    },
    quiet() {
      if (message.hidden) return;
      message.hidden = true;
      message.textContent = '';
    },
  };
}
