// "Insérer un lien Visio" on editable fields, worded in the user's language (recreated when it changes).
import browser from 'webextension-polyfill';
import { translate } from '../../shared/core/i18n/translate.ts';
import { uiMessages } from '../../shared/ui/i18n/ui-messages.ts';
import { loadProfileState } from '../platform/profile-state.ts';
import { browserLanguages, uiLang } from '../platform/ui-lang.ts';
import { MENU_ID } from './event-names.ts';


export async function createContextMenu(): Promise<void> {
  const state = await loadProfileState();
  const title = translate(uiMessages, uiLang(state, browserLanguages()), 'insertMenu', { appName: state.profile.appName });
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title, contexts: ['editable'] });
}
