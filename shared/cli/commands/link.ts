import { newMeeting } from '../../core/meeting/room.ts';
import type { Command } from '../command.ts';
import { loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';

/** `visio link`: one new room on the profile's instance, for scripts and for IT to check a profile. */
export const command: Command = {
  summary: 'Print a new meeting link',
  usage: 'visio link [--profile FILE]          print a new meeting URL',
  async run(args, io) {
    const { values } = parseCommandArgs(args, PROFILE_OPTION);
    const profile = await loadProfile(values.profile);
    io.stdout(`${newMeeting(profile).url}\n`);
    return 0;
  },
};
