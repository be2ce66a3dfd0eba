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

// One cssText each (one parse) rather than a dozen style properties.
const BUTTON_STYLE = 'font:inherit;font-size:13px;line-height:1.3;padding:6px 12px;margin:0 8px 4px 0;border-radius:4px;cursor:pointer;border:1px solid #000091;';
const PRIMARY = 'background:#000091;color:#fff';
const SECONDARY = 'background:#fff;color:#000091';
const ACTIONS = ['add', 'join', 'remove'] as const;

interface GroupOptions {
  lang: Lang; appName: string; kind: string; onAction: (action: VisioAction) => void;
  /** The Add button's tooltip: the quick-add bubble's says that it opens the full editor. */
  addTitle?: 'addTitle' | 'quickAdd';
}

/**
 * A group is built every time an editor opens, inside the runner's measured scan: the first is
 * built with DOM calls, later ones are one `cloneNode` of it (a call per element from the
 * content script's world costs more than the clone: ~0.2 ms a group on SOGo).
 */
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();

function buildGroup(doc: Document, options: GroupOptions, t: (key: WebmailMessageKey) => string): HTMLElement {
  const group = doc.createElement('div');
  group.setAttribute(GROUP_ATTR, options.kind);
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('group'));
  group.lang = options.lang;
  group.style.cssText = 'margin:4px 0 8px;display:block';
  const [add, , remove] = ACTIONS.map((action) => {
    const button = doc.createElement('button');
    button.type = 'button'; // never submits the host's form
    button.dataset.visioAction = action;
    button.style.cssText = BUTTON_STYLE + (action === 'remove' ? SECONDARY : PRIMARY);
    group.append(button);
    return button;
  }) as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
  add.textContent = t('add');
  add.title = t(options.addTitle ?? 'addTitle');
  remove.textContent = t('remove');
  remove.title = t('removeTitle');
  group.append(createMessageLine(doc));
  return group;
}

export function createButtonGroup(doc: Document, options: GroupOptions): ButtonGroup {
  const t = (key: WebmailMessageKey, params: MessageParams = {}) =>
    translate(webmailMessages, options.lang, key, { app: options.appName, ...params });
  const prototypeKey = `${options.lang}\u0000${options.appName}\u0000${options.kind}\u0000${options.addTitle ?? ''}`;
  let byKey = prototypes.get(doc);
  if (!byKey) prototypes.set(doc, byKey = new Map());
  let prototype = byKey.get(prototypeKey);
  if (!prototype) byKey.set(prototypeKey, prototype = buildGroup(doc, options, t));
  const group = prototype.cloneNode(true) as HTMLElement;
  const [add, join, remove, message] = group.children as unknown as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement, HTMLParagraphElement];
  const buttons: Record<VisioAction, HTMLButtonElement> = { add, join, remove };

  // One listener for the three buttons (clones carry no listeners).
  group.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-visio-action]');
    if (!button || button.parentNode !== group) return;
    event.preventDefault();
    event.stopPropagation(); // the host must not treat it as a click on its own controls
    // The second click of a double-click: Add has turned into Join (Remove into Add) under the
    // pointer, and would open the new meeting or add one back (seen in Chromium on SOGo).
    if (event.detail > 1) return;
    options.onAction((button as HTMLButtonElement).dataset.visioAction as VisioAction);
  });

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
