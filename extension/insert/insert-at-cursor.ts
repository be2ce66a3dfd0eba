// Page-side entry (bundled alone as insert.js, injected on demand through activeTab + scripting):
// puts the right form of the invitation into the focused field. The background then calls the
// global functions this file leaves in the extension's isolated world (see payload.ts); the insert
// answers with a promise (a rich editor may show a paste after its next render), which
// scripting.executeScript waits for in Chrome and Firefox.
import { focusedField, focusInChildFrame } from './focused-field.ts';
import { INSERT_GLOBAL, TOAST_GLOBAL, type InsertOutcome, type InsertPayload } from './payload.ts';
import { showToast } from './toast.ts';
import { writeRichField } from './write-rich-field.ts';
import { writeTextField } from './write-text-field.ts';

/**
 * `anyFrame`: the shortcut runs this in every frame of the tab and only the frame holding the
 * keyboard focus may write; the context menu names its frame, which then writes whatever its focus.
 */
export async function insertAtCursor(payload: InsertPayload, anyFrame = false): Promise<InsertOutcome> {
  if (anyFrame && !document.hasFocus()) return 'not-focused';
  const field = focusedField(document);
  if (field === null) return focusInChildFrame(document) ? 'in-frame' : 'no-field';
  let written: boolean;
  try {
    written = field.kind === 'input' ? writeTextField(field.element, payload.url, ' ')
      : field.kind === 'textarea' ? writeTextField(field.element, payload.text, '\n')
        : await writeRichField(field.element, payload.text, payload.html, payload.url);
  } catch {
    written = false;
  }
  if (!written) showToast(payload.failedMessage);
  return written ? 'inserted' : 'failed';
}

Object.assign(globalThis, { [INSERT_GLOBAL]: insertAtCursor, [TOAST_GLOBAL]: showToast });
