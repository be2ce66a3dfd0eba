import { FRAME_RUN, MAX_LABEL_GAP, MEET_SEPARATOR_PATTERN, MIN_CLOSING_RUN, OPENING_LABEL, ROOM_LINK_PATTERN } from './frame.ts';
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
 * Opening and closing lines in the visible text, from the maximal runs of `═` (one linear pass: a
 * single regex for the opening line backtracks quadratically on a long run of `═`). An opening
 * line is two runs of at least 8 around a short label on the same line; a closing line, a run of
 * at least 20 that is not part of an opening line.
 */
function frameLines(text: string): { openings: Array<{ start: number; end: number }>; closings: Array<{ start: number; end: number }> } {
  const runs = matches(text, FRAME_RUN);
  const openings: Array<{ start: number; end: number }> = [];
  const closings: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i] as { start: number; end: number };
    const next = runs[i + 1];
    if (next !== undefined && next.start - run.end <= MAX_LABEL_GAP && OPENING_LABEL.test(text.slice(run.end, next.start))) {
      openings.push({ start: run.start, end: next.end });
      i += 1;
    } else if (run.end - run.start >= MIN_CLOSING_RUN) {
      closings.push(run);
    }
  }
  return { openings, closings };
}

/**
 * Our blocks, in order: an opening line, the nearest closing line after it with no other opening
 * in between, and a room link between the two (in the shown text or, in HTML, in an href), and no
 * line of Meet's (ours never hold one: a "block" around Meet's is two look-alike lines around it).
 * Text that merely looks like a frame (a lone line of `═`, one without a link) is not a block.
 */
export function findOurBlocks(source: string, view: VisibleText): OurBlock[] {
  if (!view.text.includes('═')) return [];
  const { openings, closings } = frameLines(view.text);
  const blocks: OurBlock[] = [];
  let c = 0;
  openings.forEach((opening, k) => {
    while (c < closings.length && (closings[c]?.start ?? 0) < opening.end) c += 1;
    const closing = closings[c];
    const nextOpening = openings[k + 1]?.start ?? Number.POSITIVE_INFINITY;
    if (closing === undefined || closing.start >= nextOpening || closing.start - opening.end > MAX_BLOCK_CHARS) return;
    if (/─{10,}/.test(view.text.slice(opening.end, closing.start))) return;
    const start = view.sourceStart(opening.start);
    const end = view.sourceEnd(closing.end - 1);
    if (!ROOM_LINK_PATTERN.test(source.slice(start, end))) return;
    blocks.push({ start, end, openingEnd: view.sourceEnd(opening.end - 1), closingStart: view.sourceStart(closing.start) });
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
