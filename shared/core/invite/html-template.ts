import type { LocalizedMessage } from '../i18n/translate.ts';
import { isVoidElement, tokenizeHtml } from './html-tokens.ts';
import type { InviteMessageKey } from './invite-messages.ts';
import { validateTemplate } from './template.ts';

/**
 * An organisation's HTML invitation template goes, as written, into every invitation of every
 * user: besides validateTemplate's checks it must hold no active content (scripts, frames,
 * forms, event handlers, `javascript:` links), no remote images (trackers), no document parts,
 * and it must be balanced, so that our block stays one piece in the body and can be removed.
 */
const FORBIDDEN = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'html', 'head', 'body', 'title', 'img', 'picture',
  'video', 'audio', 'source', 'canvas', 'noscript',
]);
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const ACTIVE_URL = /^\s*(?:javascript|data|vbscript):/i;

export function validateHtmlTemplate(html: string): LocalizedMessage<InviteMessageKey>[] {
  const errors = validateTemplate(html);
  const stack: string[] = [];
  const reported = new Set<string>();
  const report = (message: LocalizedMessage<InviteMessageKey>): void => {
    const id = JSON.stringify(message);
    if (!reported.has(id)) errors.push(message);
    reported.add(id);
  };
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'unterminated') report({ key: 'template.htmlUnbalanced', params: { tag: html.slice(token.start, token.start + 12) } });
    if (token.kind !== 'open' && token.kind !== 'close') continue;
    if (FORBIDDEN.has(token.name)) report({ key: 'template.htmlForbidden', params: { tag: `<${token.name}>` } });
    if (token.kind === 'open') {
      const attributes = html.slice(token.start + 1 + token.name.length, token.end - 1);
      for (const [, name = '', rawValue = ''] of attributes.matchAll(ATTRIBUTE)) {
        const value = rawValue.replace(/^["']|["']$/g, '').replace(/&#0*58;|&colon;/gi, ':');
        if (/^on/i.test(name) || ACTIVE_URL.test(value)) report({ key: 'template.htmlAttribute', params: { attribute: name } });
      }
      if (!token.selfClosing && !isVoidElement(token.name)) stack.push(token.name);
    } else if (!isVoidElement(token.name)) {
      const at = stack.lastIndexOf(token.name);
      // Elements opened inside and left open are reported; a close tag with no open one too.
      for (const name of at === -1 ? [token.name] : stack.splice(at).slice(1)) report({ key: 'template.htmlUnbalanced', params: { tag: name } });
    }
  }
  for (const name of stack) report({ key: 'template.htmlUnbalanced', params: { tag: name } });
  return errors;
}
