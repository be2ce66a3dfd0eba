// RFC 5545 §3.1 content lines: at most 75 octets each (the leading space of a continuation line
// counts), CRLF line ends, and a fold never falls inside a UTF-8 sequence or a surrogate pair.

const LIMIT = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** One unfolded content line → its folded form, lines joined with CRLF + SPACE. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    // Continuation lines start with a space, which takes one of their 75 octets.
    const room = pieces.length === 0 ? LIMIT : LIMIT - 1;
    if (octets + size > room) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** Unfolded lines (any line ends) → folded iCalendar text ending with CRLF. */
export function foldContent(text: string): string {
  return text.split(/\r\n|\n|\r/).filter((line) => line !== '').map(foldLine).join('\r\n') + '\r\n';
}
