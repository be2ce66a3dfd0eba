/**
 * Turns an event body into text where links can be found with one pattern: iCalendar lines
 * unfolded and TEXT-unescaped, HTML character references decoded. Each character keeps the span of
 * the input it came from, so a link found in the clean text can be cut out of the original
 * (`index`/`end` of a FoundLink) without touching a byte around it.
 */
export interface MappedText {
  readonly text: string;
  /** Input offset where clean character i came from; null while the text is the input itself. */
  readonly starts: Int32Array | null;
  /** Input offset just after the span clean character i came from. */
  readonly ends: Int32Array | null;
}

export type TextFormat = 'text' | 'html' | 'ics';

/** RFC 5545 §3.1: a line break followed by one space or tab continues the previous line. */
const ICS_FOLD = /\r?\n[ \t]/g;
/** RFC 5545 §3.3.11 TEXT escapes. */
const ICS_ESCAPE = /\\([\\,;nN])/g;
/** The references that show up in mail and calendar HTML around links; others are left as written. */
const HTML_REFERENCE = /&(?:(amp|lt|gt|quot|apos|nbsp);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function identity(text: string): MappedText {
  return { text, starts: null, ends: null };
}

/** Applies one global replacement, composing the offsets with those `source` already had. */
export function rewrite(source: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  const pieces: Array<{ at: number; length: number; by: string }> = [];
  let growth = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match !== null; match = pattern.exec(source.text)) {
    const by = replace(match);
    pieces.push({ at: match.index, length: match[0].length, by });
    growth += by.length - match[0].length;
  }
  if (pieces.length === 0) return source;

  const { text } = source;
  const starts = new Int32Array(text.length + growth);
  const ends = new Int32Array(text.length + growth);
  const startOf = (i: number) => (source.starts === null ? i : (source.starts[i] ?? i));
  const endOf = (i: number) => (source.ends === null ? i + 1 : (source.ends[i] ?? i + 1));
  let out = '';
  let read = 0;
  let write = 0;
  const copyUpTo = (limit: number) => {
    out += text.slice(read, limit);
    for (; read < limit; read += 1, write += 1) {
      starts[write] = startOf(read);
      ends[write] = endOf(read);
    }
  };
  for (const piece of pieces) {
    copyUpTo(piece.at);
    const from = startOf(piece.at);
    const to = endOf(piece.at + piece.length - 1);
    out += piece.by;
    for (let k = 0; k < piece.by.length; k += 1, write += 1) {
      starts[write] = from;
      ends[write] = to;
    }
    read = piece.at + piece.length;
  }
  copyUpTo(text.length);
  return { text: out, starts, ends };
}

/** The input span `[index, end)` that clean characters `[from, to)` came from. */
export function inputSpan(mapped: MappedText, from: number, to: number): { index: number; end: number } {
  if (mapped.starts === null || mapped.ends === null) return { index: from, end: to };
  return { index: mapped.starts[from] ?? from, end: mapped.ends[to - 1] ?? to };
}

export function looksLikeIcs(input: string): boolean {
  return /^BEGIN:V(?:CALENDAR|EVENT)\r?$/m.test(input);
}

function decodeReference(match: RegExpExecArray): string {
  const [whole, name, decimal, hex] = match;
  if (name !== undefined) return NAMED[name] ?? whole;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
}

/**
 * HTML references are decoded in every format: a `&amp;` in a plain-text body is an HTML body that
 * was flattened, never a literal an address needs.
 */
export function cleanText(input: string, format: TextFormat): MappedText {
  let mapped = identity(input);
  if (format === 'ics') {
    mapped = rewrite(mapped, ICS_FOLD, () => '');
    mapped = rewrite(mapped, ICS_ESCAPE, (match) => (match[1] === 'n' || match[1] === 'N' ? '\n' : (match[1] ?? '')));
  }
  return rewrite(mapped, HTML_REFERENCE, decodeReference);
}
