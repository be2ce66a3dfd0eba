// A webmail page script asks for the editor module when an event editor first shows
// (extension/content/webmail/editor-loader.ts): the page scripts stay small, and the core's
// detection and invitation code reaches only the pages where someone edits an event. The module is
// injected into the asking frame; executeScript resolves after it ran, so the page script finds its
// functions on the shared content-script global as soon as this answer arrives.
// Registered by main.ts: browser.runtime.onMessage.addListener((message, sender) => handleLoadWebmailEditor(message, sender)).
import type { Browser, Runtime } from 'webextension-polyfill';
import { LOAD_WEBMAIL_EDITOR_MESSAGE, WEBMAIL_EDITOR_FILE, type LoadWebmailEditorAnswer } from '../content/webmail/editor-message.ts';

type Scripting = Pick<Browser['scripting'], 'executeScript'>;

/** The native promise API (Firefox's `browser`, Chrome's MV3 `chrome.scripting`): no polyfill needed for one call. */
function nativeScripting(): Scripting {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  return (scope.browser?.scripting ?? scope.chrome?.scripting) as Scripting;
}

/** Undefined for any other message (another listener answers it). */
export function handleLoadWebmailEditor(
  message: unknown,
  sender: Runtime.MessageSender,
  scripting: Scripting = nativeScripting(),
): Promise<LoadWebmailEditorAnswer> | undefined {
  if ((message as { type?: unknown } | null)?.type !== LOAD_WEBMAIL_EDITOR_MESSAGE) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false, reason: 'the request did not come from a tab' });
  return scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [WEBMAIL_EDITOR_FILE] })
    .then((): LoadWebmailEditorAnswer => ({ ok: true }))
    .catch((error: unknown): LoadWebmailEditorAnswer => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }));
}
