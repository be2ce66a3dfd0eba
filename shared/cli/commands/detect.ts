import { readFile } from 'node:fs/promises';
import { findMeetingLinks, profileInstances } from '../../core/meeting/detect.ts';
import { UsageError, type Command } from '../command.ts';
import { loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';

/**
 * `visio detect [FILE|-]`: the meeting links in a text, HTML or .ics file (standard input for `-` or
 * no file), one JSON object per line, Visio links first. iCalendar is recognised by its BEGIN lines.
 */
export const command: Command = {
  summary: 'List the meeting links in a text, HTML or .ics file',
  usage: 'visio detect [FILE|-] [--profile FILE]  print the meeting links found, as JSON lines',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, PROFILE_OPTION, 1);
    const profile = await loadProfile(values.profile);
    const source = positionals[0] ?? '-';
    let input: string;
    if (source === '-') {
      input = await io.readStdin();
    } else {
      try {
        input = decode(await readFile(source));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new UsageError(`cannot read ${source}${code === '' ? '' : ` (${code})`}`);
      }
    }
    for (const link of findMeetingLinks(input, profileInstances(profile))) {
      io.stdout(`${JSON.stringify({ provider: link.provider, url: link.url })}\n`);
    }
    return 0;
  },
};

/** UTF-8, or UTF-16 when the file starts with its byte-order mark (Windows Calendar exports). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
