// The message a webmail page script sends when an event editor first shows: the background answers
// by injecting the editor module (content/webmail-editor.js) into the sender's frame. Its own file:
// the background imports these names without pulling in any content-script code.

export const LOAD_WEBMAIL_EDITOR_MESSAGE = 'visio:load-webmail-editor';

/** The editor module's built file, relative to the extension root (scripts/build/content-scripts.ts). */
export const WEBMAIL_EDITOR_FILE = 'content/webmail-editor.js';

/** extension/background/load-webmail-editor.ts answers with this. */
export type LoadWebmailEditorAnswer = { readonly ok: true } | { readonly ok: false; readonly reason: string };
