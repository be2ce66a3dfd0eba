// Writes the HTML invitation into a contenteditable editor at the caret. Rich editors (ProseMirror,
// CKEditor, Quill, Draft…) keep their own model and only trust their paste handler, so a paste
// event carrying both flavours comes first; a plain contenteditable gets execCommand('insertHTML'),
// which fires input events and is undoable. The HTML is ours (renderInvite), never page data.

/** How long an editor that took the paste may take to show it (React or Lexical render after the event). */
const SETTLE_MS = 500;
const SETTLE_STEP_MS = 25;

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

/**
 * Where a real paste would start: the caret's element. In an empty editor the caret sits in the
 * editor element itself, whose parent is outside it, so the editor would never see the event.
 */
function pasteTarget(element: HTMLElement): Element {
  const anchor = document.getSelection()?.anchorNode ?? null;
  const at = anchor === null ? null : anchor.nodeType === Node.ELEMENT_NODE ? anchor as Element : anchor.parentElement;
  return at !== null && element.contains(at) ? at : element;
}

async function shows(element: HTMLElement, url: string): Promise<boolean> {
  for (let waited = 0; !holds(element, url); waited += SETTLE_STEP_MS) {
    if (waited >= SETTLE_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
  }
  return true;
}

export async function writeRichField(element: HTMLElement, text: string, html: string, url: string): Promise<boolean> {
  element.focus();
  const before = element.textContent ?? '';
  const paste = pasteEvent(text, html);
  if (paste) {
    pasteTarget(element).dispatchEvent(paste);
    // An editor that cancelled the paste took it: it writes it now or at its next render. Writing
    // as well would leave two invitations, so we only wait to see it (or report that we cannot).
    if (paste.defaultPrevented) return shows(element, url);
    // A plain contenteditable ignores synthetic pastes; an editor may also handle one uncancelled.
    if ((element.textContent ?? '') !== before) return holds(element, url);
  }
  return document.execCommand('insertHTML', false, html) && holds(element, url);
}
