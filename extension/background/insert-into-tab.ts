// Insert anywhere: a fresh meeting, worded in the user's language, written at the caret of the
// focused field of the tab the user acted on. activeTab (granted by the menu click or the shortcut)
// is the only right used; no standing permission on the page.
import browser from 'webextension-polyfill';
import { renderInvite } from '../../shared/core/invite/render.ts';
import { newMeeting } from '../../shared/core/meeting/room.ts';
import { makeTranslator, wordMessage } from '../../shared/ui/i18n/word.ts';
import type { InsertOutcome, InsertPayload } from '../insert/payload.ts';
import { clearNotice, tellUser, type NoticeApis } from './insert-notice.ts';
import { loadProfileState } from '../platform/profile-state.ts';
import { rememberLink } from '../platform/recent-links.ts';
import { browserLanguages, uiLang } from '../platform/ui-lang.ts';

export type Target = { readonly tabId: number; readonly frameId?: number };

/** These run in the page's isolated world: self-contained (serialised), they call what insert.js left there under payload.ts's INSERT_GLOBAL and TOAST_GLOBAL names. */
function runInsert(payload: InsertPayload, anyFrame: boolean): Promise<InsertOutcome> {
  const insert = (globalThis as Record<string, unknown>)['__visioInsertAtCursor'] as (p: InsertPayload, a: boolean) => Promise<InsertOutcome>;
  return insert(payload, anyFrame);
}
function runToast(message: string): void {
  ((globalThis as Record<string, unknown>)['__visioShowToast'] as (m: string) => void)(message);
}

/** executeScript waits for a function's promise and hands back what it resolved to. */
async function inject<A extends unknown[], R>(target: Target, func: (...args: A) => R, args: A): Promise<Awaited<R>[]> {
  const scriptTarget = target.frameId === undefined ? { tabId: target.tabId, allFrames: true } : { tabId: target.tabId, frameIds: [target.frameId] };
  await browser.scripting.executeScript({ target: scriptTarget, files: ['insert.js'] });
  const results = await browser.scripting.executeScript({ target: scriptTarget, func: func as (...a: unknown[]) => unknown, args });
  return results.map((result) => result.result as Awaited<R>);
}

const notices: NoticeApis = {
  toast: (tabId, frameId, message) => inject({ tabId, frameId }, runToast, [message]),
  action: browser.action,
  defaultTitle: () => browser.i18n.getMessage('actionTitle'),
};

export async function insertIntoTab(target: Target): Promise<InsertOutcome> {
  const state = await loadProfileState();
  const lang = uiLang(state, browserLanguages());
  const t = makeTranslator(lang);
  if (state.policyErrors.length > 0) {
    const message = t('policyInvalid', { details: state.policyErrors.map((error) => wordMessage(lang, error)).join(' ') });
    await tellUser(notices, target.tabId, [target.frameId ?? 0, 0], message);
    return 'failed';
  }
  const meeting = newMeeting(state.profile);
  const invite = renderInvite(state.profile, lang, meeting);
  const payload: InsertPayload = { url: meeting.url, text: invite.text, html: invite.html, failedMessage: t('insertFailed', { url: meeting.url }) };
  let outcomes: InsertOutcome[];
  try {
    outcomes = await inject(target, runInsert, [payload, target.frameId === undefined]);
  } catch {
    // The frame refuses scripts. A cross-origin editor frame does while its page does not: the
    // page's top frame then says so, with the link to copy; a page that refuses gets the badge.
    const inFrame = target.frameId !== undefined && target.frameId !== 0;
    await tellUser(notices, target.tabId, target.frameId === 0 ? [] : [0],
      inFrame ? t('insertRefusedFrame', { url: meeting.url }) : t('insertRefusedPage'), t('insertRefusedPage'));
    return 'failed';
  }
  // No frame reports the keyboard focus (it can sit in the browser's own UI when a shortcut fires):
  // the top frame's focused field is then the best guess, as the menu would have used it.
  if (outcomes.every((outcome) => outcome === 'not-focused')) {
    outcomes = await inject({ tabId: target.tabId, frameId: 0 }, runInsert, [payload, false]).catch(() => outcomes);
  }
  if (outcomes.includes('inserted')) {
    // The badge is cosmetic: a tab closed meanwhile must not turn a done insert into an error.
    await Promise.all([rememberLink(meeting.url), clearNotice(notices, target.tabId).catch(() => undefined)]);
    return 'inserted';
  }
  if (outcomes.includes('failed')) return 'failed';
  // The focus is in a frame no script came back from: one the browser keeps from us (another
  // site's editor frame). « Placez le curseur dans un champ » would be wrong: the user did.
  if (outcomes.includes('in-frame') && !outcomes.includes('no-field')) {
    await tellUser(notices, target.tabId, [0], t('insertRefusedFrame', { url: meeting.url }));
    return 'failed';
  }
  await tellUser(notices, target.tabId, [0], t('insertNoField'));
  return 'no-field';
}
