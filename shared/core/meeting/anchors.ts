/**
 * The visible text of HTML anchors, with the address each one opens. A click follows the href,
 * not the text: link detection uses this to refuse an address shown over another target
 * (`<a href="https://evil.example">https://visio…/abc-defg-hij</a>`). Scanned with indexOf rather
 * than one regular expression so that a body full of unclosed `<a` stays linear.
 */
export interface AnchorText {
  /** Where the anchor's content starts and ends in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The href as written (character references already decoded by the caller); null without one. */
  readonly href: string | null;
}

const OPEN = /<a(?=[\s>/])[^>]*>/gi;
const HREF = /(?:^|[\s"'/])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i;
const CLOSE = /<\/a\s*>/gi;

export function anchorTexts(html: string): AnchorText[] {
  const anchors: AnchorText[] = [];
  // The next `</a>` is remembered while it lies ahead: each part of the input is searched once.
  let close: number | null = null;
  let noMoreClose = false;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open !== null; open = OPEN.exec(html)) {
    const start = open.index + open[0].length;
    // The content ends at `</a>`, or where the next anchor opens (HTML closes an open `a` there).
    OPEN.lastIndex = start;
    if (!noMoreClose && (close === null || close < start)) {
      CLOSE.lastIndex = start;
      const found = CLOSE.exec(html);
      close = found === null ? null : found.index;
      noMoreClose = found === null;
    }
    const nextOpen = OPEN.exec(html);
    const end = Math.min(close ?? html.length, nextOpen === null ? html.length : nextOpen.index);
    const length = end - start;
    OPEN.lastIndex = end;
    const href = HREF.exec(open[0].slice(2, -1));
    anchors.push({ start, end: start + length, href: href === null ? null : (href[1] ?? href[2] ?? href[3] ?? '') });
  }
  return anchors;
}
