import { writeFile } from 'node:fs/promises';
import { formatCoreMessage } from '../../core/i18n/core-messages.ts';
import { isLang, LANGS } from '../../core/i18n/lang.ts';
import { parseLocalDateTime } from '../../core/ical/local-time.ts';
import { meetingToIcs } from '../../core/ical/write-ics.ts';
import { canonicalIanaZone, wallTimeAt, wallTimeToEpochMs } from '../../core/ical/zone-offsets.ts';
import { renderInvite } from '../../core/invite/render.ts';
import { validateDuration } from '../../core/meeting/duration.ts';
import { newMeeting } from '../../core/meeting/room.ts';
import { UsageError, type Command } from '../command.ts';
import { cliLang, loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';

/** The machine's zone, as the user sees their clock (TZ=… or the system setting). */
function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * `visio ics`: a .ics file for a new Visio meeting, to attach to a mail or import into any
 * calendar: the event in the given zone (with its VTIMEZONE) and the invitation in the description.
 */
export const command: Command = {
  summary: 'Write a .ics file for a new meeting',
  usage: 'visio ics --title T --start 2027-01-15T10:00 --duration 60 [--tz Europe/Paris] [--lang fr|en|de|nl] [--out FILE] [--profile FILE]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...PROFILE_OPTION,
      title: { type: 'string' }, start: { type: 'string' }, duration: { type: 'string' },
      tz: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' },
    });
    const title = values.title?.trim();
    if (!title) throw new UsageError('--title is required (the meeting\'s name)');
    if (values.start === undefined) throw new UsageError('--start is required, e.g. --start 2027-01-15T10:00');
    const wall = parseLocalDateTime(values.start);
    if (!wall) throw new UsageError(`--start must be a local date and time like 2027-01-15T10:00 (got "${values.start}")`);
    if (values.duration === undefined) throw new UsageError('--duration is required, in minutes (e.g. --duration 60)');
    const duration = Number(values.duration);
    if (!/^\d+$/.test(values.duration)) throw new UsageError(`--duration needs a number of minutes, got ${values.duration}`);
    // The core's limits, the same as the popup's and the task pane's.
    const tooShortOrLong = validateDuration(duration);
    if (tooShortOrLong) throw new UsageError(`--duration ${values.duration}: ${formatCoreMessage(cliLang(), tooShortOrLong)}`);
    const timeZone = values.tz ?? machineZone();
    if (!canonicalIanaZone(timeZone)) throw new UsageError(`--tz: unknown time zone "${timeZone}" (an IANA name like Europe/Paris)`);
    const shown = wallTimeAt(timeZone, wallTimeToEpochMs(timeZone, wall));
    if (shown.hour !== wall.hour || shown.minute !== wall.minute || shown.day !== wall.day) {
      throw new UsageError(`--start ${values.start} does not exist in ${timeZone} (clocks skip it at the daylight saving change)`);
    }
    const lang = values.lang;
    if (lang !== undefined && !isLang(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${lang}")`);
    const profile = await loadProfile(values.profile);
    const chosenLang = lang ?? profile.languages[0] ?? 'fr';
    const meeting = newMeeting(profile);
    const text = meetingToIcs({
      title, start: values.start, durationMinutes: duration, timeZone, meeting,
      invite: renderInvite(profile, chosenLang, meeting), profile, lang: chosenLang,
    });
    if (values.out === undefined || values.out === '-') {
      io.stdout(text);
    } else {
      try {
        await writeFile(values.out, text, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new UsageError(`cannot write ${values.out}${code === '' ? '' : ` (${code})`}`);
      }
      io.stderr(`${values.out}: ${meeting.url}\n`);
    }
    return 0;
  },
};
