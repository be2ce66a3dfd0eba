// A webmail's scripts come in steps, each injected by the background into the frame that asks:
// the watcher (the content script every calendar page gets, watch.ts) asks for the page script
// when an event editor first shows, and the page script asks for the editor module (the core's
// detection and invitation code, editor-loader.ts). A calendar page that is only read runs the
// watcher alone. executeScript resolves after the script ran, so the asker finds its functions on
// the shared content-script global as soon as this answer arrives. A refusal (no host permission,
// file missing) comes back as a reason the asker can show or log, never as a silent nothing.
// Registered by main.ts: browser.runtime.onMessage.addListener((message, sender) => handleLoadWebmailEditor(message, sender)).
import type { Browser, Runtime } from 'webextension-polyfill';
import { WEBMAIL_KINDS } from '../../shared/core/profile/profile.ts';
import {
  LOAD_WEBMAIL_EDITOR_MESSAGE, LOAD_WEBMAIL_PAGE_MESSAGE, WEBMAIL_EDITOR_FILE, webmailPageFile, type LoadWebmailEditorAnswer,
} from '../content/webmail/editor-message.ts';

type Scripting = Pick<Browser['scripting'], 'executeScript'>;

/** The native promise API (Firefox's `browser`, Chrome's MV3 `chrome.scripting`): no polyfill needed for one call. */
function nativeScripting(): Scripting {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  return (scope.browser?.scripting ?? scope.chrome?.scripting) as Scripting;
}

/** The file a message asks for; null when the message is not one of these two. */
function requestedFile(message: unknown): string | null | { refused: string } {
  const { type, kind } = (message ?? {}) as { type?: unknown; kind?: unknown };
  if (type === LOAD_WEBMAIL_EDITOR_MESSAGE) return WEBMAIL_EDITOR_FILE;
  if (type !== LOAD_WEBMAIL_PAGE_MESSAGE) return null;
  // Only our own files, named from the known kinds: the kind never becomes a path by itself.
  return (WEBMAIL_KINDS as readonly unknown[]).includes(kind) ? webmailPageFile(kind as string) : { refused: `unknown webmail kind ${JSON.stringify(kind)}` };
}

/** Undefined for any other message (another listener answers it). */
export function handleLoadWebmailEditor(
  message: unknown,
  sender: Runtime.MessageSender,
  scripting: Scripting = nativeScripting(),
): Promise<LoadWebmailEditorAnswer> | undefined {
  const file = requestedFile(message);
  if (file === null) return undefined;
  if (typeof file !== 'string') return Promise.resolve({ ok: false, reason: file.refused });
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false, reason: 'the request did not come from a tab' });
  return scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] })
    .then((): LoadWebmailEditorAnswer => ({ ok: true }))
    .catch((error: unknown): LoadWebmailEditorAnswer => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }));
}
