// Cuts a feed into its components before any parsing, so that one broken event costs only itself
// (ical.js parses all or nothing: notes/icalendar.md §1.8), and reads the few facts needed to
// decide which events can fall in a window without parsing the rest.

/** One content line: `NAME;PARAM=…:value`, split on the first colon outside double quotes. */
export interface ContentLine {
  /** Upper case. */
  readonly name: string;
  /** The raw parameter text after the name, starting with `;` (empty when none). */
  readonly params: string;
  readonly value: string;
}

export function splitContentLine(line: string): ContentLine | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const semicolon = line.indexOf(';');
  // Common case: no parameters, or parameters without quotes before the first colon.
  if (semicolon < 0 || semicolon > colon) return { name: line.slice(0, colon).toUpperCase(), params: '', value: line.slice(colon + 1) };
  const quote = line.indexOf('"', semicolon);
  if (quote < 0 || quote > colon) {
    return { name: line.slice(0, semicolon).toUpperCase(), params: line.slice(semicolon, colon), value: line.slice(colon + 1) };
  }
  let quoted = false;
  for (let i = semicolon; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted; // "
    else if (!quoted && c === 58) { // :
      return { name: line.slice(0, semicolon).toUpperCase(), params: line.slice(semicolon, i), value: line.slice(i + 1) };
    }
  }
  return null;
}

/** The value of one parameter (`TZID`), quotes removed, or null. */
export function paramValue(params: string, name: string): string | null {
  const pattern = new RegExp(`;${name}=("([^"]*)"|[^;:]*)`, 'i');
  const match = pattern.exec(params);
  if (!match) return null;
  return match[2] ?? match[1] ?? null;
}

/** A block's text with folds joined (CRLF, LF or CR line ends, SPACE or TAB continuations). */
export function unfold(text: string): string {
  return text.indexOf('\n ') < 0 && text.indexOf('\n\t') < 0 ? text : text.replace(/\r?\n[ \t]/g, '');
}

/**
 * Calls `visit` with each unfolded line of `text` whose first two characters (char codes, ORed
 * with 32 to ignore case) pass `wanted`, skipping the others without copying them: the pre-scan
 * reads a few properties of every event and none of the long descriptions.
 */
export function eachLineStartingWith(text: string, wanted: (first: number, second: number) => boolean, visit: (line: string) => void): void {
  let position = 0;
  const length = text.length;
  while (position < length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = length;
    if (wanted(text.charCodeAt(position) | 32, text.charCodeAt(position + 1) | 32)) {
      let line = text.slice(position, end > position && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      // Continuation lines (SPACE or TAB) belong to this line.
      while (end + 1 < length && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9)) {
        const next = text.indexOf('\n', end + 1);
        const stop = next < 0 ? length : next;
        line += text.slice(end + 2, stop > end + 1 && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
        end = stop;
      }
      visit(line);
    }
    position = end + 1;
  }
}

export interface RawEvent {
  /** Position in the feed, from 0: keeps "last one in the file" decisions stable. */
  readonly index: number;
  /** BEGIN:VEVENT … END:VEVENT as written (folded); an END is added when it was missing. */
  readonly text: string;
  /** An END was missing: the event was closed by the next BEGIN:VEVENT or the end of the file. */
  readonly unterminated: boolean;
}

export interface RawZone {
  readonly tzid: string;
  readonly text: string;
  /** Has at least one STANDARD or DAYLIGHT: an empty VTIMEZONE would read as UTC (notes §1.5). */
  readonly usable: boolean;
}

export interface SplitFeed {
  readonly events: RawEvent[];
  readonly zones: RawZone[];
  /** How many VCALENDARs the text held (concatenated feeds exist). */
  readonly calendars: number;
}

/** TEXT unescaping for a TZID property value (`Bangkok\, Hanoi` is the parameter `Bangkok, Hanoi`). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The component boundaries we cut at; VALARM and other nested components stay inside their event. */
const MARKER = /^(BEGIN|END):(VEVENT|VTIMEZONE|VCALENDAR)[ \t]*\r?$/gim;

/**
 * Cuts a feed into VEVENT and VTIMEZONE blocks by their BEGIN/END lines only, so a malformed line
 * stays inside its own block. A missing END is closed by the next BEGIN or the end of the file
 * (an Outlook bug); bare CR line ends (old Mac files) are read as line ends.
 */
export function splitFeed(input: string): SplitFeed {
  // A file's line ends are all of one kind: its first CR tells whether they are bare CRs.
  const firstCr = input.indexOf('\r');
  const text = firstCr >= 0 && input.charCodeAt(firstCr + 1) !== 10 ? input.replace(/\r\n?/g, '\n') : input;
  const events: RawEvent[] = [];
  const zones: RawZone[] = [];
  let calendars = 0;
  let open: { kind: string; start: number } | null = null;

  const close = (end: number, unterminated: boolean) => {
    if (!open) return;
    let body = text.slice(open.start, end).trimEnd();
    if (unterminated) body += `\r\nEND:${open.kind}`;
    if (open.kind === 'VEVENT') {
      events.push({ index: events.length, text: body, unterminated });
    } else {
      const unfolded = unfold(body);
      const tzid = /^TZID(?:;[^:\r\n]*)?:(.*?)\r?$/m.exec(unfolded)?.[1];
      if (tzid !== undefined) {
        zones.push({ tzid: unescapeText(tzid), text: body, usable: /^BEGIN:(STANDARD|DAYLIGHT)\s*$/im.test(unfolded) });
      }
    }
    open = null;
  };

  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
    const begin = (match[1] ?? '').toUpperCase() === 'BEGIN';
    const kind = (match[2] ?? '').toUpperCase();
    if (kind === 'VCALENDAR') {
      close(match.index, true);
      if (begin) calendars += 1;
    } else if (begin) {
      close(match.index, true);
      open = { kind, start: match.index };
    } else if (open?.kind === kind) {
      close(match.index + match[0].length, false);
    }
  }
  close(text.length, true);
  return { events, zones, calendars };
}
