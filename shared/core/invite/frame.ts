/**
 * The visible frame of our invitation block, and of Meet's own add-in block.
 *
 * Mail clients rewrite bodies (attributes stripped, ids prefixed `x_`, `div` → `p`, whitespace
 * reflowed: notes/outlook-addin.md §5.2), so our block is found again by what a reader sees: an
 * opening line of `═` (U+2550) around a label, the meeting link, and a closing line of `═`.
 * Meet's official Outlook add-in frames its block with lines of `─` (U+2500, notes/visio-meet.md
 * §3.1) and deletes everything between its first and last such line: a different character keeps
 * each add-in from taking the other's block, and no line of ours ever holds ten `─` in a row.
 */

export const FRAME_CHAR = '═';
export const MEET_FRAME_CHAR = '─';

/** Runs of `═` on each side of the label in the opening line. */
const OPENING_SIDE = 12;
const MIN_CLOSING = 24;
const MAX_LABEL = 40;

/**
 * Opening line: `════════════ Visio ════════════`, found as two runs of at least 8 `═` around a
 * short label without `═` or line break (whitespace may have been reflowed, NBSP turned to space).
 * Closing line: a run of at least 20 `═` that is not part of an opening line.
 */
export const FRAME_RUN = /═{8,}/g;
export const OPENING_LABEL = /^[^\S\r\n]*[^═\s][^═\r\n]*$/;
/** The most characters between an opening line's two runs: the label (40) and spaces around it. */
export const MAX_LABEL_GAP = 82;
export const MIN_CLOSING_RUN = 20;
/** Meet's separator: a run of at least 10 `─` (its own detector's rule, meetingDetector.js). */
export const MEET_SEPARATOR_PATTERN = /─{10,}/g;

/**
 * A room link as any Meet instance makes it: https, a host, an optional path prefix and a last
 * segment in Meet's flexible slug form. Used to tell our block and Meet's from look-alike lines
 * when no instance list is at hand (insertInvite, removeInvite); findExistingMeeting then checks
 * the exact instance with detect.ts.
 */
export const ROOM_LINK_PATTERN = /https:\/\/[^\s<>"'/]+(?:\/[^\s<>"'/?#]+)*\/[A-Za-z]{3}-?[A-Za-z]{4}-?[A-Za-z]{3}(?![A-Za-z0-9-])/;

/** The label shown in the opening line: the app name, without frame characters or line breaks. */
export function frameLabel(appName: string): string {
  const label = neutralizeFrames(appName).replace(/[═\s]+/g, ' ').trim().slice(0, MAX_LABEL).trim();
  return label === '' ? 'Visio' : label;
}

/** The runs of `═` on each side of the opening line's label. */
export const OPENING_RUN = FRAME_CHAR.repeat(OPENING_SIDE);

export function openingLine(appName: string): string {
  return `${OPENING_RUN} ${frameLabel(appName)} ${OPENING_RUN}`;
}

/** The closing line is as wide as the opening one, so the block looks framed. */
export function closingLine(appName: string): string {
  return FRAME_CHAR.repeat(Math.max(MIN_CLOSING, openingLine(appName).length));
}

/**
 * Values and templates must not draw frame lines of their own: a notice holding `═══…` would end
 * our block early, one holding `──…` would make it look like Meet's. Runs of 3 or more are
 * shortened to 2 (still visible, never a frame).
 */
export function neutralizeFrames(value: string): string {
  return value.replace(/═{3,}/g, '══').replace(/─{3,}/g, '──');
}
