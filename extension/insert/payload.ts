/** What the background hands to the page-side insert script (structured-cloned through scripting). */
export interface InsertPayload {
  /** Alone in an <input>. */
  readonly url: string;
  /** The invitation for a <textarea>. */
  readonly text: string;
  /** The invitation for a contenteditable editor. */
  readonly html: string;
  /** Shown in the page when nothing can be written, already in the user's language. */
  readonly failedMessage: string;
}

/** `in-frame`: the keyboard focus is in a child frame, which answers for itself if scripts may run there. */
export type InsertOutcome = 'inserted' | 'no-field' | 'failed' | 'not-focused' | 'in-frame';

/** Names of the functions insert.js leaves on the extension's isolated-world global. */
export const INSERT_GLOBAL = '__visioInsertAtCursor';
export const TOAST_GLOBAL = '__visioShowToast';
