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
  let quoted = false;
  let nameEnd = -1;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted; // "
    else if (!quoted && nameEnd < 0 && c === 59) nameEnd = i; // ;
    else if (!quoted && c === 58) { // :
      const end = nameEnd < 0 ? i : nameEnd;
      return { name: line.slice(0, end).toUpperCase(), params: line.slice(end, i), value: line.slice(i + 1) };
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

/** Unfolded lines: CRLF, LF or bare CR line ends; SPACE or TAB continuations; blank lines dropped. */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n').filter((line) => line.trim() !== '');
}

export interface RawEvent {
  /** Position in the feed, from 0: keeps "last one in the file" decisions stable. */
  readonly index: number;
  /** BEGIN:VEVENT … END:VEVENT, unfolded. */
  readonly lines: string[];
  /** An END was missing: the event was closed by the next BEGIN:VEVENT or the end of the file. */
  readonly unterminated: boolean;
}

export interface RawZone {
  readonly tzid: string;
  readonly lines: string[];
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

export function splitFeed(text: string): SplitFeed {
  const events: RawEvent[] = [];
  const zones: RawZone[] = [];
  let calendars = 0;
  let current: string[] | null = null;
  let currentKind: 'VEVENT' | 'VTIMEZONE' | null = null;
  let depth = 0;

  const close = (unterminated: boolean) => {
    if (!current || !currentKind) return;
    if (unterminated) current.push(`END:${currentKind}`);
    if (currentKind === 'VEVENT') {
      events.push({ index: events.length, lines: current, unterminated });
    } else {
      const tzidLine = current.map(splitContentLine).find((line) => line?.name === 'TZID');
      if (tzidLine) {
        const usable = current.some((line) => /^BEGIN:(STANDARD|DAYLIGHT)\s*$/i.test(line));
        zones.push({ tzid: unescapeText(tzidLine.value), lines: current, usable });
      }
    }
    current = null;
    currentKind = null;
    depth = 0;
  };

  for (const line of unfoldLines(text)) {
    const upper = line.length < 40 ? line.trim().toUpperCase() : '';
    if (upper === 'BEGIN:VCALENDAR') { close(true); calendars += 1; continue; }
    if (upper === 'END:VCALENDAR') { close(true); continue; }
    if (upper === 'BEGIN:VEVENT' || upper === 'BEGIN:VTIMEZONE') {
      if (current && currentKind === upper.slice(6)) close(true);
      if (!current) {
        current = [upper];
        currentKind = upper.slice(6) as 'VEVENT' | 'VTIMEZONE';
        depth = 1;
        continue;
      }
    }
    if (!current) continue;
    if (upper.startsWith('BEGIN:')) depth += 1;
    if (upper.startsWith('END:')) {
      depth -= 1;
      if (depth === 0) {
        current.push(upper);
        close(false);
        continue;
      }
    }
    current.push(line);
  }
  close(true);
  return { events, zones, calendars };
}
