// Shared by adapters: turns "the element that holds the description" into a DescriptionField,
// whatever the editor mode (plain textarea, contenteditable element, or a same-origin iframe
// whose body is editable: TinyMCE, Closure's goog.editor, Zimbra's ZmHtmlEditor).
import type { DescriptionField } from '../adapter.ts';

function isEditable(element: Element | null | undefined): element is HTMLElement {
  if (!element) return false;
  const flag = element.getAttribute('contenteditable');
  return flag === '' || flag === 'true' || flag === 'plaintext-only' || element.ownerDocument.designMode === 'on';
}

export function descriptionField(holder: Element | null): DescriptionField | null {
  if (!holder) return null;
  if (holder.tagName === 'TEXTAREA' || holder.tagName === 'INPUT') return { element: holder as HTMLTextAreaElement, format: 'text' };
  if (isEditable(holder)) return { element: holder as HTMLElement, format: 'html' };
  const inner = holder.querySelector('textarea:not([hidden]):not([style*="display: none"]), [contenteditable="true"], [role="textbox"][contenteditable]');
  if (inner) return descriptionField(inner);
  const frame = holder.tagName === 'IFRAME' ? holder as HTMLIFrameElement : holder.querySelector('iframe');
  let body: HTMLElement | null = null;
  try { body = frame?.contentDocument?.body ?? null; } catch { body = null; } // cross-origin: not ours to touch
  return isEditable(body) ? { element: body, format: 'html' } : null;
}
