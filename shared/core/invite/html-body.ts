import type { BlockPosition } from '../profile/profile.ts';
import type { FramedBlock } from './find-frames.ts';
import { isVoidElement, type HtmlToken } from './html-tokens.ts';
import { HTML_BLOCK_CLOSE, HTML_BLOCK_OPEN } from './render.ts';

/** Document-level tags: a block never owns them, and never goes before `<html>` or into `<head>`. */
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/**
 * Where a new block goes in an HTML body. A whole document (Word HTML from classic Outlook, the
 * `<html>` document Outlook on Mac returns): inside `<body>`, right after its start tag (top) or
 * right before its end tag (bottom). A fragment: its start or its end. At the bottom, never after
 * the start of an unterminated comment, tag or script: a browser would swallow the block.
 */
export function htmlInsertionPoint(source: string, tokens: readonly HtmlToken[], position: BlockPosition): number {
  const bodyOpen = tokens.find((t) => t.kind === 'open' && t.name === 'body');
  if (position === 'top') {
    if (bodyOpen !== undefined) return bodyOpen.end;
    const headClose = tokens.find((t) => t.kind === 'close' && t.name === 'head');
    if (headClose !== undefined) return headClose.end;
    const htmlOpen = tokens.find((t) => t.kind === 'open' && t.name === 'html');
    if (htmlOpen !== undefined) return htmlOpen.end;
    // A fragment: at its very start, or after a leading doctype or XML declaration.
    const first = tokens.find((t) => !isBlank(source, t));
    if (first?.kind === 'comment' && /^<(?:!doctype|\?xml)/i.test(source.slice(first.start, first.start + 9))) return first.end;
    return 0;
  }
  const lastClose = (name: string) => findLast(tokens, (t) => t.kind === 'close' && t.name === name);
  const bodyClose = lastClose('body');
  if (bodyClose !== undefined && (bodyOpen === undefined || bodyClose.start >= bodyOpen.end)) return bodyClose.start;
  const htmlClose = lastClose('html');
  if (htmlClose !== undefined) return htmlClose.start;
  const last = tokens[tokens.length - 1];
  return last?.kind === 'unterminated' ? last.start : source.length;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}

/** Index of the token holding source offset `offset`. */
function tokenIndexAt(tokens: readonly HtmlToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((tokens[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isBlank(source: string, token: HtmlToken): boolean {
  return token.kind === 'text' && source.slice(token.start, token.end).trim() === '';
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
 * The source range that holds our block, framing markup included, so that removing or replacing
 * it leaves the body as well-formed as it was.
 *
 * Exact path: the block as renderInvite wrote it (our wrapper right before the opening frame line,
 * our closing markup right after the closing one): exactly what insertInvite inserted.
 * Rewritten path (ids prefixed, `div` turned to `p`, spans added, whitespace reflowed): the frame
 * lines are found by their visible text; the elements that open right before the opening line and
 * close right after the closing line, with nothing else inside, are taken with them, as many
 * levels as keep the range balanced. They wrap nothing but the block, so no user text goes.
 */
export function htmlBlockRange(source: string, tokens: readonly HtmlToken[], block: FramedBlock): FramedBlock {
  if (source.slice(block.start - HTML_BLOCK_OPEN.length, block.start) === HTML_BLOCK_OPEN && source.startsWith(HTML_BLOCK_CLOSE, block.end)) {
    return { start: block.start - HTML_BLOCK_OPEN.length, end: block.end + HTML_BLOCK_CLOSE.length };
  }
  const firstIndex = tokenIndexAt(tokens, block.start);
  const lastIndex = tokenIndexAt(tokens, block.end - 1);
  const first = tokens[firstIndex];
  const last = tokens[lastIndex];
  if (first === undefined || last === undefined) return block;
  // The frame lines must start and end their text: `Hello ════…` shares its text with the user's.
  const opens: number[] = [];
  if (source.slice(first.start, block.start).trim() === '') {
    for (let i = firstIndex - 1; i >= 0; i -= 1) {
      const token = tokens[i];
      if (token === undefined) break;
      if (token.kind === 'open' && !DOCUMENT_TAGS.has(token.name) && !token.selfClosing && !isVoidElement(token.name)) opens.push(i);
      else if (!isBlank(source, token)) break;
    }
  }
  const closes: number[] = [];
  if (source.slice(block.end, last.end).trim() === '') {
    for (let i = lastIndex + 1; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token === undefined) break;
      if (token.kind === 'close' && !DOCUMENT_TAGS.has(token.name) && !isVoidElement(token.name)) closes.push(i);
      else if (!isBlank(source, token)) break;
    }
  }
  for (let levels = Math.min(opens.length, closes.length); levels > 0; levels -= 1) {
    const open = opens[levels - 1];
    const close = closes[levels - 1];
    if (open === undefined || close === undefined) continue;
    if (isBalanced(tokens, open, close)) {
      return { start: tokens[open]?.start ?? block.start, end: tokens[close]?.end ?? block.end };
    }
  }
  return block;
}
