// The two reference readers the benchmark compares us with (notes/ical-baseline.md), written the
// way people use ical.js: "naive" (new ICAL.Event per VEVENT, which relates every override of the
// file to every master) and "grouped" (VEVENTs grouped by UID, overrides passed as `exceptions`).
// Both iterate each series from DTSTART and share our window rule and link finder, so they differ
// from readAgenda only in how they read and expand. Test and benchmark code only.
import { eventLink } from '../event-links.ts';
import { ICAL, type IcalComponent, type IcalEvent, type IcalTime } from '../ical.ts';

export interface AnchorOccurrence {
  readonly uid: string | null;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly provider: string | null;
  readonly url: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateKey = (t: IcalTime) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const instant = (t: IcalTime) => new Date(t.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
const cancelled = (c: IcalComponent) => String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
const MAX = 100_000;

interface Window { fromMs: number; toMs: number; fromDate: string; toDate: string; instances: readonly string[] }

function inWindow(start: IcalTime, w: Window): boolean {
  if (start.isDate) return dateKey(start) >= w.fromDate && dateKey(start) < w.toDate;
  const ms = start.toUnixTime() * 1000;
  return ms >= w.fromMs && ms < w.toMs;
}

function occurrence(item: IcalComponent, master: IcalComponent | null, start: IcalTime, end: IcalTime, w: Window): AnchorOccurrence {
  const link = eventLink(item, w.instances) ?? (master ? eventLink(master, w.instances) : null);
  return {
    uid: (item.getFirstPropertyValue('uid') as string | null) ?? null,
    start: start.isDate ? dateKey(start) : instant(start),
    end: end.isDate ? dateKey(end) : instant(end),
    summary: String(item.getFirstPropertyValue('summary') ?? master?.getFirstPropertyValue('summary') ?? ''),
    provider: link?.provider ?? null,
    url: link?.url ?? null,
  };
}

function expand(event: IcalEvent, master: IcalComponent, w: Window, out: AnchorOccurrence[]): void {
  if (cancelled(master)) return;
  if (!event.isRecurring()) {
    if (inWindow(event.startDate, w)) out.push(occurrence(master, null, event.startDate, event.endDate, w));
    return;
  }
  const iterator = event.iterator();
  for (let i = 0; i < MAX; i += 1) {
    const next = iterator.next() as IcalTime | undefined;
    if (!next) return;
    const past = next.isDate ? dateKey(next) >= w.toDate : next.toUnixTime() * 1000 >= w.toMs;
    if (past) return;
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    if (cancelled(item)) continue;
    if (inWindow(details.startDate, w)) out.push(occurrence(item, master, details.startDate, details.endDate, w));
  }
}

function window(fromMs: number, toMs: number, instances: readonly string[]): Window {
  return { fromMs, toMs, fromDate: new Date(fromMs).toISOString().slice(0, 10), toDate: new Date(toMs).toISOString().slice(0, 10), instances };
}

const byStart = (a: AnchorOccurrence, b: AnchorOccurrence) => a.start.localeCompare(b.start) || (a.uid ?? '').localeCompare(b.uid ?? '');

/** ical.js the common way: one ICAL.Event per VEVENT (each relates every override in the file). */
export function naiveAgenda(text: string, fromMs: number, toMs: number, instances: readonly string[]): AnchorOccurrence[] {
  const w = window(fromMs, toMs, instances);
  const root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  const out: AnchorOccurrence[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) continue;
    expand(new ICAL.Event(vevent), vevent, w, out);
  }
  return out.sort(byStart);
}

const sequence = (c: IcalComponent) => Number(c.getFirstPropertyValue('sequence') ?? 0);

/** ical.js used carefully: grouped by UID, the highest SEQUENCE wins, overrides passed explicitly. */
export function groupedAgenda(text: string, fromMs: number, toMs: number, instances: readonly string[]): AnchorOccurrence[] {
  const w = window(fromMs, toMs, instances);
  const root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  const groups = new Map<string, { master: IcalComponent | null; overrides: Map<string, IcalComponent> }>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    const group = groups.get(uid) ?? { master: null, overrides: new Map() };
    groups.set(uid, group);
    const rid = vevent.getFirstProperty('recurrence-id');
    if (!rid) {
      if (!group.master || sequence(vevent) >= sequence(group.master)) group.master = vevent;
    } else {
      const key = String(rid.getFirstValue());
      const seen = group.overrides.get(key);
      if (!seen || sequence(vevent) >= sequence(seen)) group.overrides.set(key, vevent);
    }
  }
  const out: AnchorOccurrence[] = [];
  for (const group of groups.values()) {
    const overrides = [...group.overrides.values()];
    if (!group.master) {
      for (const orphan of overrides) expand(new ICAL.Event(orphan, { exceptions: [] }), orphan, w, out);
      continue;
    }
    const event = new ICAL.Event(group.master, { exceptions: overrides.map((o) => new ICAL.Event(o, { exceptions: [] })) });
    expand(event, group.master, w, out);
  }
  return out.sort(byStart);
}
