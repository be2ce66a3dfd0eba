import { CLOSING_PATTERN, MEET_SEPARATOR_PATTERN, OPENING_PATTERN, ROOM_LINK_PATTERN } from './frame.ts';
import type { VisibleText } from './visible-text.ts';

/** A framed block: source offsets from its opening frame's first character to just after its closing one. */
export interface FramedBlock {
  readonly start: number;
  readonly end: number;
}

/** One of our blocks: its range, and where its opening line ends and its closing line starts. */
export interface OurBlock extends FramedBlock {
  readonly openingEnd: number;
  readonly closingStart: number;
}

/** A block longer than this between its frame lines is not ours (a stray line far below is not a closing). */
const MAX_BLOCK_CHARS = 20_000;

/** The identity view of a plain-text body. */
export function plainView(text: string): VisibleText {
  return { text, sourceStart: (index) => index, sourceEnd: (index) => index + 1 };
}

function matches(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Our blocks, in order: an opening line, the nearest closing line after it with no other opening
 * in between, and a room link between the two (in the shown text or, in HTML, in an href), and no
 * line of Meet's (ours never hold one: a "block" around Meet's is two look-alike lines around it).
 * Text that merely looks like a frame (a lone line of `═`, one without a link) is not a block.
 */
export function findOurBlocks(source: string, view: VisibleText): OurBlock[] {
  if (!view.text.includes('═')) return [];
  const openings = matches(view.text, OPENING_PATTERN);
  const closings = matches(view.text, CLOSING_PATTERN);
  const blocks: OurBlock[] = [];
  let c = 0;
  let after = 0;
  openings.forEach((opening, k) => {
    if (opening.start < after) return;
    while (c < closings.length && (closings[c]?.start ?? 0) < opening.end) c += 1;
    const closing = closings[c];
    const nextOpening = openings[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    if (closing === undefined || closing.start >= nextOpening || closing.start - opening.end > MAX_BLOCK_CHARS) return;
    if (/─{10,}/.test(view.text.slice(opening.end, closing.start))) return;
    const start = view.sourceStart(opening.start);
    const end = view.sourceEnd(closing.end - 1);
    if (!ROOM_LINK_PATTERN.test(source.slice(start, end))) return;
    blocks.push({ start, end, openingEnd: view.sourceEnd(opening.end - 1), closingStart: view.sourceStart(closing.start) });
    after = closing.end;
  });
  return blocks;
}

/**
 * Blocks written by Meet's own Outlook add-in: two lines of at least ten `─` with a room link
 * between them (notes/visio-meet.md §3.1). We only ever look at them.
 */
export function findMeetBlocks(source: string, view: VisibleText): FramedBlock[] {
  if (!view.text.includes('─')) return [];
  const separators = matches(view.text, MEET_SEPARATOR_PATTERN);
  const blocks: FramedBlock[] = [];
  for (let i = 0; i + 1 < separators.length; i += 1) {
    const first = separators[i];
    const second = separators[i + 1];
    if (first === undefined || second === undefined || second.start - first.end > MAX_BLOCK_CHARS) continue;
    const start = view.sourceStart(first.start);
    const end = view.sourceEnd(second.end - 1);
    if (!ROOM_LINK_PATTERN.test(source.slice(start, end))) continue;
    blocks.push({ start, end });
    i += 1;
  }
  return blocks;
}
