// Writes the HTML invitation into a contenteditable editor at the caret. Rich editors (ProseMirror,
// CKEditor, Quill, Draft…) keep their own model and only trust their paste handler, so a paste
// event carrying both flavours comes first; a plain contenteditable gets execCommand('insertHTML'),
// which fires input events and is undoable. The HTML is ours (renderInvite), never page data.

function holds(element: HTMLElement, url: string): boolean {
  return (element.textContent ?? '').includes(url) || element.querySelector(`a[href="${CSS.escape(url)}"]`) !== null;
}

function pasteEvent(text: string, html: string): ClipboardEvent | null {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    data.setData('text/html', html);
    return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  } catch {
    return null;
  }
}

export function writeRichField(element: HTMLElement, text: string, html: string, url: string): boolean {
  element.focus();
  const before = element.textContent ?? '';
  const paste = pasteEvent(text, html);
  if (paste) {
    const target = document.getSelection()?.anchorNode?.parentElement ?? element;
    target.dispatchEvent(paste);
    // An editor that handled the paste cancels it; a plain contenteditable ignores synthetic pastes.
    if (paste.defaultPrevented && holds(element, url)) return true;
    if ((element.textContent ?? '') !== before) return holds(element, url);
  }
  if (document.execCommand('insertHTML', false, html) && holds(element, url)) return true;
  return false;
}
