import { findMeetingLinks } from '../meeting/detect.ts';

/**
 * The meeting link in an event's location, next to whatever place the user typed there.
 * Outlook separates several locations with `; `, so that is our separator too:
 * `Salle 4.12` → `Salle 4.12; https://visio.numerique.gouv.fr/abc-defg-hij`.
 */
const SEPARATOR = '; ';
/** Stands for a removed link while the location is cut into parts (a control character no one types). */
const HOLE = '\u0000';
/** What may be left around a removed link: separators, dashes, a colon after a label, spaces. */
const EDGE_DEBRIS = /^[\s;,|:–—-]+|[\s;,|:–—-]+$/g;

interface Cleaned {
  readonly parts: string[];
  readonly removed: number;
}

/**
 * The location's places without its Visio links (links of `instances`): parts split on `;`,
 * trimmed, a part that held a link stripped of the separators left around it, empty parts dropped,
 * and exact repeats dropped (older Outlook on the web appended on every write, so the same room
 * and link could appear several times).
 */
function withoutVisioLinks(location: string, instances: readonly string[]): Cleaned {
  let holed = location.replaceAll(HOLE, '');
  let removed = 0;
  // findMeetingLinks reports each room once; repeats of a link are found on the next pass.
  for (let pass = 0; pass < 100; pass += 1) {
    const links = findMeetingLinks(holed, instances, { format: 'text' }).filter((link) => link.provider === 'visio');
    if (links.length === 0) break;
    removed += links.length;
    for (const link of [...links].sort((a, b) => b.index - a.index)) {
      holed = holed.slice(0, link.index) + HOLE + holed.slice(link.end);
    }
  }
  const parts: string[] = [];
  for (const raw of holed.split(';')) {
    // `Salle 4.12 (https://…)`: brackets around a removed link go with it.
    const part = raw.includes(HOLE) ? raw.replace(/[([<]\s*\u0000\s*[)\]>]/g, HOLE).replaceAll(HOLE, ' ').replace(/\s{2,}/g, ' ').replace(EDGE_DEBRIS, '') : raw.trim();
    if (part !== '' && !parts.includes(part)) parts.push(part);
  }
  return { parts, removed };
}

/**
 * The location with `url` as its meeting link: appended after the place the user typed, or in
 * place of the Visio link already there (a regenerated meeting), never twice.
 */
export function mergeLocation(location: string, url: string, instances: readonly string[]): string {
  const { parts, removed } = withoutVisioLinks(location, instances);
  if (removed === 0) {
    const kept = location.replace(/[\s;]+$/, '');
    return kept.trim() === '' ? url : `${kept}${SEPARATOR}${url}`;
  }
  return [...parts, url].join(SEPARATOR);
}

/**
 * The location without its Visio links and the separators that went with them; no trailing
 * space or `;`. A location without a Visio link comes back unchanged.
 */
export function removeFromLocation(location: string, instances: readonly string[]): string {
  const { parts, removed } = withoutVisioLinks(location, instances);
  return removed === 0 ? location : parts.join(SEPARATOR);
}
