// Finds the field the user is typing in, through shadow roots and same-origin frames' focus.

export type Field =
  | { readonly kind: 'input'; readonly element: HTMLInputElement }
  | { readonly kind: 'textarea'; readonly element: HTMLTextAreaElement }
  | { readonly kind: 'rich'; readonly element: HTMLElement };

/** Input types that hold free text (a URL fits); date, number, checkbox… do not. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

function deepActiveElement(doc: Document): Element | null {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

export function focusedField(doc: Document): Field | null {
  const element = deepActiveElement(doc);
  if (element instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled ? { kind: 'input', element } : null;
  }
  if (element instanceof HTMLTextAreaElement) {
    return !element.readOnly && !element.disabled ? { kind: 'textarea', element } : null;
  }
  if (element instanceof HTMLElement && element.isContentEditable) return { kind: 'rich', element };
  return null;
}

/** The focus sits in a child frame's document (the frame element is this document's active one). */
export function focusInChildFrame(doc: Document): boolean {
  const element = deepActiveElement(doc);
  return element instanceof HTMLIFrameElement || element?.localName === 'frame';
}
