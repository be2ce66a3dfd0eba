// VTIMEZONE text built from the platform's tz database (zone-offsets.ts), for an IANA zone.
import { offsetChanges, offsetMsAt, wallTimeAt, type OffsetChange, type WallTime } from './zone-offsets.ts';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatLocal(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.abs(Math.round(ms / 1000));
  const seconds = total % 60;
  const base = `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}`;
  return seconds ? `${base}${pad(seconds)}` : base;
}

/** TEXT escaping (RFC 5545 §3.3.11): a TZID such as `(UTC+07:00) Bangkok, Hanoi` holds commas. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** The wall time just before a change, which RFC 5545 uses as the observance's DTSTART. */
function onsetWall(change: OffsetChange): WallTime {
  return wallTimeAt('UTC', change.atMs + change.fromMs);
}

function observance(change: OffsetChange, rule?: string): string[] {
  // A change to a larger offset is daylight saving time (the usual case; good enough for a label).
  const kind = change.toMs > change.fromMs ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(onsetWall(change))}`,
    ...(rule ? [`RRULE:${rule}`] : []),
    `TZOFFSETFROM:${formatOffset(change.fromMs)}`,
    `TZOFFSETTO:${formatOffset(change.toMs)}`,
    `END:${kind}`,
  ];
}

function wrap(tzid: string, body: string[]): string[] {
  return ['BEGIN:VTIMEZONE', `TZID:${escapeText(tzid)}`, ...body, 'END:VTIMEZONE'];
}

function fixedOffset(zone: string, atMs: number): string[] {
  const offset = offsetMsAt(zone, atMs);
  return [
    'BEGIN:STANDARD', 'DTSTART:19700101T000000',
    `TZOFFSETFROM:${formatOffset(offset)}`, `TZOFFSETTO:${formatOffset(offset)}`,
    'END:STANDARD',
  ];
}

const yearStart = (year: number): number => Date.UTC(year, 0, 1) - 2 * 86_400_000;
const yearEnd = (year: number): number => Date.UTC(year + 1, 0, 1) + 2 * 86_400_000;

function changesInYear(zone: string, year: number): OffsetChange[] {
  return offsetChanges(zone, yearStart(year), yearEnd(year))
    .filter((change) => wallTimeAt('UTC', change.atMs + change.fromMs).year === year);
}

/** Candidate yearly rules for a change: "nth weekday of the month" and, near the end, "last weekday". */
function ruleCandidates(change: OffsetChange): string[] {
  const wall = onsetWall(change);
  const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()] ?? 'SU';
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  const candidates = [`FREQ=YEARLY;BYMONTH=${wall.month};BYDAY=${Math.ceil(wall.day / 7)}${weekday}`];
  if (wall.day + 7 > daysInMonth) candidates.unshift(`FREQ=YEARLY;BYMONTH=${wall.month};BYDAY=-1${weekday}`);
  return candidates;
}

/** Where a yearly rule puts its onset in `year` (same time of day as the template change). */
function ruleOnset(rule: string, template: WallTime, year: number): string | null {
  const match = /BYMONTH=(\d+);BYDAY=(-?\d)([A-Z]{2})/.exec(rule);
  if (!match) return null;
  const month = Number(match[1]);
  const nth = Number(match[2]);
  const weekday = WEEKDAYS.indexOf(match[3] as (typeof WEEKDAYS)[number]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days: number[] = [];
  for (let day = 1; day <= daysInMonth; day += 1) {
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) days.push(day);
  }
  const day = nth > 0 ? days[nth - 1] : days[days.length + nth];
  if (day === undefined) return null;
  return formatLocal({ ...template, year, month, day });
}

/**
 * A VTIMEZONE for an event in `year`: yearly rules (as calendar programs write them) when one rule
 * per change reproduces the zone's changes in the years around it, else the exact changes of those
 * years. Zones without changes get one fixed observance.
 */
export function vtimezoneForYear(tzid: string, zone: string, year: number): string[] {
  const years = [year - 1, year, year + 1];
  const perYear = years.map((y) => changesInYear(zone, y));
  const [previous, current, following] = perYear as [OffsetChange[], OffsetChange[], OffsetChange[]];
  if (previous.length === 0 && current.length === 0 && following.length === 0) {
    return wrap(tzid, fixedOffset(zone, Date.UTC(year, 6, 1)));
  }
  const sameShape = previous.length === current.length && following.length === current.length;
  if (sameShape) {
    const body: string[] = [];
    for (const [index, change] of previous.entries()) {
      const template = onsetWall(change);
      const rule = ruleCandidates(change).find((candidate) => perYear.every((changes, i) => {
        const actual = changes[index];
        return actual !== undefined && actual.fromMs === change.fromMs && actual.toMs === change.toMs
          && ruleOnset(candidate, template, years[i] ?? year) === formatLocal(onsetWall(actual));
      }));
      if (!rule) break;
      body.push(...observance(change, rule));
    }
    if (body.length > 0 && body.filter((line) => line.startsWith('BEGIN:')).length === previous.length) {
      return wrap(tzid, body);
    }
  }
  return wrap(tzid, exactBody(zone, year - 1, year + 1));
}

function exactBody(zone: string, fromYear: number, toYear: number): string[] {
  const changes = offsetChanges(zone, yearStart(fromYear), yearEnd(toYear));
  const first = changes[0];
  const startMs = Date.UTC(fromYear, 0, 1) - 3 * 86_400_000;
  const initial = first ? first.fromMs : offsetMsAt(zone, startMs);
  const body = [
    'BEGIN:STANDARD', `DTSTART:${formatLocal(wallTimeAt('UTC', startMs + initial))}`,
    `TZOFFSETFROM:${formatOffset(initial)}`, `TZOFFSETTO:${formatOffset(initial)}`, 'END:STANDARD',
  ];
  for (const change of changes) body.push(...observance(change));
  return body;
}

/**
 * A VTIMEZONE that gives `zone`'s exact offsets from `fromYear` to `toYear` (one observance per
 * change): used to read feeds that name an IANA zone without defining it.
 */
export function vtimezoneForRange(tzid: string, zone: string, fromYear: number, toYear: number): string[] {
  return wrap(tzid, exactBody(zone, fromYear, toYear));
}
