import { findMeetingLinks, type FoundLink } from '../meeting/detect.ts';

/**
 * The meeting link in an event's location, next to whatever place the user typed there.
 * Outlook separates several locations with `; `, so that is our separator too:
 * `Salle 4.12` → `Salle 4.12; https://visio.numerique.gouv.fr/abc-defg-hij`.
 *
 * Exact: the user's text is kept byte for byte before the `; ` we add, and removing the link
 * takes off that `; <link>` and nothing else, so `removeFromLocation(mergeLocation(x))` is `x`
 * for every location without a Visio link that is not blank (a blank one becomes the link alone,
 * and comes back empty).
 */
const SEPARATOR = '; ';
/** A separator a person may have typed before a link: `;`, `,`, `|`, a colon after a label, a dash, or spaces. */
const SEPARATOR_BEFORE = /\s*(?:[;,|:–—-]\s*)?$/;
/** The same after a link at the start of the location (`https://…; Salle 4.12`). */
const SEPARATOR_AFTER = /^\s*(?:[;,|–—-]\s*)?/;
/** What may trail a link that ends the location: spaces and separators with nothing after them. */
const TRAILING_DEBRIS = /^[\s;,|]*$/;
/** Brackets a person put around a link: `Salle 4.12 (https://…)`. */
const OPEN_BRACKET = /\s*[([<]\s*$/;
const CLOSE_BRACKET = /^\s*[)\]>]/;

function visioLinks(location: string, instances: readonly string[]): FoundLink[] {
  return findMeetingLinks(location, instances, { format: 'text' }).filter((link) => link.provider === 'visio');
}

/** `location` without `link` and the one separator that goes with it (brackets around it go too). */
function cutLink(location: string, link: FoundLink): string {
  const before = location.slice(0, link.index);
  const after = location.slice(link.end);
  const open = OPEN_BRACKET.exec(before);
  const close = CLOSE_BRACKET.exec(after);
  if (open && close) return before.slice(0, open.index) + after.slice(close[0].length);
  // The separator we add, `; `, exactly: the user's text before it stays as it was, spaces included
  // (a webmail may have added spaces after our link; those are not the user's).
  if (after.trim() === '' && before.endsWith(SEPARATOR)) return before.slice(0, -SEPARATOR.length);
  if (before.trim() === '') return after.slice((SEPARATOR_AFTER.exec(after)?.[0] ?? '').length);
  const kept = before.slice(0, SEPARATOR_BEFORE.exec(before)?.index ?? before.length);
  return kept + (TRAILING_DEBRIS.test(after) ? '' : after);
}

/**
 * Older Outlook on the web appended the room and link on every write (`Salle 4.12; <link>;
 * Salle 4.12; <link>`): once the links are out, as many identical places as links were removed
 * are that one place written again by Outlook, not by the user.
 */
function withoutOutlookRepeats(location: string, removed: number): string {
  const parts = location.split(';').map((part) => part.trim());
  const [first] = parts;
  if (first === undefined || first === '' || parts.length < 2 || parts.length > removed) return location;
  return parts.every((part) => part === first) ? first : location;
}

/** The location without its Visio links; unchanged (same string) when it has none. */
function withoutVisioLinks(location: string, instances: readonly string[]): { text: string; removed: number } {
  let text = location;
  let removed = 0;
  // The last link first: cutting it leaves the positions of the others as they were found. Each
  // cut shortens the text, so this ends.
  for (let links = visioLinks(text, instances); links.length > 0; links = visioLinks(text, instances)) {
    const last = links.reduce((a, b) => (b.index > a.index ? b : a));
    text = cutLink(text, last);
    removed += 1;
  }
  return { text: removed >= 2 ? withoutOutlookRepeats(text, removed) : text, removed };
}

/**
 * The location with `url` as its meeting link: appended after the place the user typed (`; `
 * between them, the user's text untouched), or in place of the Visio link already there (a
 * regenerated meeting), never twice. A blank location becomes the link alone.
 */
export function mergeLocation(location: string, url: string, instances: readonly string[]): string {
  const { text } = withoutVisioLinks(location, instances);
  return text.trim() === '' ? url : `${text}${SEPARATOR}${url}`;
}

/**
 * The location without its Visio links: the `; ` mergeLocation added goes with ours, a link a
 * person typed goes with one separator next to it (and any separators left dangling at the end);
 * every other character stays. A location without a Visio link comes back unchanged.
 */
export function removeFromLocation(location: string, instances: readonly string[]): string {
  return withoutVisioLinks(location, instances).text;
}
