// Reading and writing event fields so that the webmail's framework registers the change
// (AngularJS, Vue, React and Backbone ignore a bare `.value =`), then reading back.
import type { DescriptionField, PlainField } from './adapter.ts';

/** By tag name: `instanceof` breaks across frames and Firefox's content-script wrappers. */
export function isPlain(element: Element): element is PlainField {
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
}

/** The plain value, or the rich editor's HTML. */
export function readDescription(field: DescriptionField): string {
  return isPlain(field.element) ? field.element.value : field.element.innerHTML;
}

function fire(element: Element, type: string): void {
  const view = element.ownerDocument.defaultView!;
  const event = type === 'input'
    ? new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })
    : new view.Event(type, { bubbles: true });
  element.dispatchEvent(event);
}

/** execCommand where it exists and is allowed; false otherwise (jsdom, refused commands). */
function exec(doc: Document, command: string, value?: string): boolean {
  try { return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value); } catch { return false; }
}

/**
 * Sets a plain field to `value` the way typing would be seen: the prototype's value setter
 * (React tracks the instance setter), then input, change and a keyup for Backbone views.
 * `insertText` mode replaces the selection through the editing pipeline instead (undo works,
 * React comboboxes see it); it falls back to the setter where execCommand is refused.
 * Returns true when the field holds `value` afterwards.
 */
export function writePlain(field: PlainField, value: string, mode: 'setter' | 'insertText' = 'setter'): boolean {
  if (field.value === value) return true;
  const doc = field.ownerDocument;
  if (mode === 'insertText') {
    field.focus();
    field.select();
    if (exec(doc, value === '' ? 'delete' : 'insertText', value) && field.value === value) {
      fire(field, 'change');
      return true;
    }
  }
  const view = doc.defaultView!;
  const proto = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  fire(field, 'input');
  fire(field, 'change');
  field.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true }));
  return field.value === value;
}

/**
 * Inserts our own invitation HTML (never page data) at the start or end of a rich editor, as
 * nodes of its own next to the user's nodes. Not execCommand('insertHTML'): Chromium merges the
 * first inserted paragraph into the user's last one, after which neither the block nor the
 * user's text can be taken apart again byte for byte. The editor hears an input event.
 */
export function insertRich(editor: HTMLElement, html: string, at: 'start' | 'end'): void {
  const doc = editor.ownerDocument;
  // An inert document: nothing in it runs or loads (no scripts, no image fetches) while parsed.
  const parsed = new doc.defaultView!.DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(doc.importNode(node, true));
  if (at === 'start') editor.insertBefore(fragment, editor.firstChild);
  else editor.append(fragment);
  fireRich(editor, 'insertFromPaste');
}

/** Removes our block's own nodes (whole children of the editor), leaving every other node as it was. */
export function removeRichNodes(editor: HTMLElement, nodes: readonly Node[]): void {
  if (nodes.length === 0) return;
  for (const node of nodes) node.parentNode?.removeChild(node);
  fireRich(editor, 'deleteContentBackward');
}

function fireRich(editor: HTMLElement, inputType: string): void {
  const view = editor.ownerDocument.defaultView!;
  editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType }));
}
