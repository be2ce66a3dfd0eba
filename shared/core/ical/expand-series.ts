// The instances of a series (RRULE, RDATE, EXDATE) that start before a window's end, expanded by
// ical.js. ical.js has no "between" (issue #148): every expansion starts at DTSTART. For the rule
// shapes where it is exact, we start it instead a whole number of periods after DTSTART, just
// before the window (the notes' "seek", checked against full expansion in expand-series.test.ts).
import { ICAL, type IcalComponent, type IcalTime } from './ical.ts';

const DAY_MS = 86_400_000;
/** Margin before the window for the restart point: more than any zone's distance from UTC. */
const SEEK_MARGIN_MS = 3 * DAY_MS;
/** A series that yields more instances than this before the window end is cut there. */
export const MAX_INSTANCES = 100_000;

interface RecurLike {
  freq: string;
  interval: number;
  count?: number | null;
  parts: Record<string, unknown[]>;
}

function ruleOf(master: IcalComponent): RecurLike | null {
  const rules = master.getAllProperties('rrule');
  if (rules.length !== 1) return null;
  return rules[0]?.getFirstValue() as unknown as RecurLike;
}

function partNames(rule: RecurLike): string[] {
  return Object.keys(rule.parts ?? {}).filter((name) => (rule.parts[name]?.length ?? 0) > 0);
}

const onlyParts = (rule: RecurLike, allowed: string[]): boolean => partNames(rule).every((name) => allowed.includes(name));

export interface Seek {
  /** Where the rule restarts: a whole number of periods after DTSTART. */
  readonly anchor: IcalTime;
  /** The rule's COUNT minus the instances skipped, when it has one. */
  readonly remaining: number | null;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * With COUNT, skipping `periods` periods skips exactly `periods` instances only when every period
 * holds one instance and DTSTART is the first: one weekday (DTSTART's), one day of the month that
 * every month has (DTSTART's), or no BY part at all.
 */
function oneInstancePerPeriod(rule: RecurLike, start: IcalTime): boolean {
  const names = partNames(rule);
  if (names.length === 0) return !(rule.freq === 'YEARLY' && start.month === 2 && start.day === 29) && !(rule.freq === 'MONTHLY' && start.day > 28);
  const weekday = WEEKDAYS[start.dayOfWeek() - 1];
  const byDay = (rule.parts['BYDAY'] ?? []).map(String);
  const byMonthDay = (rule.parts['BYMONTHDAY'] ?? []).map(Number);
  if (rule.freq === 'WEEKLY') return names.length === 1 && byDay.length === 1 && byDay[0] === weekday;
  if (rule.freq !== 'MONTHLY' || names.length !== 1) return false;
  if (byMonthDay.length === 1) return byMonthDay[0] === start.day && start.day <= 28;
  const match = byDay.length === 1 ? /^(-?\d)([A-Z]{2})$/.exec(byDay[0] ?? '') : null;
  if (!match || match[2] !== weekday) return false;
  const nth = Number(match[1]);
  const daysInMonth = new Date(Date.UTC(start.year, start.month, 0)).getUTCDate();
  return nth === -1 ? start.day + 7 > daysInMonth : nth >= 1 && nth <= 4 && Math.ceil(start.day / 7) === nth;
}

/**
 * Where to restart the expansion so that it yields exactly the instances full expansion would
 * yield from there on, or null to expand from DTSTART. Phase-preserving shapes only; with COUNT
 * only when the instances skipped can be counted (oneInstancePerPeriod).
 */
export function seekStart(master: IcalComponent, start: IcalTime, fromMs: number): Seek | null {
  const rule = ruleOf(master);
  if (!rule || master.hasProperty('rdate')) return null;
  if (rule.count && !oneInstancePerPeriod(rule, start)) return null;
  const interval = Math.max(1, rule.interval || 1);
  const gapMs = fromMs - SEEK_MARGIN_MS - start.toUnixTime() * 1000;
  if (gapMs <= 0) return null;
  const seek = (anchor: IcalTime, periods: number): Seek | null =>
    periods < 1 ? null : { anchor, remaining: rule.count ? rule.count - periods : null };
  const anchor = start.clone();
  switch (rule.freq) {
    case 'DAILY': {
      if (partNames(rule).length > 0) return null;
      const periods = Math.floor(gapMs / (interval * DAY_MS));
      anchor.adjust(periods * interval, 0, 0, 0);
      return seek(anchor, periods);
    }
    case 'WEEKLY': {
      if (!onlyParts(rule, ['BYDAY'])) return null;
      if ((rule.parts['BYDAY'] ?? []).some((day) => !/^[A-Z]{2}$/.test(String(day)))) return null;
      const periods = Math.floor(gapMs / (interval * 7 * DAY_MS));
      anchor.adjust(periods * interval * 7, 0, 0, 0);
      return seek(anchor, periods);
    }
    case 'MONTHLY': {
      if (!onlyParts(rule, ['BYDAY', 'BYMONTHDAY', 'BYSETPOS'])) return null;
      if (!rule.parts['BYDAY'] && !rule.parts['BYMONTHDAY']) return null;
      const periods = Math.floor(gapMs / (31 * DAY_MS) / interval);
      const months = start.year * 12 + (start.month - 1) + periods * interval;
      // Day 1 of the month: the rule's BY parts, not DTSTART's day, choose the days.
      return seek(new ICAL.Time({
        year: Math.floor(months / 12), month: (months % 12) + 1, day: 1,
        hour: start.hour, minute: start.minute, second: start.second, isDate: start.isDate,
      }, start.zone), periods);
    }
    case 'YEARLY': {
      if (partNames(rule).length > 0 || (start.month === 2 && start.day === 29)) return null;
      const periods = Math.floor(gapMs / (366 * DAY_MS) / interval);
      anchor.year += periods * interval;
      return seek(anchor, periods);
    }
    default:
      return null;
  }
}

/**
 * RFC 5545 §3.3.10: a date that does not exist (31 April, 29 February in other years) is no
 * instance. ical.js moves it to the next month instead (EXPECTED.md, math-birthdays: Hollerith).
 */
function invalidDateMoved(rule: RecurLike | null, start: IcalTime, time: IcalTime): boolean {
  if (!rule || partNames(rule).length > 0) return false;
  if (rule.freq === 'YEARLY') return time.month !== start.month || time.day !== start.day;
  if (rule.freq === 'MONTHLY') return time.day !== start.day;
  return false;
}

export interface Instance {
  readonly time: IcalTime;
  /** End from an RDATE period; otherwise the caller adds the event's duration. */
  readonly end: IcalTime | null;
}

export interface ExpandOptions {
  /** Expand from DTSTART even where a restart would be exact (tests compare both). */
  readonly fromDtstart?: boolean;
}

/**
 * Calls `visit` for each instance in order until `pastEnd(time)` says it is past the window;
 * returns an error message when ical.js gave up on the rule (instances seen so far are kept).
 */
export function expandSeries(
  master: IcalComponent,
  start: IcalTime,
  fromMs: number,
  pastEnd: (time: IcalTime) => boolean,
  visit: (instance: Instance) => void,
  options: ExpandOptions = {},
): string | null {
  const rule = ruleOf(master);
  const seek = options.fromDtstart ? null : seekStart(master, start, fromMs);
  if (seek && seek.remaining !== null) {
    // Every instance of a counted series came before the restart point.
    if (seek.remaining <= 0) return null;
    if (rule) rule.count = seek.remaining;
  }
  try {
    // ical.js leaves DTSTART out of RDATE-only events (notes §1.4); RFC 5545 counts it.
    if (!master.hasProperty('rrule') && master.hasProperty('rdate') && !pastEnd(start)) visit({ time: start, end: null });
    const expansion = new ICAL.RecurExpansion({ component: master, dtstart: seek?.anchor ?? start });
    for (let count = 0; count < MAX_INSTANCES; count += 1) {
      const next = expansion.next() as unknown;
      if (!next) return null;
      const isPeriod = next instanceof ICAL.Period;
      const time = isPeriod ? (next as InstanceType<typeof ICAL.Period>).start : next as IcalTime;
      if (pastEnd(time)) return null;
      if (invalidDateMoved(rule, start, time)) continue;
      visit({ time, end: isPeriod ? (next as InstanceType<typeof ICAL.Period>).getEnd() : null });
    }
    return `more than ${MAX_INSTANCES} instances before the window's end`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
