// A .ics file for a new Visio meeting (notes/icalendar.md §5): METHOD:PUBLISH, the event in the
// organiser's time zone with a matching VTIMEZONE, the link where every calendar shows it
// (LOCATION, URL, DESCRIPTION) and as RFC 7986 CONFERENCE for the calendars that read that.
import type { Lang } from '../i18n/lang.ts';
import { telUri } from '../invite/dial-in.ts';
import type { Meeting } from '../meeting/room.ts';
import type { Profile } from '../profile/profile.ts';
import { foldContent } from './fold.ts';
import { ICAL, stringifyUnfolded, type IcalComponent } from './ical.ts';
import { parseLocalDateTime } from './local-time.ts';
import { vtimezoneForYear } from './vtimezone.ts';
import { canonicalIanaZone, wallTimeAt, wallTimeToEpochMs, type WallTime } from './zone-offsets.ts';

export interface MeetingIcsInput {
  readonly title: string;
  /** Wall-clock start in `timeZone`: `2027-01-15T10:00` (seconds optional). */
  readonly start: string;
  readonly durationMinutes: number;
  /** IANA zone name, e.g. `Europe/Paris`. */
  readonly timeZone: string;
  readonly meeting: Meeting;
  readonly invite: { readonly text: string; readonly html: string };
  readonly profile: Pick<Profile, 'appName' | 'dialInNumber'>;
  readonly lang: Lang;
  /** DTSTAMP; the current time when left out. */
  readonly now?: Date;
  /** A stable UID (e.g. to update an event); a random one when left out. */
  readonly uid?: string;
}

const JOIN_LABEL: Readonly<Record<Lang, string>> = {
  fr: 'Rejoindre la réunion {appName}',
  en: 'Join the {appName} meeting',
  de: 'An der {appName}-Besprechung teilnehmen',
  nl: 'Deelnemen aan de {appName}-vergadering',
};
const PHONE_LABEL: Readonly<Record<Lang, string>> = {
  fr: 'Rejoindre par téléphone',
  en: 'Join by phone',
  de: 'Per Telefon teilnehmen',
  nl: 'Deelnemen per telefoon',
};

const PRODID = '-//Visio Scheduler//visio-scheduler//FR';

function localValue(wall: WallTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

function addZonedTime(event: IcalComponent, name: string, wall: WallTime, zone: string): void {
  const property = new ICAL.Property(name);
  if (zone === 'UTC') {
    property.setValue(ICAL.Time.fromDateTimeString(`${localValue(wall)}Z`));
  } else {
    property.setParameter('tzid', zone);
    property.setValue(ICAL.Time.fromDateTimeString(localValue(wall)));
  }
  event.addProperty(property);
}

function conference(uri: string, features: string[], label: string) {
  const property = new ICAL.Property('conference');
  // resetType writes VALUE=URI, which RFC 7986 requires.
  property.resetType('uri');
  property.setParameter('feature', features as unknown as string);
  property.setParameter('label', label);
  property.setValue(uri);
  return property;
}

/** Throws a RangeError on input no caller should pass (the CLI checks arguments before). */
function check(input: MeetingIcsInput): { zone: string; startWall: WallTime } {
  const zone = canonicalIanaZone(input.timeZone);
  if (!zone) throw new RangeError(`unknown time zone ${JSON.stringify(input.timeZone)}`);
  const startWall = parseLocalDateTime(input.start);
  if (!startWall) throw new RangeError(`invalid start ${JSON.stringify(input.start)}`);
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`invalid duration ${JSON.stringify(input.durationMinutes)}`);
  }
  // Keep the caller's spelling (Intl canonicalises Asia/Kolkata to the legacy Asia/Calcutta).
  return { zone: ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(zone) ? 'UTC' : input.timeZone.trim(), startWall };
}

export function meetingToIcs(input: MeetingIcsInput): string {
  const { zone, startWall } = check(input);
  const startMs = wallTimeToEpochMs(zone, startWall);
  // Read back through the zone: a start in a spring-forward gap becomes the time clocks show.
  const start = wallTimeAt(zone, startMs);
  const end = wallTimeAt(zone, startMs + input.durationMinutes * 60_000);
  const { meeting, profile, lang } = input;

  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  if (zone !== 'UTC') {
    const text = vtimezoneForYear(zone, zone, start.year).join('\r\n');
    calendar.addSubcomponent(new ICAL.Component(ICAL.parse(text) as unknown as unknown[]));
  }

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', input.uid ?? `${crypto.randomUUID()}@visio-scheduler`);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(input.now ?? new Date(), true));
  addZonedTime(event, 'dtstart', start, zone);
  addZonedTime(event, 'dtend', end, zone);
  event.addPropertyWithValue('sequence', 0);
  event.addPropertyWithValue('summary', input.title);
  event.addPropertyWithValue('location', meeting.url);
  event.addPropertyWithValue('url', meeting.url);
  event.addPropertyWithValue('description', input.invite.text);
  const html = event.addPropertyWithValue('x-alt-desc', input.invite.html);
  html.setParameter('fmttype', 'text/html');
  const label = JOIN_LABEL[lang].replace('{appName}', profile.appName);
  event.addProperty(conference(meeting.url, ['AUDIO', 'VIDEO'], label));
  // Meet lets a caller in only with the room's PIN (notes/visio-meet.md §3): without one the
  // number is useless, so it is offered exactly when the invitation shows it (invite/render.ts).
  if (profile.dialInNumber && meeting.pin) {
    const phoneLabel = `${PHONE_LABEL[lang]} (PIN ${meeting.pin}#)`;
    event.addProperty(conference(telUri(profile.dialInNumber), ['PHONE'], phoneLabel));
  }
  event.addPropertyWithValue('status', 'CONFIRMED');
  event.addPropertyWithValue('transp', 'OPAQUE');
  calendar.addSubcomponent(event);
  return foldContent(stringifyUnfolded(calendar));
}
