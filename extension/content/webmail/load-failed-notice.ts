// What the watcher (watch.ts) shows in an open editor when the background could not inject the
// page script: the runner's own "could not be loaded" error, in the page's language, so that a
// refused injection is never a silent nothing. It carries the group mark, so a runner that loads
// later replaces it.
import { translate, type Messages } from '../../../shared/core/i18n/translate.ts';
import type { EventEditor } from './adapter.ts';
import { BUILT_PROFILE } from './built-profile.ts';
import { contextLang } from './context.ts';
import { GROUP_ATTR, GROUP_SELECTOR, createMessageLine } from './group-mark.ts';
import { LOAD_FAILED_DE, LOAD_FAILED_EN, LOAD_FAILED_FR, LOAD_FAILED_NL } from './load-failed-words.ts';

const WORDS: Messages<'loadFailed'> = {
  fr: { loadFailed: LOAD_FAILED_FR }, en: { loadFailed: LOAD_FAILED_EN }, de: { loadFailed: LOAD_FAILED_DE }, nl: { loadFailed: LOAD_FAILED_NL },
};

export function showLoadFailed(doc: Document, editor: EventEditor): void {
  if (editor.root.querySelector(GROUP_SELECTOR)) return;
  const lang = contextLang(BUILT_PROFILE, undefined, doc);
  const notice = doc.createElement('div');
  notice.setAttribute(GROUP_ATTR, '');
  notice.lang = lang;
  const message = createMessageLine(doc);
  message.setAttribute('role', 'alert');
  message.textContent = translate(WORDS, lang, 'loadFailed', { app: BUILT_PROFILE.appName });
  message.hidden = false;
  notice.append(message);
  editor.mount.parent.insertBefore(notice, editor.mount.before);
}
