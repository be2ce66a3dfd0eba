// UTC offsets of IANA zones from the platform's own tz database (Intl), which browsers, Outlook's
// runtimes and Node all ship and keep up to date: ical.js has no zone data of its own.

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, string | null>();

/** The canonical spelling of an IANA zone name, or null when the platform does not know it. */
export function canonicalIanaZone(name: string): string | null {
  const cached = validity.get(name);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  // Intl also accepts offsets like "+01:00" as a timeZone: those are not zone names.
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) {
    try {
      result = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      result = null;
    }
  }
  validity.set(name, result);
  return result;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Wall-clock fields, months 1-12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock time in `zone` at the instant `epochMs`. */
export function wallTimeAt(zone: string, epochMs: number): WallTime {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

function wallAsUtcMs(wall: WallTime): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Date.UTC maps years 0-99 to 1900-1999.
  return wall.year < 100 ? new Date(ms).setUTCFullYear(wall.year) : ms;
}

/** Offset of `zone` from UTC at `epochMs`, in milliseconds (Paris in summer: +7,200,000). */
export function offsetMsAt(zone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtcMs(wallTimeAt(zone, whole)) - whole;
}

const DAY_MS = 86_400_000;

/**
 * The instant of a wall-clock time in `zone`. RFC 5545 §3.3.5: a time that falls in the gap of a
 * spring-forward change is read with the offset from before the gap; a repeated (autumn) time is
 * its first occurrence.
 */
export function wallTimeToEpochMs(zone: string, wall: WallTime): number {
  const asUtc = wallAsUtcMs(wall);
  const before = offsetMsAt(zone, asUtc - DAY_MS);
  const after = offsetMsAt(zone, asUtc + DAY_MS);
  const byBefore = asUtc - before;
  const byAfter = asUtc - after;
  const beforeFits = offsetMsAt(zone, byBefore) === before;
  const afterFits = offsetMsAt(zone, byAfter) === after;
  if (beforeFits && afterFits) return Math.min(byBefore, byAfter);
  if (beforeFits) return byBefore;
  if (afterFits) return byAfter;
  return byBefore;
}

/** A change of offset: at `atMs` (UTC) the offset goes from `fromMs` to `toMs`. */
export interface OffsetChange {
  readonly atMs: number;
  readonly fromMs: number;
  readonly toMs: number;
}

const STEP_MS = 7 * DAY_MS;

/** Every offset change of `zone` in [fromMs, toMs), found by weekly sampling then bisection. */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let t = fromMs;
  let offset = offsetMsAt(zone, t);
  while (t < toMs) {
    const next = Math.min(t + STEP_MS, toMs);
    const nextOffset = offsetMsAt(zone, next);
    if (nextOffset !== offset) {
      let low = t;
      let high = next;
      while (high - low > 1000) {
        const mid = Math.floor((low + high) / 2000) * 1000;
        if (mid <= low) break;
        if (offsetMsAt(zone, mid) === offset) low = mid; else high = mid;
      }
      changes.push({ atMs: high, fromMs: offset, toMs: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return changes;
}
