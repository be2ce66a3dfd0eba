// What marks our controls in a webmail's editor, shared by the button group (button-group.ts) and
// the watcher's load-failure notice (load-failed-notice.ts), which must not pull the group's code
// and words into every page: one mark, so the runner replaces either (one group per editor).
export const GROUP_ATTR = 'data-visio-group';
export const GROUP_SELECTOR = `[${GROUP_ATTR}]`;

/** The message line under the buttons (`data-visio-message`), hidden until something is said. */
export function createMessageLine(doc: Document): HTMLParagraphElement {
  const message = doc.createElement('p');
  message.dataset.visioMessage = '';
  message.setAttribute('role', 'status');
  message.style.cssText = 'margin:2px 0;font-size:12px';
  message.hidden = true;
  return message;
}
