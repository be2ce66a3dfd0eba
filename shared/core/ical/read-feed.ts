// A feed → the events that can fall in a window, parsed by ical.js one VEVENT at a time, grouped
// by UID, with every TZID resolved. Broken events are skipped and counted, never the whole feed.
import { feedText } from './decode-feed.ts';
import { anchorFloatingTimes, tzidsOf, zoneBook, type JcalComponent } from './feed-zones.ts';
import { ICAL, type IcalComponent } from './ical.ts';
import { dayWindow, eventFacts, groupByUid, selectForWindow, type EventFacts } from './select-events.ts';
import { splitFeed } from './split-feed.ts';
import { canonicalIanaZone, wallTimeAt } from './zone-offsets.ts';

export type SkipReason = 'parse-error' | 'unknown-time-zone' | 'no-start' | 'duplicate-start' | 'expansion-error';

export interface SkippedEvent {
  readonly uid: string | null;
  readonly summary: string | null;
  readonly reason: SkipReason;
  /** ical.js's message or the zone's name, for people reading a log. */
  readonly detail?: string;
}

export interface EventGroup {
  readonly uid: string | null;
  readonly master: IcalComponent | null;
  readonly overrides: IcalComponent[];
}

export interface FeedWindow {
  readonly fromMs: number;
  readonly toMs: number;
  /** The reader's IANA zone: floating times are read in it. */
  readonly timeZone: string;
}

export interface ReadFeed {
  readonly groups: EventGroup[];
  readonly skipped: SkippedEvent[];
  readonly unresolvedZones: string[];
  /** VEVENTs in the feed, all of them (also those far from the window). */
  readonly eventCount: number;
}

function parseEvent(facts: EventFacts): JcalComponent | Error {
  try {
    const jcal = ICAL.parse(facts.raw.text) as unknown as JcalComponent;
    return Array.isArray(jcal) && jcal[0] === 'vevent' ? jcal : new Error('not one VEVENT');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * All-day series: DATE-TIME EXDATE/RDATE values name a day (Exchange writes local midnight): the
 * day as written, or for a UTC value the reader's day.
 */
function datesForAllDay(event: JcalComponent, readerZone: string): void {
  const start = event[1].find((property) => property[0] === 'dtstart');
  if (start?.[2] !== 'date') return;
  for (const property of event[1]) {
    if ((property[0] !== 'exdate' && property[0] !== 'rdate') || property[2] !== 'date-time') continue;
    const values = property.slice(3).map((value) => {
      const text = String(value);
      if (!text.endsWith('Z')) return text.slice(0, 10);
      const wall = wallTimeAt(readerZone, Date.parse(text));
      return `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
    });
    property.splice(2, property.length - 2, 'date', ...values);
    delete property[1]['tzid'];
  }
}

export function readFeedForWindow(input: string | Uint8Array, window: FeedWindow): ReadFeed {
  if (!canonicalIanaZone(window.timeZone)) throw new RangeError(`unknown time zone ${JSON.stringify(window.timeZone)}`);
  const split = splitFeed(feedText(input));
  const skipped: SkippedEvent[] = [];
  const days = dayWindow(window.fromMs, window.toMs);
  const selected = groupByUid(split.events.map(eventFacts)).flatMap((group) => selectForWindow(group, days) ?? []);

  const parsed = new Map<EventFacts, JcalComponent>();
  let firstYear = new Date(window.fromMs).getUTCFullYear();
  for (const group of selected) {
    for (const facts of [...(group.master ? [group.master] : []), ...group.overrides]) {
      if (facts.startCount > 1) {
        skipped.push({ uid: facts.uid, summary: facts.summary, reason: 'duplicate-start' });
        continue;
      }
      const jcal = parseEvent(facts);
      if (jcal instanceof Error) {
        skipped.push({ uid: facts.uid, summary: facts.summary, reason: 'parse-error', detail: jcal.message });
        continue;
      }
      parsed.set(facts, jcal);
      if (facts.startDay !== null) firstYear = Math.max(1900, Math.min(firstYear, Math.floor(facts.startDay / 10000)));
    }
  }

  const book = zoneBook(split.zones, { from: firstYear, to: new Date(window.toMs).getUTCFullYear() + 1 });
  const zones = new Map<string, JcalComponent>();
  const usable = new Set<EventFacts>();
  for (const [facts, jcal] of parsed) {
    anchorFloatingTimes(jcal, window.timeZone);
    datesForAllDay(jcal, window.timeZone);
    const missing = tzidsOf(jcal).filter((tzid) => {
      const zone = book.lookup(tzid);
      if (zone) zones.set(tzid, zone);
      return book.unresolved.has(tzid);
    });
    if (missing.length > 0) {
      skipped.push({ uid: facts.uid, summary: facts.summary, reason: 'unknown-time-zone', detail: missing.join(', ') });
    } else {
      usable.add(facts);
    }
  }

  // One calendar for all kept events, so ical.js builds each zone's table of changes once.
  const kept = [...usable];
  const root = new ICAL.Component(['vcalendar', [], [...zones.values(), ...kept.map((facts) => parsed.get(facts))]] as unknown as unknown[]);
  const components = root.getAllSubcomponents('vevent');
  const byFacts = new Map<EventFacts, IcalComponent>(kept.map((facts, i) => [facts, components[i] as IcalComponent]));

  const groups: EventGroup[] = [];
  for (const group of selected) {
    const master = group.master ? byFacts.get(group.master) ?? null : null;
    const overrides = group.overrides.flatMap((facts) => byFacts.get(facts) ?? []);
    if (master || overrides.length > 0) groups.push({ uid: group.uid, master, overrides });
  }
  return { groups, skipped, unresolvedZones: [...book.unresolved], eventCount: split.events.length };
}
