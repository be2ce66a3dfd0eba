// The contract between a webmail page script (DOM glue, injected into every calendar page) and the
// editor module (content/webmail-editor.js: the core's link detection and invitation code), which
// is loaded only when an event editor shows. The editor module leaves its functions on the content
// script's global under EDITOR_API: content scripts and scripts injected by
// scripting.executeScript share one isolated world per extension and frame (Chrome and Firefox).
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import type { EventEditor } from './adapter.ts';
import type { MeetingState } from './button-group.ts';
import type { ActionResult, Added, MeetingContext } from './meeting-actions.ts';
import type { WebmailMessageKey } from './messages.ts';

export const EDITOR_API = Symbol.for('visio-scheduler.webmail-editor');

/** What the buttons need from the core (meeting-actions.ts). */
export interface WebmailEditorApi {
  readState(editor: EventEditor, context: MeetingContext): MeetingState;
  addMeeting(editor: EventEditor, context: MeetingContext): ActionResult;
  removeMeeting(editor: EventEditor, context: MeetingContext): ActionResult;
  verifyStillThere(editor: EventEditor, context: MeetingContext, added: Added): LocalizedMessage<WebmailMessageKey> | null;
}

type Scope = { [EDITOR_API]?: WebmailEditorApi };

export function publishEditorApi(api: WebmailEditorApi, scope: object = globalThis): void {
  (scope as Scope)[EDITOR_API] = api;
}

/** The editor module's functions when it has run in this world, else null. */
export function publishedEditorApi(scope: object = globalThis): WebmailEditorApi | null {
  const api = (scope as Scope)[EDITOR_API];
  return typeof api?.readState === 'function' ? api : null;
}
