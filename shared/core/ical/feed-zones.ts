// Every TZID an event uses gets a VTIMEZONE that ical.js will find: the file's own definition
// when it has a usable one, else one built from the platform's tz database for the IANA zone the
// name stands for (IANA, Windows id, Outlook label). A TZID that cannot be resolved is reported;
// ical.js would silently read it as floating (host-dependent) time.
import { ICAL } from './ical.ts';
import { unescapeText, type RawZone } from './split-feed.ts';
import { vtimezoneForRange } from './vtimezone.ts';
import { resolveZoneName } from './zone-names.ts';

export type JcalProperty = [string, Record<string, unknown>, string, ...unknown[]];
export type JcalComponent = [string, JcalProperty[], JcalComponent[]];

/** Date properties whose TZID matters for where an event falls. */
const ZONED = new Set(['dtstart', 'dtend', 'due', 'recurrence-id', 'exdate', 'rdate']);

export function tzidsOf(event: JcalComponent): string[] {
  const found: string[] = [];
  for (const property of event[1]) {
    const tzid = property[1]['tzid'];
    if (ZONED.has(property[0]) && typeof tzid === 'string' && !found.includes(tzid)) found.push(tzid);
  }
  return found;
}

/** Floating date-times (no TZID, no Z) are the reader's local time: give them the reader's zone. */
export function anchorFloatingTimes(event: JcalComponent, zone: string): boolean {
  let changed = false;
  for (const property of event[1]) {
    if (!ZONED.has(property[0]) || property[2] !== 'date-time' || 'tzid' in property[1]) continue;
    const values = property.slice(3);
    if (values.every((value) => typeof value === 'string' && !value.endsWith('Z'))) {
      property[1]['tzid'] = zone;
      changed = true;
    }
  }
  return changed;
}

export interface ZoneBook {
  /** The VTIMEZONE jCal for a TZID as written, or null when it cannot be resolved. */
  lookup(tzid: string): JcalComponent | null;
  readonly unresolved: Set<string>;
}

function renamed(zone: JcalComponent, tzid: string): JcalComponent {
  const properties = zone[1].map((property): JcalProperty =>
    property[0] === 'tzid' ? ['tzid', property[1], property[2], tzid] : property);
  return [zone[0], properties, zone[2]];
}

function parseZone(text: string): JcalComponent | null {
  try {
    const jcal = ICAL.parse(text) as unknown as JcalComponent;
    return jcal[0] === 'vtimezone' ? jcal : null;
  } catch {
    return null;
  }
}

const generated = new Map<string, string[]>();

/** `years`: the span the feed's events need (the first DTSTART year to after the window). */
export function zoneBook(rawZones: readonly RawZone[], years: { from: number; to: number }): ZoneBook {
  const byId = new Map<string, RawZone>();
  const byLooseId = new Map<string, RawZone>();
  for (const zone of rawZones) {
    if (!zone.usable) continue;
    byId.set(zone.tzid, zone);
    byLooseId.set(zone.tzid.trim().toLowerCase(), zone);
  }
  const cache = new Map<string, JcalComponent | null>();
  const unresolved = new Set<string>();

  const build = (tzid: string): JcalComponent | null => {
    const own = byId.get(tzid) ?? byId.get(unescapeText(tzid)) ?? byLooseId.get(tzid.trim().toLowerCase());
    const parsed = own ? parseZone(own.text) : null;
    if (parsed) return own?.tzid === tzid ? parsed : renamed(parsed, tzid);
    const iana = resolveZoneName(tzid);
    if (!iana) return null;
    const key = `${iana}|${years.from}|${years.to}`;
    let lines = generated.get(key);
    if (!lines) {
      lines = vtimezoneForRange('_', iana, years.from, years.to);
      generated.set(key, lines);
    }
    const zone = parseZone(lines.join('\r\n'));
    return zone ? renamed(zone, tzid) : null;
  };

  return {
    unresolved,
    lookup(tzid) {
      if (tzid === 'UTC' || tzid === 'Z') return null;
      if (!cache.has(tzid)) {
        const zone = build(tzid);
        cache.set(tzid, zone);
        if (!zone) unresolved.add(tzid);
      }
      return cache.get(tzid) ?? null;
    },
  };
}
