import { isLang, LANGS } from '../../core/i18n/lang.ts';
import { renderInvite } from '../../core/invite/render.ts';
import { newMeeting } from '../../core/meeting/room.ts';
import { UsageError, type Command } from '../command.ts';
import { loadProfile, parseCommandArgs, PROFILE_OPTION } from '../profile-arg.ts';

/**
 * `visio invite`: a new meeting's invitation block, as the extension and the add-in insert it,
 * in plain text or HTML: for scripts, and for IT to proofread a profile's wording and notice.
 */
export const command: Command = {
  summary: 'Print a new invitation',
  usage: 'visio invite [--lang fr|en|de|nl] [--html] [--profile FILE]   print a new invitation',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...PROFILE_OPTION, lang: { type: 'string' }, html: { type: 'boolean' } });
    const lang = values.lang;
    if (lang !== undefined && !isLang(lang)) {
      throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${lang}")`);
    }
    const profile = await loadProfile(values.profile);
    const invite = renderInvite(profile, lang ?? profile.languages[0] ?? 'fr', newMeeting(profile));
    io.stdout(`${values.html === true ? invite.html : invite.text}\n`);
    return 0;
  },
};
