// A calendar feed written relative to "now", for the calendar tests (unit and browser): what the
// popup must list, and what it must not (no link, a lookalike host, cancelled, beyond 7 days).
// Times are UTC or Europe/Paris with its VTIMEZONE, as Zimbra/SOGo/Nextcloud publish them.

const MIN = 60_000;

function utc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function floorToMinute(ms: number): number {
  return Math.floor(ms / MIN) * MIN;
}

export interface FeedMeeting {
  readonly uid: string;
  readonly summary: string;
  readonly start: number;
  readonly end: number;
  readonly url: string | null;
}

export type LinkedMeeting = FeedMeeting & { readonly url: string };

export interface MeetingFeed {
  readonly text: string;
  /** What the popup must show, in order (links only, next 7 days, in progress included). */
  readonly listed: readonly FeedMeeting[];
  readonly visioSoon: LinkedMeeting;
  readonly inProgress: LinkedMeeting;
  readonly teams: LinkedMeeting;
}

/** `instance`: the Visio instance the extension is built for (its links count as Visio). */
export function meetingFeed(now: number, instance: string, options: { soonInMinutes?: number } = {}): MeetingFeed {
  const base = floorToMinute(now);
  const room = (slug: string) => `${instance.replace(/\/$/, '')}/${slug}`;
  const soonStart = base + (options.soonInMinutes ?? 30) * MIN;
  const visioSoon = { uid: 'visio-soon@test', summary: 'Point équipe, budget 2027', start: soonStart, end: soonStart + 30 * MIN, url: room('abc-defg-hij') };
  const inProgress = { uid: 'visio-running@test', summary: 'Comité de pilotage', start: base - 10 * MIN, end: base + 50 * MIN, url: room('kmn-pqrs-tuv') };
  const teams = { uid: 'teams-tomorrow@test', summary: 'Réunion avec le prestataire', start: base + 26 * 60 * MIN, end: base + 27 * 60 * MIN,
    url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4YTk2@thread.v2/0?context=%7b%22Tid%22%3a%221%22%7d' };
  const weeklyStart = base + 3 * 24 * 60 * MIN;
  const weekly = { uid: 'visio-weekly@test', summary: 'Hebdo', start: weeklyStart, end: weeklyStart + 60 * MIN, url: room('wxy-zabc-def') };
  const noLink = { uid: 'no-link@test', summary: 'Déjeuner', start: base + 60 * MIN, end: base + 120 * MIN, url: null };
  const lookalike = { uid: 'lookalike@test', summary: 'Faux lien', start: base + 90 * MIN, end: base + 100 * MIN, url: `https://visio.numerique.gouv.fr.evil.example/abc-defg-hij` };
  const far = { uid: 'far@test', summary: 'Dans dix jours', start: base + 10 * 24 * 60 * MIN, end: base + 10 * 24 * 60 * MIN + 30 * MIN, url: room('far-away-now') };
  const cancelled = { uid: 'cancelled@test', summary: 'Annulée', start: base + 120 * MIN, end: base + 150 * MIN, url: room('can-celd-abc') };

  const vevent = (m: FeedMeeting, extra: string[] = []) => [
    'BEGIN:VEVENT', `UID:${m.uid}`, `DTSTAMP:${utc(now)}`, `DTSTART:${utc(m.start)}`, `DTEND:${utc(m.end)}`,
    `SUMMARY:${m.summary.replace(/,/g, '\\,')}`, ...(m.url ? [`LOCATION:${m.url}`, `DESCRIPTION:Rejoindre : ${m.url}`] : []), ...extra, 'END:VEVENT',
  ];
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visio Scheduler tests//calendar e2e//FR', 'CALSCALE:GREGORIAN',
    ...vevent(visioSoon), ...vevent(inProgress), ...vevent(teams),
    // Weekly for ten weeks: only the occurrences inside 7 days are listed.
    ...vevent(weekly, ['RRULE:FREQ=WEEKLY;COUNT=10']),
    ...vevent(noLink), ...vevent(far), ...vevent(cancelled, ['STATUS:CANCELLED']),
    'BEGIN:VEVENT', `UID:${lookalike.uid}`, `DTSTAMP:${utc(now)}`, `DTSTART:${utc(lookalike.start)}`, `DTEND:${utc(lookalike.end)}`,
    `SUMMARY:${lookalike.summary}`, `LOCATION:${lookalike.url}`, 'END:VEVENT',
    'END:VCALENDAR', '',
  ];
  const listed = [inProgress, visioSoon, teams, weekly].sort((a, b) => a.start - b.start);
  return { text: lines.join('\r\n'), listed, visioSoon, inProgress, teams };
}

/** A feed of one event with a link in its LOCATION (or DESCRIPTION), as a small server would publish it. */
export function singleEventFeed(event: { uid: string; start: number; minutes: number; summary: string; url: string; inDescription?: boolean }): string {
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visio Scheduler tests//one event//FR', 'BEGIN:VEVENT', `UID:${event.uid}`,
    `DTSTAMP:${utc(event.start)}`, `DTSTART:${utc(event.start)}`, `DTEND:${utc(event.start + event.minutes * MIN)}`, `SUMMARY:${event.summary}`,
    event.inDescription ? `DESCRIPTION:Lien : ${event.url}` : `LOCATION:${event.url}`, 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}
