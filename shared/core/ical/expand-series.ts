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

/**
 * Where to restart the expansion so that it yields exactly the instances full expansion would
 * yield from there on; null to expand from DTSTART. Only rules without COUNT (a restart would
 * need to know how many came before) and with phase-preserving shapes.
 */
export function seekStart(master: IcalComponent, start: IcalTime, fromMs: number): IcalTime | null {
  const rule = ruleOf(master);
  if (!rule || rule.count || master.hasProperty('rdate')) return null;
  const interval = Math.max(1, rule.interval || 1);
  const gapMs = fromMs - SEEK_MARGIN_MS - start.toUnixTime() * 1000;
  if (gapMs <= 0) return null;
  const anchor = start.clone();
  switch (rule.freq) {
    case 'DAILY': {
      if (partNames(rule).length > 0) return null;
      const periods = Math.floor(gapMs / (interval * DAY_MS));
      if (periods < 1) return null;
      anchor.adjust(periods * interval, 0, 0, 0);
      return anchor;
    }
    case 'WEEKLY': {
      if (!onlyParts(rule, ['BYDAY'])) return null;
      if ((rule.parts['BYDAY'] ?? []).some((day) => !/^[A-Z]{2}$/.test(String(day)))) return null;
      const periods = Math.floor(gapMs / (interval * 7 * DAY_MS));
      if (periods < 1) return null;
      anchor.adjust(periods * interval * 7, 0, 0, 0);
      return anchor;
    }
    case 'MONTHLY': {
      if (!onlyParts(rule, ['BYDAY', 'BYMONTHDAY', 'BYSETPOS'])) return null;
      if (!rule.parts['BYDAY'] && !rule.parts['BYMONTHDAY']) return null;
      const periods = Math.floor(gapMs / (31 * DAY_MS) / interval);
      if (periods < 1) return null;
      const months = start.year * 12 + (start.month - 1) + periods * interval;
      // Day 1 of the month: the rule's BY parts, not DTSTART's day, choose the days.
      return new ICAL.Time({
        year: Math.floor(months / 12), month: (months % 12) + 1, day: 1,
        hour: start.hour, minute: start.minute, second: start.second, isDate: start.isDate,
      }, start.zone);
    }
    case 'YEARLY': {
      if (partNames(rule).length > 0 || (start.month === 2 && start.day === 29)) return null;
      const periods = Math.floor(gapMs / (366 * DAY_MS) / interval);
      if (periods < 1) return null;
      anchor.year += periods * interval;
      return anchor;
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
  const anchor = options.fromDtstart ? null : seekStart(master, start, fromMs);
  try {
    // ical.js leaves DTSTART out of RDATE-only events (notes §1.4); RFC 5545 counts it.
    if (!master.hasProperty('rrule') && master.hasProperty('rdate') && !pastEnd(start)) visit({ time: start, end: null });
    const expansion = new ICAL.RecurExpansion({ component: master, dtstart: anchor ?? start });
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
