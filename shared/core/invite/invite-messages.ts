import type { Lang } from '../i18n/lang.ts';
import { translate, type LocalizedMessage } from '../i18n/translate.ts';

/*
 * Words for the errors validateTemplate returns (an organisation's invitation template is wrong).
 * `{position}`, `{placeholder}`, `{known}`, `{character}`, `{tag}`, `{attribute}` are parameters; translate() leaves the
 * other braces (`{url}`, `{{`) as they are, which is what these sentences show.
 * One module per language (invite-messages.fr.ts, …) so the extension's pages load only their user's.
 */
import { inviteMessages } from './invite-messages.all.ts';
import { fr, type InviteMessageKey } from './invite-messages.fr.ts';

export type { InviteMessageKey };
export { inviteMessages };

export function isInviteMessageKey(key: string): key is InviteMessageKey {
  return Object.hasOwn(fr, key);
}

/** Words one of validateTemplate's errors in `lang`; other keys are left to formatCoreMessage. */
export function formatInviteMessage(lang: Lang, message: LocalizedMessage): string {
  if (!isInviteMessageKey(message.key)) return message.key;
  return translate(inviteMessages, lang, message.key, message.params ?? {});
}
