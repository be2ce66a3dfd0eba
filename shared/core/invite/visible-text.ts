import type { HtmlToken } from './html-tokens.ts';

/**
 * What a reader sees of an HTML body, as one string, with a map back to source offsets: character
 * references decoded (a client may write `═` as `&#9552;`), markup, comments and raw text left out,
 * a line break for each block-level tag (so the last word of a paragraph and the first of the next
 * never run together). Our block's frame lines are searched for in this text.
 */
export interface VisibleText {
  readonly text: string;
  /** Source offset where the visible character at `index` comes from. */
  sourceStart(index: number): number;
  /** Source offset just after the visible character at `index`. */
  sourceEnd(index: number): number;
}

/** A run of visible characters and the source it comes from; `literal` runs map one to one. */
interface Segment {
  readonly visible: number;
  readonly length: number;
  readonly source: number;
  readonly sourceLength: number;
  readonly literal: boolean;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', boxH: '═', boxh: '─',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

function decodeReference(match: RegExpExecArray): string | null {
  const [, decimal, hex, name] = match;
  if (name !== undefined) return NAMED[name] ?? null;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
}

/** The visible text of `tokens[first..last]` (all by default): a 1 MB body is only read where frames may be. */
export function visibleText(source: string, tokens: readonly HtmlToken[], first = 0, last = tokens.length - 1): VisibleText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let visible = 0;
  const add = (text: string, sourceStart: number, sourceLength: number, literal: boolean): void => {
    if (text === '') return;
    parts.push(text);
    segments.push({ visible, length: text.length, source: sourceStart, sourceLength, literal });
    visible += text.length;
  };
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === 'text') {
      let from = token.start;
      const chunk = source.slice(token.start, token.end);
      if (!chunk.includes('&')) {
        add(chunk, token.start, chunk.length, true);
        continue;
      }
      REFERENCE.lastIndex = 0;
      for (let match = REFERENCE.exec(chunk); match !== null; match = REFERENCE.exec(chunk)) {
        const decoded = decodeReference(match);
        if (decoded === null) continue;
        const at = token.start + match.index;
        add(source.slice(from, at), from, at - from, true);
        add(decoded, at, match[0].length, false);
        from = at + match[0].length;
      }
      add(source.slice(from, token.end), from, token.end - from, true);
    } else if ((token.kind === 'open' || token.kind === 'close') && BLOCK_TAGS.has(token.name)) {
      add('\n', token.start, token.end - token.start, false);
    }
  }
  const text = parts.join('');

  const segmentAt = (index: number): Segment => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((segments[middle]?.visible ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const found = segments[low];
    if (found === undefined) throw new RangeError('visibleText: empty text has no characters');
    return found;
  };
  return {
    text,
    sourceStart(index) {
      const segment = segmentAt(index);
      return segment.literal ? segment.source + (index - segment.visible) : segment.source;
    },
    sourceEnd(index) {
      const segment = segmentAt(index);
      return segment.literal ? segment.source + (index - segment.visible) + 1 : segment.source + segment.sourceLength;
    },
  };
}
