/**
 * The visible text of HTML anchors, with the address each one opens. A click follows the href,
 * not the text: link detection uses this to refuse an address shown over another target
 * (`<a href="https://evil.example">https://visio…/abc-defg-hij</a>`). Stays linear on hostile
 * bodies (thousands of unclosed `<a`).
 */
export interface AnchorText {
  /** Where the anchor's content starts and ends in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The href as written (character references already decoded by the caller); null without one. */
  readonly href: string | null;
}

/** An anchor's start tag begins here; its end is the next `>` (found separately: see below). */
const OPEN = /<a(?=[\s>/])/gi;
const HREF = /(?:^|[\s"'/])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i;
const CLOSE = /<\/a\s*>/gi;

export function anchorTexts(html: string): AnchorText[] {
  const anchors: AnchorText[] = [];
  // The next `</a>` and `>` are remembered while they lie ahead: each part of the input is searched
  // once, even in `<a <a <a …` with no `>` (one pattern with `[^>]*>` would rescan to the end each time).
  let close: number | null = null;
  let noMoreClose = false;
  OPEN.lastIndex = 0;
  let open = OPEN.exec(html);
  while (open !== null) {
    const tagEnd = html.indexOf('>', open.index);
    if (tagEnd === -1) break;
    const start = tagEnd + 1;
    if (!noMoreClose && (close === null || close < start)) {
      CLOSE.lastIndex = start;
      const found = CLOSE.exec(html);
      close = found === null ? null : found.index;
      noMoreClose = found === null;
    }
    OPEN.lastIndex = start;
    const nextOpen = OPEN.exec(html);
    // The content ends at `</a>`, or where the next anchor opens (HTML closes an open `a` there).
    const end = Math.min(close ?? html.length, nextOpen === null ? html.length : nextOpen.index);
    const href = HREF.exec(html.slice(open.index + 2, tagEnd));
    anchors.push({ start, end, href: href === null ? null : (href[1] ?? href[2] ?? href[3] ?? '') });
    open = nextOpen;
  }
  return anchors;
}
