import type { BlockPosition } from '../profile/profile.ts';
import type { FramedBlock } from './find-frames.ts';
import { isVoidElement, type HtmlToken } from './html-tokens.ts';
import { HTML_BLOCK_CLOSE, HTML_BLOCK_OPEN } from './render.ts';

/** Document-level tags: a block never owns them, and never goes before `<html>` or into `<head>`. */
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/** Head material a fragment may start with (Outlook on the web's `<meta>`, a pasted `<style>`). */
const HEAD_ELEMENTS = new Set(['meta', 'link', 'base', 'style', 'title', 'script']);

/**
 * Where a new block goes in an HTML body. A whole document (Word HTML from classic Outlook, the
 * `<html>` document Outlook on Mac returns): inside `<body>`, right after its start tag (top) or
 * right before its end tag (bottom). Not inside Word's `WordSection1` div: a client that turns
 * `div` into `p` would then hold our paragraphs in a paragraph, which the next parser splits,
 * leaving empty paragraphs behind after removal (found by block.property.test.ts). A fragment:
 * its start (after any head material it begins with) or its end. At the bottom, never after the start of an unterminated comment, tag or script: a browser
 * would swallow the block.
 */
export function htmlInsertionPoint(source: string, tokens: readonly HtmlToken[], position: BlockPosition): number {
  const bodyOpen = tokens.find((t) => t.kind === 'open' && t.name === 'body');
  if (position === 'top') {
    if (bodyOpen !== undefined) return bodyOpen.end;
    const headClose = tokens.find((t) => t.kind === 'close' && t.name === 'head');
    if (headClose !== undefined) return headClose.end;
    const htmlOpen = tokens.find((t) => t.kind === 'open' && t.name === 'html');
    if (htmlOpen !== undefined) return htmlOpen.end;
    return afterHeadMaterial(source, tokens);
  }
  const lastClose = (name: string) => findLast(tokens, (t) => t.kind === 'close' && t.name === name);
  const bodyClose = lastClose('body');
  if (bodyClose !== undefined && (bodyOpen === undefined || bodyClose.start >= bodyOpen.end)) return bodyClose.start;
  const htmlClose = lastClose('html');
  if (htmlClose !== undefined) return htmlClose.start;
  const last = tokens[tokens.length - 1];
  return last?.kind === 'unterminated' ? last.start : source.length;
}

/**
 * The start of a fragment's content: after a leading doctype, comments and head elements
 * (`<meta>`, `<style>…</style>`…) and the blank text between them; 0 when it starts with content.
 */
function afterHeadMaterial(source: string, tokens: readonly HtmlToken[]): number {
  let point = 0;
  let open: string | null = null;
  for (const token of tokens) {
    if (open !== null) {
      if (token.kind === 'close' && token.name === open) {
        point = token.end;
        open = null;
      } else if (token.kind !== 'raw') break;
    } else if (token.kind === 'comment') point = token.end;
    else if (token.kind === 'open' && HEAD_ELEMENTS.has(token.name)) {
      point = token.end;
      if (!isVoidElement(token.name) && !token.selfClosing) open = token.name;
    } else if (!isBlank(source, token)) break;
  }
  return open === null ? point : 0;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}

/** Index of the token holding source offset `offset`. */
export function tokenIndexAt(tokens: readonly HtmlToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((tokens[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Text a reader does not see as anything: spaces, line breaks, no-break spaces written as references. */
function isBlank(source: string, token: HtmlToken): boolean {
  return token.kind === 'text' && source.slice(token.start, token.end).replace(/&nbsp;|&#160;|&#xa0;/gi, '').trim() === '';
}

/**
 * Next to a frame line, what holds nothing: blank text, comments, and empty elements such as
 * Word's `<o:p></o:p>`. Returns the first index, from `index` walking by `step`, that holds something.
 */
function skipEmpty(source: string, tokens: readonly HtmlToken[], index: number, step: 1 | -1): number {
  let i = index;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return i;
    if (isBlank(source, token) || token.kind === 'comment') {
      i += step;
      continue;
    }
    // An empty element: its open and close tags side by side, blank text between allowed.
    let j = i + step;
    while (tokens[j] !== undefined && isBlank(source, tokens[j] as HtmlToken)) j += step;
    const [opening, closing] = step === 1 ? [token, tokens[j]] : [tokens[j], token];
    if (opening?.kind === 'open' && closing?.kind === 'close' && opening.name === closing.name && !DOCUMENT_TAGS.has(opening.name)) {
      i = j + step;
      continue;
    }
    return i;
  }
}

/** True when the tokens from `first` to `last` (inclusive) open and close the same elements, in order. */
function isBalanced(tokens: readonly HtmlToken[], first: number, last: number): boolean {
  const stack: string[] = [];
  for (let i = first; i <= last; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'open' && !token.selfClosing && !isVoidElement(token.name)) stack.push(token.name);
    else if (token?.kind === 'close' && !isVoidElement(token.name)) {
      if (stack.pop() !== token.name) return false;
    }
  }
  return stack.length === 0;
}

/**
 * The elements that wrap the text from `from` to `to` and nothing else, innermost first: the open
 * tags right before it matched by the close tags right after it (empty neighbours skipped). Returns
 * the text's own range, then one range per wrapping level.
 */
function wrappedLine(source: string, tokens: readonly HtmlToken[], from: number, to: number): FramedBlock[] {
  const levels: FramedBlock[] = [{ start: from, end: to }];
  const firstIndex = tokenIndexAt(tokens, from);
  const lastIndex = tokenIndexAt(tokens, to - 1);
  const first = tokens[firstIndex];
  const last = tokens[lastIndex];
  // The frame line must start and end its text: `Hello ════…` shares its text with the user's.
  if (first === undefined || last === undefined || source.slice(first.start, from).trim() !== '' || source.slice(to, last.end).trim() !== '') {
    return levels;
  }
  let before = firstIndex - 1;
  let after = lastIndex + 1;
  for (;;) {
    before = skipEmpty(source, tokens, before, -1);
    after = skipEmpty(source, tokens, after, 1);
    const open = tokens[before];
    const close = tokens[after];
    if (open?.kind !== 'open' || close?.kind !== 'close' || open.name !== close.name || DOCUMENT_TAGS.has(open.name)) return levels;
    levels.push({ start: open.start, end: close.end });
    before -= 1;
    after += 1;
  }
}

/**
 * The source range that holds our block, framing markup included, so that removing or replacing
 * it leaves the body as well-formed as it was. The frame lines are found by their visible text
 * (ids prefixed, classes stripped, font spans added, whitespace reflowed, `═` written `&#9552;`:
 * all the same); the block runs from the outermost element wrapping the opening line alone to the
 * outermost one wrapping the closing line alone. For the block as renderInvite wrote it, that is
 * exactly what insertInvite inserted (each frame line is a paragraph next to another of ours).
 * Elements around the whole block are left: they are the client's or the user's (Word's
 * `WordSection1`). When that range is not balanced, fewer wrapping levels on either side; then the
 * block as written (`<p>` before the opening line, `</p>` after the closing one) if it is there;
 * else only the frame lines and what lies between: empty elements may stay, the user's text stays.
 */
export function htmlBlockRange(source: string, tokens: readonly HtmlToken[], block: FramedBlock, openingEnd: number, closingStart: number): FramedBlock {
  const openings = wrappedLine(source, tokens, block.start, openingEnd).reverse();
  const closings = wrappedLine(source, tokens, closingStart, block.end).reverse();
  const balanced = (range: FramedBlock) => isBalanced(tokens, tokenIndexAt(tokens, range.start), tokenIndexAt(tokens, range.end - 1));
  // Widest first: the outermost wrappers of both frame lines, then fewer levels on either side.
  for (const opening of openings) {
    for (const closing of closings) {
      const range = { start: opening.start, end: closing.end };
      if (balanced(range)) return range;
    }
  }
  if (source.slice(block.start - HTML_BLOCK_OPEN.length, block.start) === HTML_BLOCK_OPEN && source.startsWith(HTML_BLOCK_CLOSE, block.end)) {
    return { start: block.start - HTML_BLOCK_OPEN.length, end: block.end + HTML_BLOCK_CLOSE.length };
  }
  return block;
}
