import { findMeetingLinks, profileInstances, type FoundLink } from '../../core/meeting/detect.ts';
import type { Command } from '../command.ts';
import { looksLikeMessage, messageParts } from '../mime.ts';
import { loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';
import { readSource } from '../read-source.ts';

/**
 * `visio detect [FILE|-]`: the meeting links in a text, HTML, .ics or saved e-mail (.eml) file
 * (standard input for `-` or no file), one JSON object per line, Visio links first. iCalendar is
 * recognised by its BEGIN lines, a mail by its header block: its parts are decoded first.
 */
export const command: Command = {
  summary: 'List the meeting links in a text, HTML, .ics or .eml file',
  usage: 'visio detect [FILE|-] [--profile FILE]  print the meeting links found, as JSON lines',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, PROFILE_OPTION, 1);
    const profile = await loadProfile(values.profile);
    const source = positionals[0] ?? '-';
    const bytes = await readSource(source, io);
    const instances = profileInstances(profile);
    const texts = looksLikeMessage(bytes) ? messageParts(bytes).map((part) => part.text) : [decode(bytes)];
    for (const link of merge(texts.map((text) => findMeetingLinks(text, instances)))) {
      io.stdout(`${JSON.stringify({ provider: link.provider, url: link.url })}\n`);
    }
    return 0;
  },
};

/** The links of every part once each (a mail's text and HTML parts repeat the same links), Visio first. */
function merge(found: FoundLink[][]): FoundLink[] {
  const seen = new Set<string>();
  const all = found.flat().filter((link) => !seen.has(link.url) && seen.add(link.url));
  return [...all.filter((link) => link.provider === 'visio'), ...all.filter((link) => link.provider !== 'visio')];
}

/** UTF-8, or UTF-16 when the file starts with its byte-order mark (Windows Calendar exports). */
function decode(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString('utf16le');
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
