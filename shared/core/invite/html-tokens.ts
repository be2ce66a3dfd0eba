/**
 * A small HTML tokeniser for invitation bodies (shared/core has no DOM: it runs in Outlook's
 * JavaScript-only event runtime). It only cuts the source into tags, text, comments and raw text,
 * with offsets, so that block.ts can read what a reader sees and change the source byte-exactly.
 * It follows HTML's tokenising rules where they matter here: quoted attribute values may hold `>`,
 * comments and `<script>`/`<style>`/`<title>`/`<textarea>` contents are not markup, and a `<` that
 * does not start a tag is text. A construct left open at the end (an unterminated comment, tag or
 * script) is reported as `unterminated`: nothing may be inserted after its start, a browser would
 * swallow it.
 */

export type HtmlToken =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'open'; readonly start: number; readonly end: number; readonly name: string; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly start: number; readonly end: number; readonly name: string }
  /** Comments, doctype, processing instructions: not shown, not part of the element tree. */
  | { readonly kind: 'comment'; readonly start: number; readonly end: number }
  /** The contents of a raw-text element (`<script>`, `<style>`, …): not markup, not shown. */
  | { readonly kind: 'raw'; readonly start: number; readonly end: number }
  | { readonly kind: 'unterminated'; readonly start: number; readonly end: number };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);

export function isVoidElement(name: string): boolean {
  return VOID.has(name);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const EQUALS = 61;

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

/**
 * End of a tag whose attributes start at `from`, or -1 when it never closes. A quote opens a value
 * only right after `=` (and spaces), as in HTML. A 1 MB body has a hundred thousand tags: each is
 * scanned once.
 */
function tagEnd(source: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = source.indexOf('>', i);
    if (gt === -1) return -1;
    // Look for `=` only up to that `>`: an indexOf would run on to the next `=` in the body.
    let eq = i;
    while (eq < gt && source.charCodeAt(eq) !== EQUALS) eq += 1;
    if (eq === gt) return gt + 1;
    i = eq + 1;
    while (isSpace(source[i])) i += 1;
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close === -1) return -1;
      i = close + 1;
    } else {
      // An unquoted value runs to a space or `>`; quotes and `=` inside it are plain characters.
      while (i < source.length && source[i] !== '>' && !isSpace(source[i])) i += 1;
    }
  }
}

const NAME = /[^\s/>]*/y;

function readName(source: string, from: number): number {
  NAME.lastIndex = from;
  NAME.exec(source);
  return NAME.lastIndex;
}

/**
 * Where the raw text of `<name>` ends: the start of its `</name` end tag, or -1. A case-blind
 * regex rather than a lower-cased copy: lower-casing may change a string's length (`İ`).
 */
function rawTextEnd(source: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(source)?.index ?? -1;
}

export function tokenizeHtml(source: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let i = 0;
  const flushText = (upTo: number): void => {
    if (upTo > textStart) tokens.push({ kind: 'text', start: textStart, end: upTo });
  };
  const unterminated = (start: number): HtmlToken[] => {
    flushText(start);
    tokens.push({ kind: 'unterminated', start, end: source.length });
    return tokens;
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) break;
    const next = source.charCodeAt(lt + 1);
    if (source.startsWith('<!--', lt)) {
      // `<!-->` and `<!--->` end at once (HTML's "abrupt closing of empty comment").
      const end = source.startsWith('>', lt + 4) ? lt + 5 : source.startsWith('->', lt + 4) ? lt + 6 : indexAfter(source, '-->', lt + 4);
      if (end === -1) return unterminated(lt);
      flushText(lt);
      tokens.push({ kind: 'comment', start: lt, end });
      i = textStart = end;
    } else if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = indexAfter(source, '>', lt + 2);
      if (end === -1) return unterminated(lt);
      flushText(lt);
      tokens.push({ kind: 'comment', start: lt, end });
      i = textStart = end;
    } else if (source[lt + 1] === '/' && !isAsciiLetter(source.charCodeAt(lt + 2))) {
      // `</>` is dropped, `</` and anything else but a letter opens a comment to the next `>`.
      if (lt + 2 >= source.length) return unterminated(lt);
      const end = indexAfter(source, '>', lt + 2);
      if (end === -1) return unterminated(lt);
      flushText(lt);
      tokens.push({ kind: 'comment', start: lt, end });
      i = textStart = end;
    } else if (source[lt + 1] === '/') {
      const nameEnd = readName(source, lt + 2);
      const end = tagEnd(source, nameEnd);
      if (end === -1) return unterminated(lt);
      flushText(lt);
      tokens.push({ kind: 'close', start: lt, end, name: source.slice(lt + 2, nameEnd).toLowerCase() });
      i = textStart = end;
    } else if (isAsciiLetter(next)) {
      const nameEnd = readName(source, lt + 1);
      const end = tagEnd(source, nameEnd);
      if (end === -1) return unterminated(lt);
      const name = source.slice(lt + 1, nameEnd).toLowerCase();
      flushText(lt);
      tokens.push({ kind: 'open', start: lt, end, name, selfClosing: source[end - 2] === '/' });
      i = textStart = end;
      // Everything after <plaintext> is text to a browser: nothing may go after its start.
      if (name === 'plaintext') {
        tokens.pop();
        return unterminated(lt);
      }
      if (RAW_TEXT.has(name)) {
        const rawEnd = rawTextEnd(source, name, end);
        // An element whose raw text never ends swallows everything after its start tag.
        if (rawEnd === -1) {
          tokens.pop();
          return unterminated(lt);
        }
        if (rawEnd > end) tokens.push({ kind: 'raw', start: end, end: rawEnd });
        i = textStart = rawEnd;
      }
    } else {
      i = lt + 1;
    }
  }
  flushText(source.length);
  return tokens;
}

function indexAfter(source: string, needle: string, from: number): number {
  const found = source.indexOf(needle, from);
  return found === -1 ? -1 : found + needle.length;
}
