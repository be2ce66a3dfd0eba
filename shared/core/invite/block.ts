import { findMeetingLinks } from '../meeting/detect.ts';
import type { BlockPosition } from '../profile/profile.ts';
import { findMeetBlocks, findOurBlocks, plainView, type FramedBlock } from './find-frames.ts';
import { ROOM_LINK_PATTERN } from './frame.ts';
import { htmlBlockRange, htmlInsertionPoint, tokenIndexAt } from './html-body.ts';
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';
import { HTML_BLOCK_CLOSE, HTML_BLOCK_OPEN, type RenderedInvite } from './render.ts';
import { visibleText } from './visible-text.ts';

/**
 * Our invitation block in an event's description or body, plain text or HTML: insert (top or
 * bottom), replace (insert again), remove. The rules, which callers rely on:
 *
 * - Exact: `removeInvite(insertInvite(x, f, invite, p), f) === x` for every body `x` that holds no
 *   block of ours (one that does is a body after an insert, and inserting replaces its block).
 * - Idempotent: inserting again leaves one block; a new invite replaces the old block where it is.
 * - Rewritten bodies: the block is found by its visible frame lines and its room link, not by
 *   attributes, so it is still found, replaced and removed after a mail client strips classes and
 *   `data-*`, prefixes ids with `x_`, turns `div` into `p` or reflows whitespace; the user's text
 *   around it stays.
 * - Meet's own add-in block (lines of `─`) is never altered or deleted. When a body holds one,
 *   the event already has a Visio link: findExistingMeeting reports `meet-addin`, insertInvite
 *   returns the body unchanged (the caller tells the user) and removeInvite leaves it in place.
 * - HTML goes inside `<body>` when the body is a whole document, never before `<html>` or in `<head>`.
 */
export type BodyFormat = 'text' | 'html';

export interface ExistingMeeting {
  /** `ours`: our block; `meet-addin`: Meet's add-in block; `link`: a Visio link anywhere else. */
  readonly kind: 'ours' | 'meet-addin' | 'link';
  readonly url: string;
}

interface ParsedBody {
  readonly ours: readonly FramedBlock[];
  readonly meet: readonly FramedBlock[];
  /** Source ranges to take out or replace for each of `ours`, framing markup included. */
  readonly ranges: readonly FramedBlock[];
  /** The HTML body's tokens (none for text). */
  readonly tokens: readonly HtmlToken[];
}

/**
 * Where a frame character may be in HTML source, written or as a character reference. Bodies
 * without one (most of them) are not read further; others only between the first and last one.
 */
const FRAME_HINT = /[═─]|&#0*(?:9552|9472);|&#x0*(?:2550|2500);|&box[Hh];/gi;

function parseBody(body: string, format: BodyFormat): ParsedBody {
  if (format === 'text') {
    const view = plainView(body);
    const ours = findOurBlocks(body, view);
    return { ours, meet: findMeetBlocks(body, view), ranges: ours, tokens: [] };
  }
  const tokens = tokenizeHtml(body);
  FRAME_HINT.lastIndex = 0;
  const firstHint = FRAME_HINT.exec(body)?.index;
  if (firstHint === undefined) return { ours: [], meet: [], ranges: [], tokens };
  let lastHint = firstHint;
  for (let hint = FRAME_HINT.exec(body); hint !== null; hint = FRAME_HINT.exec(body)) lastHint = hint.index;
  const view = visibleText(body, tokens, tokenIndexAt(tokens, firstHint), tokenIndexAt(tokens, lastHint));
  const ours = findOurBlocks(body, view);
  return { ours, meet: findMeetBlocks(body, view), ranges: ours.map((block) => htmlBlockRange(body, tokens, block, block.openingEnd, block.closingStart)), tokens };
}

/** The Visio link in a block: one of the instances' if there is one, else the room link it shows. */
function linkIn(source: string, format: BodyFormat, instances: readonly string[]): string | null {
  const visio = findMeetingLinks(source, instances, { format }).find((link) => link.provider === 'visio');
  return visio?.url ?? ROOM_LINK_PATTERN.exec(source)?.[0] ?? null;
}

/**
 * What the body already has, first match wins: Meet's add-in block, our block, a Visio link of one
 * of `instances` anywhere (typed or pasted by someone). Null when there is none.
 */
export function findExistingMeeting(body: string, format: BodyFormat, instances: readonly string[]): ExistingMeeting | null {
  const { ours, meet } = parseBody(body, format);
  for (const [kind, blocks] of [['meet-addin', meet], ['ours', ours]] as const) {
    for (const block of blocks) {
      const url = linkIn(body.slice(block.start, block.end), format, instances);
      if (url !== null) return { kind, url };
    }
  }
  const link = findMeetingLinks(body, instances, { format }).find((found) => found.provider === 'visio');
  return link === undefined ? null : { kind: 'link', url: link.url };
}

function lineEnding(body: string): string {
  return body.includes('\r\n') ? '\r\n' : '\n';
}

/** The line ending our block was written with (its first one). */
function blockLineEnding(body: string, block: FramedBlock): string {
  return /\r\n|\r|\n/.exec(body.slice(block.start, block.end))?.[0] ?? lineEnding(body);
}

function checkInvite(invite: RenderedInvite, format: BodyFormat): string {
  const block = format === 'text' ? invite.text : invite.html;
  const parsed = parseBody(block, format);
  const whole = parsed.ranges.length === 1 && parsed.ranges[0]?.start === 0 && parsed.ranges[0].end === block.length;
  const wrapped = format === 'text' || (block.startsWith(HTML_BLOCK_OPEN) && block.endsWith(HTML_BLOCK_CLOSE));
  // A bug in the caller, not bad user input: a block we could not find again could never be removed.
  if (!whole || !wrapped) throw new TypeError('insertInvite: the invite must be a block made by renderInvite');
  return block;
}

/**
 * Takes `ranges` (in order) out of `body` from the last, clamping each cut to where the next one
 * began (the blank lines around two adjacent blocks are shared); `replacement`, when given, goes
 * in the first range's place instead.
 */
function cutRanges(body: string, ranges: readonly FramedBlock[], cut: (range: FramedBlock) => FramedBlock, replacement?: string): string {
  let result = body;
  let limit = body.length;
  for (let i = ranges.length - 1; i >= 0; i -= 1) {
    const range = ranges[i];
    if (range === undefined) continue;
    const taken = i === 0 && replacement !== undefined ? range : cut(range);
    const end = Math.min(taken.end, limit);
    result = result.slice(0, taken.start) + (i === 0 && replacement !== undefined ? replacement : '') + result.slice(end);
    limit = taken.start;
  }
  return result;
}

/**
 * The body with our block for `invite` (from renderInvite) at the `position` the profile asks for,
 * or in place of the block already there (so it is a replace when the meeting changed); extra
 * copies of our block are removed. Unchanged when the body holds Meet's add-in block.
 * Plain text: a blank line separates the block from the text, in the body's own line endings.
 * Throws a TypeError when `invite` is not a block renderInvite made (a caller's bug: a block we
 * could not find again could never be replaced or removed).
 */
export function insertInvite(body: string, format: BodyFormat, invite: RenderedInvite, position: BlockPosition): string {
  const block = checkInvite(invite, format);
  const parsed = parseBody(body, format);
  if (parsed.meet.length > 0) return body;
  if (format === 'text') {
    if (parsed.ranges.length > 0) {
      const first = parsed.ranges[0] ?? { start: 0, end: 0 };
      return cutRanges(body, parsed.ranges, (range) => textRemovalRange(body, range), block.replace(/\n/g, blockLineEnding(body, first)));
    }
    const eol = lineEnding(body);
    const text = block.replace(/\n/g, eol);
    if (body === '') return text;
    return position === 'top' ? `${text}${eol}${eol}${body}` : `${body}${eol}${eol}${text}`;
  }
  if (parsed.ranges.length > 0) return cutRanges(body, parsed.ranges, (range) => range, block);
  const point = htmlInsertionPoint(body, parsed.tokens, position);
  return body.slice(0, point) + block + body.slice(point);
}

/**
 * The text to take out with a plain-text block: the block and the blank line insertInvite put
 * between it and the text (exactly that, so remove∘insert is the identity). A block found
 * elsewhere (moved, or in a rewritten body) goes with at most one neighbouring line break pair.
 */
function textRemovalRange(body: string, block: FramedBlock): FramedBlock {
  const eol = blockLineEnding(body, block);
  const gap = eol + eol;
  if (block.start === 0 && block.end === body.length) return block;
  if (block.end === body.length && block.start >= gap.length && body.slice(block.start - gap.length, block.start) === gap) return { start: block.start - gap.length, end: block.end };
  if (block.start === 0 && body.startsWith(gap, block.end)) return { start: 0, end: block.end + gap.length };
  const after = /^[^\S\r\n]*(?:\r\n|\r|\n){1,2}/.exec(body.slice(block.end, block.end + 16))?.[0] ?? '';
  if (after !== '' && block.start > 0) return { start: block.start, end: block.end + after.length };
  const before = /(?:\r\n|\r|\n){1,2}[^\S\r\n]*$/.exec(body.slice(Math.max(0, block.start - 16), block.start))?.[0] ?? '';
  return { start: block.start - before.length, end: block.end + after.length };
}

/**
 * The body without our block(s), and nothing else changed: after insertInvite on a body without
 * one, exactly the body as it was. Meet's add-in block and every other link stay.
 */
export function removeInvite(body: string, format: BodyFormat): string {
  const parsed = parseBody(body, format);
  if (parsed.ranges.length === 0) return body;
  const cut = format === 'text' ? (range: FramedBlock) => textRemovalRange(body, range) : (range: FramedBlock) => range;
  return cutRanges(body, parsed.ranges, cut);
}
