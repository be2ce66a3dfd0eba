// What the watcher (watch.ts) shows in an open editor when the background could not inject the
// page script: the runner's own "could not be loaded" error, in the page's language, so that a
// refused injection is never a silent nothing. It carries the group mark (button-group.ts), so a
// runner that loads later replaces it.
import { LOAD_FAILED } from './load-failed-words.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { contextLang } from './context.ts';
import type { EventEditor } from './adapter.ts';

const GROUP_ATTR = 'data-visio-group'; // button-group.ts GROUP_ATTR

export function showLoadFailed(doc: Document, editor: EventEditor): void {
  if (editor.root.querySelector(`[${GROUP_ATTR}]`)) return;
  const lang = contextLang(BUILT_PROFILE, undefined, doc);
  const notice = doc.createElement('div');
  notice.setAttribute(GROUP_ATTR, '');
  notice.lang = lang;
  const message = doc.createElement('p');
  message.dataset.visioMessage = '';
  message.setAttribute('role', 'alert');
  message.style.cssText = 'margin:2px 0;font-size:12px';
  message.textContent = LOAD_FAILED[lang].replace('{app}', BUILT_PROFILE.appName);
  notice.append(message);
  editor.mount.parent.insertBefore(notice, editor.mount.before);
}
