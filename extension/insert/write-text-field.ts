// Writes into <input>/<textarea> at the caret the way typing would: execCommand('insertText') fires
// beforeinput/input that React, Vue and Angular listen to, and stays undoable with Ctrl+Z. Falls back
// to setRangeText + an input event where execCommand is refused. Text around the caret is kept.

/** Adds line breaks (textarea) or spaces (input) only where the invitation would touch other text. */
export function padForCaret(before: string, after: string, insert: string, separator: '\n' | ' '): string {
  const isSpace = separator === '\n' ? (c: string) => c === '\n' : (c: string) => /\s/.test(c);
  const lead = before !== '' && !isSpace(before.slice(-1)) ? separator : '';
  const trail = after !== '' && !isSpace(after.charAt(0)) ? separator : '';
  return `${lead}${insert}${trail}`;
}

function selection(element: HTMLInputElement | HTMLTextAreaElement): { start: number; end: number } | null {
  try {
    const { selectionStart: start, selectionEnd: end } = element;
    return start === null || end === null ? null : { start, end };
  } catch {
    return null; // type=email and friends have no selection API
  }
}

export function writeTextField(element: HTMLInputElement | HTMLTextAreaElement, insert: string, separator: '\n' | ' '): boolean {
  const original = element.value;
  const range = selection(element) ?? { start: original.length, end: original.length };
  const piece = padForCaret(original.slice(0, range.start), original.slice(range.end), insert, separator);
  const expected = original.slice(0, range.start) + piece + original.slice(range.end);
  element.focus();
  if (selection(element)) element.setSelectionRange(range.start, range.end);
  if (document.execCommand('insertText', false, piece) && element.value === expected) return true;
  if (element.value !== original) return element.value.includes(insert);
  // execCommand refused (or the field has no caret API): write the value the way a paste would.
  if (selection(element)) element.setRangeText(piece, range.start, range.end, 'end');
  else setNativeValue(element, expected);
  element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: piece }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return element.value === expected;
}

/** React tracks `value` through its own setter: the prototype's setter makes its onChange fire. */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
}
