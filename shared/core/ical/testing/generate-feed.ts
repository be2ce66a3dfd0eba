// A large, realistic, deterministic feed for tests and the benchmark: thousands of single events,
// weekly/monthly/daily series in two zones with DST, overrides (moved, retitled, cancelled, some
// RECURRENCE-IDs written in UTC), EXDATEs, duplicates with a higher SEQUENCE, Visio links in every
// field producers use, other providers' links and lookalike hosts that must not count.
// Test code only: its PRNG is seeded so every run sees the same feed.
import { foldContent } from '../fold.ts';
import { escapeText, vtimezoneForYear } from '../vtimezone.ts';
import { wallTimeAt, wallTimeToEpochMs, type WallTime } from '../zone-offsets.ts';

export interface FeedSpec {
  readonly seed: number;
  /** VEVENTs in all: masters + overrides + singles. */
  readonly events: number;
  readonly series: number;
  readonly overrides: number;
  readonly firstYear: number;
  readonly years: number;
  readonly zones: readonly [string, string];
  readonly instance: string;
}

export const BENCH_FEED: FeedSpec = {
  seed: 20270115, events: 5000, series: 50, overrides: 200, firstYear: 2025, years: 3,
  zones: ['Europe/Paris', 'America/New_York'], instance: 'https://visio.numerique.gouv.fr',
};

/** What the generator knows for sure about a single (non-recurring) event. */
export interface KnownSingle {
  readonly uid: string;
  readonly summary: string;
  /** UTC ISO instant, or the date of an all-day event. */
  readonly start: string;
  readonly allDay: boolean;
  readonly startMs: number;
  /** The Visio link a reader must report, or null (none, or only lookalikes). */
  readonly visioUrl: string | null;
  /** The event's only links are lookalikes of the Visio host. */
  readonly lookalike: boolean;
}

export interface GeneratedFeed {
  readonly text: string;
  readonly singles: KnownSingle[];
  readonly visioLinks: number;
  readonly lookalikes: number;
}

/** mulberry32: small, fast, good enough to spread test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const local = (w: WallTime) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
const DAY_MS = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const AGENDA = "Ordre du jour : point d'avancement, risques, décisions. Merci de confirmer votre présence.";

export function generateFeed(spec: FeedSpec = BENCH_FEED): GeneratedFeed {
  const random = prng(spec.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const slug = () => [3, 4, 3].map((n) => Array.from({ length: n }, () => pick(LETTERS)).join('')).join('-');
  const host = new URL(spec.instance).host;
  let visioLinks = 0;
  let lookalikes = 0;

  /** Link placement as real producers do it, and the Visio URL a reader must find. */
  const linkLines = (): { lines: string[]; visioUrl: string | null; lookalike: boolean } => {
    const roll = random();
    if (roll < 0.08) {
      const url = `${spec.instance}/${slug()}`;
      visioLinks += 1;
      return { visioUrl: url, lookalike: false, lines: [`LOCATION:${url}`, `DESCRIPTION:${escapeText(`Rejoindre la réunion Visio : ${url}\n${AGENDA}`)}`] };
    }
    if (roll < 0.12) {
      const url = `${spec.instance}/${slug()}`;
      visioLinks += 1;
      return { visioUrl: url, lookalike: false, lines: [
        'LOCATION:Salle 4.12', `DESCRIPTION:${escapeText(AGENDA)}`,
        `X-ALT-DESC;FMTTYPE=text/html:${escapeText(`<p>${AGENDA}</p><p><a href="${url}">Rejoindre la réunion</a></p>`)}`,
      ] };
    }
    if (roll < 0.14) {
      const url = `${spec.instance}/${slug()}`;
      visioLinks += 1;
      return { visioUrl: url, lookalike: false, lines: [`CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Visio:${url}`, `DESCRIPTION:${escapeText(AGENDA)}`] };
    }
    if (roll < 0.17) {
      lookalikes += 1;
      const fake = pick([
        `https://${host}.example.net/${slug()}`, `https://${host.replace('.', '-')}/${slug()}`,
        `http://${host}/${slug()}`, `https://${host}@evil.example/${slug()}`,
      ]);
      return { visioUrl: null, lookalike: true, lines: ['LOCATION:En ligne', `DESCRIPTION:${escapeText(`Lien : ${fake}\n${AGENDA}`)}`] };
    }
    if (roll < 0.2) {
      const teams = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${slug()}%40thread.v2/0`;
      return { visioUrl: null, lookalike: false, lines: ['LOCATION:Microsoft Teams Meeting', `DESCRIPTION:${escapeText(`Join: ${teams}\n${AGENDA}`)}`] };
    }
    if (roll < 0.22) {
      return { visioUrl: null, lookalike: false, lines: [`LOCATION:https://zoom.us/j/${int(100000000, 999999999)}`, `DESCRIPTION:${escapeText(AGENDA)}`] };
    }
    return { visioUrl: null, lookalike: false, lines: [`LOCATION:${pick(['Salle 4.12', 'Bureau 210', 'Amphi B', ''])}`, `DESCRIPTION:${escapeText(AGENDA)}`] };
  };

  const events: string[][] = [];
  const singles: KnownSingle[] = [];
  const stamp = 'DTSTAMP:20241201T080000Z';
  const startMs = Date.UTC(spec.firstYear, 0, 1);
  const spanDays = Math.round((Date.UTC(spec.firstYear + spec.years, 0, 1) - startMs) / DAY_MS);

  // Series whose instances the generator can name (weekly on DTSTART's weekday, monthly on its day
  // of month, daily), so that overrides and EXDATEs point at real instances.
  const perSeries = Math.floor(spec.overrides / spec.series);
  let overridesLeft = spec.overrides;
  for (let s = 0; s < spec.series; s += 1) {
    const zone = spec.zones[s % 2] as string;
    const uid = `series-${pad(s, 3)}@generated.visio.test`;
    const day = wallTimeAt('UTC', startMs + int(0, Math.floor(spanDays / 3)) * DAY_MS);
    const wall: WallTime = { year: day.year, month: day.month, day: Math.min(day.day, 28), hour: int(8, 17), minute: pick([0, 30]), second: 0 };
    const firstMs = wallTimeToEpochMs(zone, wall);
    const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()] as string;
    const kind = s % 10 < 6 ? 'weekly' : s % 10 < 9 ? 'monthly' : 'daily';
    const interval = kind === 'weekly' && s % 4 === 0 ? 2 : 1;
    const stepDays = kind === 'weekly' ? 7 * interval : 1;
    let rule = kind === 'weekly' ? `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${weekday}`
      : kind === 'monthly' ? `FREQ=MONTHLY;BYMONTHDAY=${wall.day}` : 'FREQ=DAILY';
    let instances = kind === 'monthly' ? spec.years * 12 : kind === 'daily' ? 200 : Math.floor(spanDays / stepDays);
    /** The n-th instance (0-based), wall time in the series' zone. */
    const nth = (n: number): WallTime => {
      if (kind === 'monthly') {
        const months = wall.year * 12 + wall.month - 1 + n;
        return { ...wall, year: Math.floor(months / 12), month: (months % 12) + 1 };
      }
      const date = wallTimeAt('UTC', Date.UTC(wall.year, wall.month - 1, wall.day) + n * stepDays * DAY_MS);
      return { ...wall, year: date.year, month: date.month, day: date.day };
    };
    if (kind === 'daily') {
      rule += ';COUNT=200';
    } else if (s % 5 === 1) {
      instances = Math.floor(instances / 2);
      rule += `;COUNT=${instances}`;
    } else if (s % 5 === 2) {
      instances = Math.floor(instances * 0.7);
      rule += `;UNTIL=${utc(wallTimeToEpochMs(zone, nth(instances - 1)))}`;
    }
    const duration = pick([30, 45, 60, 90]);
    const exdates = kind === 'monthly' ? [] : [int(3, instances - 1), int(3, instances - 1)].map((n) => `EXDATE;TZID=${zone}:${local(nth(n))}`);
    events.push([
      'BEGIN:VEVENT', `UID:${uid}`, stamp, `DTSTART;TZID=${zone}:${local(wall)}`,
      `DTEND;TZID=${zone}:${local(wallTimeAt(zone, firstMs + duration * 60_000))}`, `RRULE:${rule}`, ...exdates,
      `SUMMARY:${escapeText(`Réunion récurrente ${s}`)}`, ...linkLines().lines, 'SEQUENCE:0', 'END:VEVENT',
    ]);
    const count = s === spec.series - 1 ? overridesLeft : Math.min(perSeries, overridesLeft);
    const used = new Set<number>();
    for (let o = 0; o < count; o += 1) {
      let n = int(1, instances - 1);
      while (used.has(n)) n = (n % (instances - 1)) + 1;
      used.add(n);
      const originalMs = wallTimeToEpochMs(zone, nth(n));
      // Some producers write RECURRENCE-ID in UTC: it must still match by instant.
      const rid = o % 4 === 3 ? `RECURRENCE-ID:${utc(originalMs)}` : `RECURRENCE-ID;TZID=${zone}:${local(nth(n))}`;
      const change = o % 3;
      const movedMs = change === 0 ? originalMs + int(-2, 2) * 3_600_000 + int(0, 1) * DAY_MS : originalMs;
      events.push([
        'BEGIN:VEVENT', `UID:${uid}`, stamp, rid,
        `DTSTART;TZID=${zone}:${local(wallTimeAt(zone, movedMs))}`,
        `DTEND;TZID=${zone}:${local(wallTimeAt(zone, movedMs + duration * 60_000))}`,
        `SUMMARY:${escapeText(change === 1 ? `Réunion récurrente ${s} (nouveau sujet)` : `Réunion récurrente ${s}`)}`,
        ...(change === 2 ? ['STATUS:CANCELLED'] : []), ...linkLines().lines, 'SEQUENCE:1', 'END:VEVENT',
      ]);
    }
    overridesLeft -= count;
  }

  const singleCount = spec.events - events.length;
  const duplicates = Math.min(20, Math.floor(singleCount / 100));
  for (let i = 0; i < singleCount - duplicates; i += 1) {
    const uid = `single-${pad(i, 5)}@generated.visio.test`;
    const dayMs = startMs + int(0, spanDays - 1) * DAY_MS;
    const summary = `Rendez-vous ${i}`;
    const links = linkLines();
    const roll = random();
    let lines: string[];
    let start: string;
    let at: number;
    if (roll < 0.05) {
      lines = [`DTSTART;VALUE=DATE:${dateValue(dayMs)}`, `DTEND;VALUE=DATE:${dateValue(dayMs + DAY_MS)}`];
      start = new Date(dayMs).toISOString().slice(0, 10);
      at = dayMs;
    } else {
      const day = wallTimeAt('UTC', dayMs);
      const zone = roll < 0.45 ? spec.zones[0] : roll < 0.85 ? spec.zones[1] : 'UTC';
      const wall: WallTime = { year: day.year, month: day.month, day: day.day, hour: int(7, 19), minute: pick([0, 15, 30, 45]), second: 0 };
      at = wallTimeToEpochMs(zone, wall);
      const end = at + pick([15, 30, 60, 120]) * 60_000;
      lines = zone === 'UTC'
        ? [`DTSTART:${utc(at)}`, `DTEND:${utc(end)}`]
        : [`DTSTART;TZID=${zone}:${local(wallTimeAt(zone, at))}`, `DTEND;TZID=${zone}:${local(wallTimeAt(zone, end))}`];
      start = new Date(at).toISOString().replace('.000Z', 'Z');
    }
    events.push(['BEGIN:VEVENT', `UID:${uid}`, stamp, ...lines, `SUMMARY:${escapeText(summary)}`, ...links.lines, 'SEQUENCE:1', 'END:VEVENT']);
    singles.push({ uid, summary, start, allDay: roll < 0.05, startMs: at, visioUrl: links.visioUrl, lookalike: links.lookalike });
  }
  // Stale copies of some singles (lower SEQUENCE, another time): the newer copy must win.
  for (let d = 0; d < duplicates; d += 1) {
    const original = singles[d * 7] as KnownSingle;
    events.push(['BEGIN:VEVENT', `UID:${original.uid}`, stamp, `DTSTART:${utc(original.startMs + 3 * 3_600_000)}`,
      `DTEND:${utc(original.startMs + 4 * 3_600_000)}`, 'SUMMARY:Version périmée', 'SEQUENCE:0', 'END:VEVENT']);
  }

  // Servers do not sort: overrides may come before their master.
  for (let i = events.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [events[i], events[j]] = [events[j] as string[], events[i] as string[]];
  }
  const zonesText = spec.zones.flatMap((zone) => vtimezoneForYear(zone, zone, spec.firstYear));
  const text = foldContent([
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visio Scheduler//generated test feed//FR', 'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Agenda de test', ...zonesText, ...events.flat(), 'END:VCALENDAR',
  ].join('\r\n'));
  return { text, singles, visioLinks, lookalikes };
}
