// Test fakes: what Outlook clients do to an HTML body between setAsync and the next getAsync
// (notes/outlook-addin.md §0.8, §5.2, §6: office-js#5296/#5320 classes and data-* stripped,
// #5501 div→span, OWA div→p class="elementToProof", classic Windows ids prefixed x_ and Word HTML
// with <head><style>, new Mac whole <html> documents, whitespace reflowed). A real HTML parser
// (jsdom) reads and re-serialises the body, as the clients do; each rewrite is applied to a body
// and to the same body with our block, and the two are compared.
import { JSDOM } from 'jsdom';

type DomElement = ReturnType<JSDOM['window']['document']['querySelector']> & object;
type DomNode = DomElement['childNodes'][number];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** One window for every fragment: a JSDOM per call would keep thousands of windows alive. */
let fragmentWindow: JSDOM | null = null;

/** Parses `html` (a whole document or a fragment), lets `change` edit the tree, serialises it back the same way. */
function viaDom(html: string, change: (root: DomElement, document: JSDOM['window']['document']) => void): string {
  if (/<html[\s>]/i.test(html)) {
    const dom = new JSDOM(html);
    try {
      change(dom.window.document.documentElement, dom.window.document);
      return dom.serialize();
    } finally {
      dom.window.close();
    }
  }
  fragmentWindow ??= new JSDOM('<!DOCTYPE html><body></body>');
  const { document } = fragmentWindow.window;
  const holder = document.createElement('div');
  holder.append(JSDOM.fragment(html));
  change(holder, document);
  return holder.innerHTML;
}

function elements(root: DomElement): DomElement[] {
  return [...root.querySelectorAll('*')];
}

function textNodes(root: DomNode): DomNode[] {
  const found: DomNode[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) found.push(node);
    else if (node.nodeType === ELEMENT_NODE && !['SCRIPT', 'STYLE', 'PRE', 'TEXTAREA', 'TITLE'].includes((node as DomElement).tagName)) {
      for (const child of [...node.childNodes]) walk(child);
    }
  };
  walk(root);
  return found;
}

/**
 * A body as any client hands it back: parsed and serialised, so well-formed (an unclosed `<a>`
 * is closed). Bodies we insert into come from a client, hence already like this.
 */
export function serialize(html: string): string {
  return viaDom(html, () => undefined);
}

/** Outlook on the web: `class` (but elementToProof) and `data-*` attributes removed. */
export function stripAttributes(html: string): string {
  return viaDom(html, (root) => {
    for (const element of elements(root)) {
      for (const attribute of [...element.attributes]) {
        if (attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
      }
      if (element.hasAttribute('class')) {
        if (element.classList.contains('elementToProof')) element.setAttribute('class', 'elementToProof');
        else element.removeAttribute('class');
      }
    }
  });
}

/** Classic Outlook on Windows: every id prefixed `x_`. */
export function prefixIds(html: string): string {
  return viaDom(html, (root) => {
    for (const element of elements(root)) {
      const id = element.getAttribute('id');
      if (id !== null) element.setAttribute('id', `x_${id}`);
    }
  });
}

/** Outlook on the web: each `div` becomes `<p class="elementToProof">` (or `span`, office-js#5501), attributes and children kept. */
export function renameDivs(html: string, to: 'p' | 'span' = 'p'): string {
  return viaDom(html, (root, document) => {
    for (const div of elements(root).filter((element) => element.tagName === 'DIV').reverse()) {
      const replacement = document.createElement(to);
      for (const attribute of [...div.attributes]) replacement.setAttribute(attribute.name, attribute.value);
      if (to === 'p') replacement.setAttribute('class', 'elementToProof');
      replacement.append(...div.childNodes);
      div.replaceWith(replacement);
    }
  });
}

/** Whitespace reflowed: runs in text collapsed to one space, whitespace between elements turned to CRLF. */
export function reflowWhitespace(html: string): string {
  return viaDom(html, (root) => {
    for (const node of textNodes(root)) {
      const text = node.textContent ?? '';
      node.textContent = text.trim() === '' ? '\r\n' : text.replace(/[\s\u00a0]+/g, ' ');
    }
  });
}

/** Outlook on the web's font spans (office-js#5296): each piece of text wrapped in a styled span. */
export function fontSpans(html: string): string {
  return viaDom(html, (root, document) => {
    for (const node of textNodes(root)) {
      if ((node.textContent ?? '').trim() === '') continue;
      const span = document.createElement('span');
      span.setAttribute('style', 'font-family: Aptos, Calibri, sans-serif; font-size: 12pt');
      node.replaceWith(span);
      span.append(node);
    }
  });
}

/** Classic Outlook's Word HTML paragraphs: `class="MsoNormal"` and an empty `<o:p></o:p>` closing each one. */
export function wordParagraphs(html: string): string {
  return viaDom(html, (root, document) => {
    for (const paragraph of elements(root).filter((element) => element.tagName === 'P')) {
      paragraph.setAttribute('class', 'MsoNormal');
      paragraph.append(document.createElement('o:p'));
    }
  });
}

/** Non-ASCII characters in text written as numeric character references (`═` → `&#9552;`). */
export function encodeCharacters(html: string): string {
  return html.replace(/(^|>)([^<]*)/g, (_whole, gt: string, text: string) =>
    gt + text.replace(/[^\x00-\x7f]/gu, (char) => `&#${char.codePointAt(0) ?? 0};`));
}

/** Classic Outlook on Windows: a Word HTML document, MsoNormal styles in <head>. */
export function wordDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<style><!--\r\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n--></style>',
    '</head>\r\n<body lang="FR" link="#0563C1" vlink="#954F72">\r\n<div class="WordSection1">\r\n',
    html,
    '\r\n</div>\r\n</body>\r\n</html>\r\n',
  ].join('');
}

/** New Outlook on Mac: the body comes back as a whole <html> document. */
export function macDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<html><head><meta charset="UTF-8"></head><body dir="auto">${html}</body></html>`;
}

export const REWRITES = {
  stripAttributes,
  prefixIds,
  divToP: (html: string) => renameDivs(html, 'p'),
  divToSpan: (html: string) => renameDivs(html, 'span'),
  reflowWhitespace,
  fontSpans,
  encodeCharacters,
  wordDocument,
  wordParagraphs,
  macDocument,
} as const;
export type RewriteName = keyof typeof REWRITES;

/** Applies rewrites in order (a client may do several, and a body may pass through several clients). */
export function rewrite(html: string, names: readonly RewriteName[]): string {
  return names.reduce((body, name) => REWRITES[name](body), html);
}
