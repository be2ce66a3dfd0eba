// The occurrences of a feed's events that start in a window: what the popup, the reminders and
// `visio agenda` show. Overrides (RECURRENCE-ID) are matched by instant within their own UID.
import type { Provider } from '../meeting/providers.ts';
import { eventLink } from './event-links.ts';
import { expandSeries, type ExpandOptions } from './expand-series.ts';
import { ICAL, type IcalComponent, type IcalEvent, type IcalTime } from './ical.ts';
import { readFeedForWindow, type EventGroup, type SkippedEvent } from './read-feed.ts';
import { canonicalIanaZone, wallTimeAt, wallTimeToEpochMs } from './zone-offsets.ts';

export interface AgendaOptions {
  readonly from: Date;
  readonly days: number;
  /** The organisation's Visio instances (profileInstances(profile)). */
  readonly instances: readonly string[];
  /** The reader's IANA zone: all-day dates and floating times are read in it. UTC by default. */
  readonly timeZone?: string;
  /** Internal: expand every series from DTSTART (tests check that the shortcut changes nothing). */
  readonly expand?: ExpandOptions;
}

export interface Occurrence {
  readonly uid: string | null;
  readonly summary: string;
  /** UTC ISO instant (`2027-01-15T09:00:00Z`), or the date (`2027-01-15`) of an all-day event. */
  readonly start: string;
  /** Exclusive: the instant it ends, or the day after the last day. */
  readonly end: string;
  readonly allDay: boolean;
  /** For sorting and timers; an all-day event starts at midnight in the reader's zone. */
  readonly startMs: number;
  readonly endMs: number;
  readonly provider: Provider | null;
  readonly url: string | null;
}

export interface Agenda {
  readonly occurrences: Occurrence[];
  readonly skipped: SkippedEvent[];
  readonly unresolvedZones: string[];
  readonly eventCount: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const dateKey = (t: { year: number; month: number; day: number }) => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;
const isoInstant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const addDays = (key: string, days: number) => new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const instantMs = (time: IcalTime) => time.toUnixTime() * 1000;
const isMidnight = (time: IcalTime) => time.hour === 0 && time.minute === 0 && time.second === 0;

interface Window {
  readonly fromMs: number;
  readonly toMs: number;
  readonly fromDate: string;
  readonly toDate: string;
  readonly zone: string;
}

function isCancelled(component: IcalComponent): boolean {
  return String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/** The local date a time names: its own wall date, or the reader's date for a UTC time. */
function localDate(time: IcalTime, zone: string): string {
  if (time.isDate || time.zone?.tzid !== 'UTC') return dateKey(time);
  return dateKey(wallTimeAt(zone, instantMs(time)));
}

const midnights = new Map<string, number>();

/** The instant a day starts in a zone (cached: every all-day occurrence asks, and Intl is slow). */
function midnightMs(zone: string, date: string): number {
  const key = `${zone} ${date}`;
  let ms = midnights.get(key);
  if (ms === undefined) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    ms = wallTimeToEpochMs(zone, { year, month, day, hour: 0, minute: 0, second: 0 });
    if (midnights.size > 20_000) midnights.clear();
    midnights.set(key, ms);
  }
  return ms;
}

/** How an occurrence ends: its own end (RDATE period) or the event's duration, read only when listed. */
type EndOf = () => { end: IcalTime | null; durationMs: number };

class Collector {
  readonly occurrences: Occurrence[] = [];
  constructor(private readonly window: Window, private readonly instances: readonly string[]) {}

  add(event: IcalComponent, fallback: IcalComponent | null, start: IcalTime, endOf: EndOf, uid: string | null): void {
    let timing: { start: string; end: string; allDay: boolean; startMs: number; endMs: number };
    if (start.isDate) {
      const first = dateKey(start);
      if (first < this.window.fromDate || first >= this.window.toDate) return;
      const { end, durationMs } = endOf();
      const days = end?.isDate ? Math.max(1, Math.round((Date.parse(dateKey(end)) - Date.parse(first)) / DAY_MS)) : Math.max(1, Math.round(durationMs / DAY_MS));
      const last = addDays(first, days);
      timing = { start: first, end: last, allDay: true, startMs: midnightMs(this.window.zone, first), endMs: midnightMs(this.window.zone, last) };
    } else {
      const startMs = instantMs(start);
      if (startMs < this.window.fromMs || startMs >= this.window.toMs) return;
      const { end, durationMs } = endOf();
      const endMs = Math.max(startMs, end ? instantMs(end) : startMs + durationMs);
      timing = { start: isoInstant(startMs), end: isoInstant(endMs), allDay: false, startMs, endMs };
    }
    // Links and summary only for what is listed: detection reads whole descriptions.
    const link = eventLink(event, this.instances) ?? (fallback ? eventLink(fallback, this.instances) : null);
    const summary = String(event.getFirstPropertyValue('summary') ?? fallback?.getFirstPropertyValue('summary') ?? '');
    this.occurrences.push({ uid, summary, provider: link?.provider ?? null, url: link?.url ?? null, ...timing });
  }
}

/** DTEND (or DTSTART + DURATION); null when it is missing or unreadable (`DTEND:20031114T18300`). */
function safeEnd(event: IcalEvent): IcalTime | null {
  try {
    return event.endDate ?? null;
  } catch {
    return null;
  }
}

function durationOf(event: IcalEvent): number {
  const start = event.startDate;
  const end = safeEnd(event);
  if (!end) return 0;
  if (start.isDate) {
    const days = end.isDate ? Math.round((Date.parse(dateKey(end)) - Date.parse(dateKey(start))) / DAY_MS) : 1;
    return Math.max(1, days) * DAY_MS;
  }
  return Math.max(0, instantMs(end) - instantMs(start));
}

/** How an override names the instance it replaces. */
interface OverrideKeys {
  readonly byInstant: Map<number, IcalComponent>;
  readonly byDate: Map<string, IcalComponent>;
  /** Exchange sometimes writes the RECURRENCE-ID as local midnight of the instance's day (EXPECTED.md). */
  readonly byMidnight: Map<string, IcalComponent>;
  /** RANGE=THISANDFUTURE overrides of a timed series, by instant: they also change later instances. */
  readonly ranges: Array<{ fromMs: number; shiftSeconds: number; override: IcalComponent; event: IcalEvent }>;
}

/** The THISANDFUTURE override that governs an instance at `ms`, if any (the latest one before it). */
function rangeFor(keys: OverrideKeys, ms: number): OverrideKeys['ranges'][number] | null {
  let found: OverrideKeys['ranges'][number] | null = null;
  for (const range of keys.ranges) if (range.fromMs < ms) found = range;
  return found;
}

function overrideKeys(group: EventGroup, masterStart: IcalTime, zone: string): OverrideKeys {
  const keys: OverrideKeys = { byInstant: new Map(), byDate: new Map(), byMidnight: new Map(), ranges: [] };
  for (const override of group.overrides) {
    const property = override.getFirstProperty('recurrence-id');
    const rid = property?.getFirstValue() as IcalTime | null | undefined;
    if (!rid) continue;
    if (masterStart.isDate || rid.isDate) {
      keys.byDate.set(localDate(rid, zone), override);
    } else {
      keys.byInstant.set(instantMs(rid), override);
      if (isMidnight(rid) && !isMidnight(masterStart)) keys.byMidnight.set(dateKey(rid), override);
      if (String(property?.getParameter('range') ?? '').toUpperCase() === 'THISANDFUTURE') {
        const event = new ICAL.Event(override, { exceptions: [] });
        if (event.startDate && !event.startDate.isDate) {
          keys.ranges.push({ fromMs: instantMs(rid), shiftSeconds: event.startDate.toUnixTime() - rid.toUnixTime(), override, event });
        }
      }
    }
  }
  keys.ranges.sort((a, b) => a.fromMs - b.fromMs);
  return keys;
}

function expandGroup(group: EventGroup, window: Window, collector: Collector, skipped: SkippedEvent[], expand: ExpandOptions): void {
  const master = group.master;
  const masterEvent = master ? new ICAL.Event(master, { exceptions: [] }) : null;
  const masterStart = masterEvent?.startDate ?? null;
  if (master && !masterStart) {
    skipped.push({ uid: group.uid, summary: masterEvent?.summary ?? null, reason: 'no-start' });
  }

  if (master && masterEvent && masterStart && !isCancelled(master)) {
    let duration: number | null = null;
    const durationMs = () => (duration ??= durationOf(masterEvent));
    if (masterEvent.isRecurring()) {
      const keys = overrideKeys(group, masterStart, window.zone);
      const used = new Set<IcalComponent>();
      const seen = new Set<string>();
      // A THISANDFUTURE override may move later instances earlier, into the window.
      const earliest = Math.min(0, ...keys.ranges.map((range) => range.shiftSeconds)) * 1000;
      const pastEnd = (time: IcalTime) => (time.isDate ? dateKey(time) >= window.toDate : instantMs(time) + earliest >= window.toMs);
      const error = expandSeries(master, masterStart, window.fromMs, pastEnd, ({ time, end }) => {
        const key = time.isDate ? dateKey(time) : String(instantMs(time));
        if (seen.has(key)) return;
        seen.add(key);
        const override = time.isDate
          ? keys.byDate.get(dateKey(time))
          : keys.byInstant.get(instantMs(time)) ?? keys.byDate.get(dateKey(time))
            ?? (keys.byMidnight.get(dateKey(time)) && !used.has(keys.byMidnight.get(dateKey(time)) as IcalComponent)
              ? keys.byMidnight.get(dateKey(time)) : undefined);
        if (override) {
          used.add(override);
          return; // the override is listed on its own, below
        }
        const range = time.isDate ? null : rangeFor(keys, instantMs(time));
        if (range) {
          const moved = time.clone();
          moved.adjust(0, 0, 0, range.shiftSeconds);
          collector.add(range.override, master, moved, () => ({ end: null, durationMs: durationOf(range.event) }), group.uid);
          return;
        }
        collector.add(master, null, time, () => ({ end, durationMs: end ? 0 : durationMs() }), group.uid);
      }, expand);
      if (error) skipped.push({ uid: group.uid, summary: masterEvent.summary ?? null, reason: 'expansion-error', detail: error });
    } else {
      collector.add(master, null, masterStart, () => ({ end: safeEnd(masterEvent), durationMs: durationMs() }), group.uid);
    }
  }

  // Overrides (and orphans: instances whose series is not in the feed) at their own time.
  for (const override of group.overrides) {
    if (isCancelled(override) || (master && isCancelled(master))) continue;
    const event = new ICAL.Event(override, { exceptions: [] });
    const start = event.startDate ?? (override.getFirstPropertyValue('recurrence-id') as IcalTime | null);
    if (!start) {
      skipped.push({ uid: group.uid, summary: event.summary ?? null, reason: 'no-start' });
      continue;
    }
    collector.add(override, master, start, () => (event.startDate ? { end: safeEnd(event), durationMs: durationOf(event) } : { end: null, durationMs: 0 }), group.uid);
  }
}

/**
 * The occurrences starting in [from, from + days) of every event in a feed, sorted by start.
 * `input`: the feed's bytes (any of UTF-8, UTF-16, with or without BOM) or its decoded text.
 */
export function readAgenda(input: string | Uint8Array, options: AgendaOptions): Agenda {
  const zone = canonicalIanaZone(options.timeZone ?? 'UTC') ?? 'UTC';
  const fromMs = options.from.getTime();
  if (!Number.isFinite(fromMs) || !(options.days > 0)) return { occurrences: [], skipped: [], unresolvedZones: [], eventCount: 0 };
  const toMs = fromMs + options.days * DAY_MS;
  const window: Window = {
    fromMs, toMs, zone,
    fromDate: dateKey(wallTimeAt(zone, fromMs)),
    // A window ending at local midnight ends before that day; otherwise it includes it.
    toDate: (() => {
      const wall = wallTimeAt(zone, toMs);
      const key = dateKey(wall);
      return wall.hour === 0 && wall.minute === 0 && wall.second === 0 ? key : addDays(key, 1);
    })(),
  };
  const feed = readFeedForWindow(input, { fromMs, toMs, timeZone: zone });
  const collector = new Collector(window, options.instances);
  const skipped = [...feed.skipped];
  for (const group of feed.groups) {
    try {
      expandGroup(group, window, collector, skipped, options.expand ?? {});
    } catch (error) {
      // ical.js decodes values lazily: a bad date throws only when read (notes §1.2).
      skipped.push({ uid: group.uid, summary: null, reason: 'parse-error', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  const occurrences = collector.occurrences.sort((a, b) => a.startMs - b.startMs || (a.uid ?? '').localeCompare(b.uid ?? ''));
  return { occurrences, skipped, unresolvedZones: feed.unresolvedZones, eventCount: feed.eventCount };
}
