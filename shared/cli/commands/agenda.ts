import { readAgenda, type Occurrence } from '../../core/ical/agenda.ts';
import { decodeFeedBytes } from '../../core/ical/decode-feed.ts';
import { formatFeedMessage } from '../../core/ical/feed-messages.ts';
import { classifyFeedResponse, normalizeFeedUrl, type FeedProblem } from '../../core/ical/feed-response.ts';
import { parseLocalDateTime } from '../../core/ical/local-time.ts';
import { canonicalIanaZone, wallTimeToEpochMs } from '../../core/ical/zone-offsets.ts';
import { profileInstances } from '../../core/meeting/detect.ts';
import { UsageError, type Command } from '../command.ts';
import { cliLang, loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';
import { readSource } from '../read-source.ts';

const MAX_FEED_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_SECONDS = 30;

class FeedError extends Error {
  constructor(readonly problem: FeedProblem) {
    super(problem.key);
  }
}

/** GET with a timeout and a size cap; the answer is judged (401, HTML page, login…) before parsing. */
export async function fetchFeed(url: string, timeoutMs: number, maxBytes = MAX_FEED_BYTES): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'text/calendar, */*;q=0.5' }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    throw new FeedError({ key: name === 'TimeoutError' || name === 'AbortError' ? 'feed.timeout' : 'feed.network' });
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new FeedError({ key: 'feed.tooLarge', params: { limit: maxBytes / 1024 / 1024 } });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel();
        throw new FeedError({ key: 'feed.tooLarge', params: { limit: maxBytes / 1024 / 1024 } });
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const name = (error as Error).name;
    throw new FeedError({ key: name === 'TimeoutError' || name === 'AbortError' ? 'feed.timeout' : 'feed.network' });
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const problem = classifyFeedResponse({ status: response.status, contentType: response.headers.get('content-type'), finalUrl: response.url, body });
  if (problem) throw new FeedError(problem);
  return body;
}

/** `2027-01-15T00:00Z` (any ISO instant), or a local `2027-01-15T08:00` / `2027-01-15` in `zone`. */
function parseFrom(text: string, zone: string): Date | null {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(iso) ? null : new Date(iso);
  }
  const wall = parseLocalDateTime(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00` : text);
  return wall ? new Date(wallTimeToEpochMs(zone, wall)) : null;
}

function line(o: Occurrence): string {
  return JSON.stringify({ start: o.start, end: o.end, uid: o.uid, summary: o.summary, provider: o.provider, url: o.url, allDay: o.allDay });
}

/**
 * `visio agenda`: the occurrences of a calendar file or feed that start in a window, one JSON
 * line each, sorted by start; skipped events and unknown time zones on standard error.
 */
export const command: Command = {
  summary: 'List the coming meetings of a calendar file or feed',
  usage: 'visio agenda FILE|URL|- [--from 2027-01-15T00:00Z] [--days 14] [--tz Europe/Paris] [--timeout 30] [--profile FILE]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...PROFILE_OPTION, from: { type: 'string' }, days: { type: 'string' }, tz: { type: 'string' }, timeout: { type: 'string' },
    }, 1);
    const source = positionals[0];
    if (source === undefined) throw new UsageError('a calendar file or address is required (visio agenda FILE|URL, - for standard input)');
    const zone = values.tz ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    if (!canonicalIanaZone(zone)) throw new UsageError(`--tz: unknown time zone "${zone}" (an IANA name like Europe/Paris)`);
    const from = values.from === undefined ? new Date() : parseFrom(values.from, zone);
    if (!from) throw new UsageError(`--from must be a date and time like 2027-01-15T00:00Z (got "${values.from}")`);
    const daysText = values.days ?? '14';
    const days = Number(daysText);
    if (!/^\d+$/.test(daysText) || days < 1 || days > 3660) throw new UsageError(`--days must be a whole number from 1 to 3660 (got "${daysText}")`);
    const timeoutText = values.timeout ?? String(DEFAULT_TIMEOUT_SECONDS);
    const timeout = Number(timeoutText);
    if (!(timeout > 0) || timeout > 600) throw new UsageError(`--timeout must be a number of seconds up to 600 (got "${timeoutText}")`);
    const profile = await loadProfile(values.profile);
    const lang = cliLang();

    let bytes: Uint8Array;
    let where = source;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^(https?|webcals?):\/\//i.test(source)) {
      throw new UsageError('only https://, webcal:// addresses or a file path are supported');
    }
    if (/^(https?|webcals?):\/\//i.test(source)) {
      const url = normalizeFeedUrl(source);
      if (!url.ok) throw new UsageError(formatFeedMessage(lang, url.error));
      try {
        bytes = await fetchFeed(url.url, timeout * 1000);
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        // The address is a secret: name the host only.
        io.stderr(`visio agenda: ${new URL(url.url).host}: ${formatFeedMessage(lang, error.problem)}\n`);
        return 1;
      }
      where = new URL(url.url).host;
    } else {
      bytes = await readSource(source, io);
    }

    // A binary or plain-text file would otherwise list nothing and succeed: say what is wrong.
    const text = decodeFeedBytes(bytes);
    if (!/^BEGIN:VCALENDAR[ \t]*\r?$/im.test(text)) {
      io.stderr(`visio agenda: ${source === '-' ? 'standard input' : where}: not an iCalendar file\n`);
      return 1;
    }
    const agenda = readAgenda(text, { from, days, instances: profileInstances(profile), timeZone: zone });
    for (const occurrence of agenda.occurrences) io.stdout(`${line(occurrence)}\n`);
    for (const skipped of agenda.skipped) {
      const who = [skipped.uid, skipped.summary === null ? null : JSON.stringify(skipped.summary)].filter(Boolean).join(' ');
      io.stderr(`skipped ${who || '(event without UID)'}: ${skipped.reason}${skipped.detail ? ` (${skipped.detail})` : ''}\n`);
    }
    for (const tzid of agenda.unresolvedZones) io.stderr(`unknown time zone: ${JSON.stringify(tzid)}\n`);
    return 0;
  },
};
