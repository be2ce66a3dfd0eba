import type { LocalizedMessage } from '../i18n/translate.ts';
import { decodeCharacterReferences } from './char-refs.ts';
import { isVoidElement, tokenizeHtml } from './html-tokens.ts';
import type { InviteMessageKey } from './invite-messages.ts';
import { validateTemplate } from './template.ts';

/**
 * An organisation's HTML invitation template goes, as written, into every invitation of every
 * user: besides validateTemplate's checks it must hold no active content (scripts, frames,
 * forms, event handlers, `javascript:` links), no remote images (trackers, also through a style's
 * `url(`), no document parts, and it must be balanced, so that our block stays one piece in the
 * body and can be removed. Values are checked as the browser reads them: character references
 * decoded, and for links the tab/newline/control characters a URL parser drops removed.
 */
const FORBIDDEN = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'html', 'head', 'body', 'title', 'img', 'picture',
  'video', 'audio', 'source', 'canvas', 'noscript',
]);
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const ACTIVE_URL = /^(?:javascript|data|vbscript):/i;
/** Attributes a browser follows or fetches as a URL: an unknown reference in their scheme is refused. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'cite', 'poster', 'data', 'lowsrc', 'dynsrc', 'ping', 'srcset', 'longdesc', 'usemap']);
/** CSS that fetches (trackers) or runs (old IE's expression). */
const ACTIVE_CSS = /url\(|expression\(|@import|image-set\(/;

/** What a URL parser sees: tab, CR, LF dropped anywhere, other controls and spaces at the start. */
function urlAsParsed(value: string): string {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').replace(/[\u0000-\u001f]/g, '');
}

function isActiveUrl(name: string, rawValue: string): boolean {
  const { text, unknownNamed } = decodeCharacterReferences(rawValue);
  const parsed = urlAsParsed(text);
  if (ACTIVE_URL.test(parsed)) return true;
  // `java&foo;script:`: what the reference turns into is unknown here, so the link is not trusted.
  const colon = parsed.indexOf(':');
  return URL_ATTRIBUTES.has(name.toLowerCase()) && unknownNamed && /&[a-zA-Z]/.test(colon === -1 ? parsed : parsed.slice(0, colon));
}

/** CSS as the engine reads it: comments gone, `\\72` escapes decoded, spaces and case ignored. */
function isActiveStyle(rawValue: string): boolean {
  const css = decodeCharacterReferences(rawValue).text
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?/g, (_all, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\([\s\S])/g, '$1');
  return ACTIVE_CSS.test(css.replace(/\s+/g, '').toLowerCase());
}

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
        const value = rawValue.replace(/^["']|["']$/g, '');
        if (/^on/i.test(name) || isActiveUrl(name, value)) report({ key: 'template.htmlAttribute', params: { attribute: name } });
        if (name.toLowerCase() === 'style' && isActiveStyle(value)) report({ key: 'template.htmlStyle', params: { attribute: name } });
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
