// Where insert anywhere tells the user it could not write: a message in the page wherever the
// extension may run there (the frame the user acted in, else the tab's top frame: a cross-origin
// editor frame refuses scripts while its page accepts them), and the toolbar button only where the
// whole page refuses (browser pages, stores). That badge is per tab and stays until the tab
// navigates, so the next insert that works takes it down: a stale "!" would read as a new failure.
import type { Action } from 'webextension-polyfill';

export interface NoticeApis {
  /** Shows `message` as a toast in one frame; rejects where the browser refuses to run scripts. */
  readonly toast: (tabId: number, frameId: number, message: string) => Promise<unknown>;
  readonly action: Pick<Action.Static, 'setBadgeText' | 'setTitle'>;
  /** The toolbar button's own title, put back with the badge. */
  readonly defaultTitle: () => string;
}

/** Tries `frames` in order; when every one refuses, the badge and its tooltip carry `badgeMessage`. */
export async function tellUser(apis: NoticeApis, tabId: number, frames: readonly number[], message: string, badgeMessage = message): Promise<void> {
  for (const frameId of new Set(frames)) {
    try {
      await apis.toast(tabId, frameId, message);
      return;
    } catch {
      // This frame refuses scripts: the next one, then the toolbar button.
    }
  }
  await apis.action.setBadgeText({ tabId, text: '!' });
  await apis.action.setTitle({ tabId, title: badgeMessage });
}

export async function clearNotice(apis: NoticeApis, tabId: number): Promise<void> {
  await apis.action.setBadgeText({ tabId, text: '' });
  await apis.action.setTitle({ tabId, title: apis.defaultTitle() });
}
