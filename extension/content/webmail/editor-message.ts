// The message a webmail page script sends when an event editor first shows: the background answers
// by injecting the editor module (content/webmail-editor.js) into the sender's frame. Its own file:
// the background imports these names without pulling in any content-script code.

export const LOAD_WEBMAIL_EDITOR_MESSAGE = 'visio:load-webmail-editor';

/** The editor module's built file, relative to the extension root (scripts/build/content-scripts.ts). */
export const WEBMAIL_EDITOR_FILE = 'content/webmail-editor.js';

/**
 * The message a webmail's watcher (watch.ts, the script every calendar page gets) sends when an
 * event editor first shows: the background injects that webmail's page script into the frame.
 */
export const LOAD_WEBMAIL_PAGE_MESSAGE = 'visio:load-webmail-page';

/** A webmail's page script (runner, buttons, words), injected on request (built by scripts/build/content-scripts.ts contentScriptEntries). */
export function webmailPageFile(kind: string): string {
  return `content/webmail-${kind}-page.js`;
}

/** extension/background/load-webmail-editor.ts answers both messages with this. */
export type LoadWebmailEditorAnswer = { readonly ok: true } | { readonly ok: false; readonly reason: string };
