// Which events of a feed can have an occurrence starting in a window, decided from a few raw lines
// (no ical.js parsing): a feed of years of history parses and expands only what can matter.
import { eachLineStartingWith, splitContentLine, type RawEvent } from './split-feed.ts';

/** What the pre-scan reads of one VEVENT. */
export interface EventFacts {
  readonly raw: RawEvent;
  readonly uid: string | null;
  readonly summary: string | null;
  /** YYYYMMDD of DTSTART / RECURRENCE-ID as written, or null when unreadable or missing. */
  readonly startDay: number | null;
  readonly recurrenceDay: number | null;
  /** The RECURRENCE-ID line as written (value and parameters), null for a master. */
  readonly recurrenceKey: string | null;
  readonly hasRrule: boolean;
  readonly hasRdate: boolean;
  readonly thisAndFuture: boolean;
  /** YYYYMMDD of the latest UNTIL, null when a rule has none (or COUNT). */
  readonly untilDay: number | null;
  /** A plain yearly rule (no BY part, every year): its instances fall on DTSTART's month and day. */
  readonly yearlyOnStartDay: boolean;
  readonly sequence: number;
  readonly lastModified: string;
  readonly startCount: number;
}

const dayOf = (value: string): number | null => {
  const match = /^(\d{8})/.exec(value.trim());
  return match ? Number(match[1]) : null;
};

const [D, T, L, A, R, E, S, U, I] = [...'dtlaresui'].map((c) => c.charCodeAt(0));

/** DTSTART, LAST-MODIFIED, RRULE, RDATE, RECURRENCE-ID, SEQUENCE, SUMMARY, UID, by their first two letters. */
function prescanned(first: number, second: number): boolean {
  switch (first) {
    case D: return second === T;
    case L: return second === A;
    case R: return second === R || second === D || second === E;
    case S: return second === E || second === U;
    case U: return second === I;
    default: return false;
  }
}

export function eventFacts(raw: RawEvent): EventFacts {
  let uid: string | null = null;
  let summary: string | null = null;
  let startDay: number | null = null;
  let recurrenceDay: number | null = null;
  let recurrenceKey: string | null = null;
  let hasRrule = false;
  let hasRdate = false;
  let thisAndFuture = false;
  let untilDay: number | null = null;
  let unboundedRule = false;
  let rules = 0;
  let plainYearly = false;
  let sequence = 0;
  let lastModified = '';
  let startCount = 0;
  eachLineStartingWith(raw.text, prescanned, (text) => {
    const line = splitContentLine(text);
    if (!line) return;
    switch (line.name) {
      case 'UID': uid = line.value.trim(); break;
      case 'SUMMARY': summary = line.value; break;
      case 'DTSTART': startCount += 1; startDay ??= dayOf(line.value); break;
      case 'RECURRENCE-ID':
        recurrenceDay = dayOf(line.value);
        recurrenceKey = `${line.params}:${line.value.trim()}`;
        thisAndFuture = /;RANGE=THISANDFUTURE/i.test(line.params);
        break;
      case 'RRULE': {
        hasRrule = true;
        rules += 1;
        plainYearly = /^FREQ=YEARLY(;(INTERVAL=1|UNTIL=[^;]*|COUNT=\d+|WKST=[A-Z]{2}))*;?$/i.test(line.value.trim());
        const until = /UNTIL=(\d{8})/i.exec(line.value);
        if (until) untilDay = Math.max(untilDay ?? 0, Number(until[1]));
        else unboundedRule = true;
        break;
      }
      case 'RDATE': hasRdate = true; break;
      case 'SEQUENCE': sequence = Number.parseInt(line.value, 10) || 0; break;
      case 'LAST-MODIFIED': lastModified = line.value.trim(); break;
      default: break;
    }
  });
  return {
    raw, uid: uid === '' ? null : uid, summary, startDay, recurrenceDay, recurrenceKey, hasRrule, hasRdate,
    thisAndFuture, untilDay: unboundedRule ? null : untilDay, sequence, lastModified, startCount,
    yearlyOnStartDay: rules === 1 && plainYearly && startDay !== null,
  };
}

/** The later revision of the same event wins: higher SEQUENCE, then later LAST-MODIFIED, then later in the file. */
export function newer(a: EventFacts, b: EventFacts): EventFacts {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? a : b;
  if (a.lastModified !== b.lastModified) return a.lastModified > b.lastModified ? a : b;
  return a.raw.index > b.raw.index ? a : b;
}

/** All VEVENTs of one UID (one per event when it has no UID), duplicates resolved. */
export interface FactsGroup {
  readonly uid: string | null;
  readonly master: EventFacts | null;
  readonly overrides: EventFacts[];
}

export function groupByUid(facts: readonly EventFacts[]): FactsGroup[] {
  interface Building { uid: string | null; master: EventFacts | null; overrides: EventFacts[] | null }
  const groups = new Map<string, Building>();
  const all: Building[] = [];
  for (const fact of facts) {
    // Events without a UID are each their own event: never merged (EXPECTED: exchange-owa-label…).
    let group = fact.uid === null ? undefined : groups.get(fact.uid);
    if (!group) {
      group = { uid: fact.uid, master: null, overrides: null };
      all.push(group);
      if (fact.uid !== null) groups.set(fact.uid, group);
    }
    if (fact.recurrenceKey === null) group.master = group.master ? newer(group.master, fact) : fact;
    else (group.overrides ??= []).push(fact);
  }
  return all.map((group) => ({ uid: group.uid, master: group.master, overrides: latestPerInstance(group.overrides) }));
}

/** One override per RECURRENCE-ID as written: the later revision. */
function latestPerInstance(overrides: EventFacts[] | null): EventFacts[] {
  if (!overrides) return [];
  if (overrides.length === 1) return overrides;
  const byKey = new Map<string, EventFacts>();
  for (const override of overrides) {
    const key = override.recurrenceKey ?? '';
    const seen = byKey.get(key);
    byKey.set(key, seen ? newer(seen, override) : override);
  }
  return [...byKey.values()];
}

/** A window widened by three days on each side, as YYYYMMDD: no zone is more than 14 h from UTC. */
export interface DayWindow {
  readonly fromDay: number;
  readonly toDay: number;
}

export function dayWindow(fromMs: number, toMs: number): DayWindow {
  const day = (ms: number) => {
    const date = new Date(ms);
    return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  };
  return { fromDay: day(fromMs - 3 * 86_400_000), toDay: day(toMs + 3 * 86_400_000) };
}

/** Whether month-day `day % 10000` occurs in the (widened) window in one of its years. */
function yearlyDayInWindow(day: number, window: DayWindow): boolean {
  const monthDay = day % 10000;
  for (let year = Math.floor(window.fromDay / 10000); year <= Math.floor(window.toDay / 10000); year += 1) {
    const candidate = year * 10000 + monthDay;
    if (candidate >= window.fromDay && candidate <= window.toDay) return true;
  }
  return false;
}

const near = (day: number | null, window: DayWindow): boolean =>
  day === null || (day >= window.fromDay && day <= window.toDay);

/**
 * The part of a group that can matter in the window, or null. A series is kept unless its rule
 * ends before the window or it starts after it (RDATEs may lie anywhere, so those are kept);
 * an override only when it moves an instance from or into the window; a single event only near it.
 * Start days are read as written, hence the three-day margin of `window`.
 */
export function selectForWindow(group: FactsGroup, window: DayWindow): FactsGroup | null {
  const overrides = group.overrides.filter((o) => o.thisAndFuture || near(o.recurrenceDay, window) || near(o.startDay, window));
  const master = group.master;
  if (master && (master.hasRrule || master.hasRdate)) {
    const ended = master.hasRrule && !master.hasRdate && master.untilDay !== null && master.untilDay < window.fromDay;
    const later = !master.hasRdate && master.startDay !== null && master.startDay > window.toDay;
    // Birthday calendars: a thousand yearly series, a few of which fall in a two-week window.
    const otherDay = !master.hasRdate && master.yearlyOnStartDay && !yearlyDayInWindow(master.startDay ?? 0, window);
    if ((ended || later || otherDay) && overrides.length === 0) return null;
    return { uid: group.uid, master, overrides };
  }
  const keepMaster = master !== null && near(master.startDay, window);
  if (!keepMaster && overrides.length === 0) return null;
  return { uid: group.uid, master: keepMaster ? master : null, overrides };
}

