import { inviteMessages, isInviteMessageKey } from '../invite/invite-messages.ts';
import type { Lang } from './lang.ts';
import { translate, type LocalizedMessage } from './translate.ts';
// Words for every error the core returns. Core code returns `LocalizedMessage`s (key + params);
// each UI (popup, options page, add-in, CLI, build script) words them here in its user's language.
// French first (core-messages.fr.ts): the product's first language and the fallback. One module
// per language so the extension's pages load only their user's (core-messages.all.ts / .lazy.ts).
import { coreMessages } from './core-messages.all.ts';
import { fr, type CoreMessageKey } from './core-messages.fr.ts';

export type { CoreMessageKey };
export { coreMessages };

export function isCoreMessageKey(key: string): key is CoreMessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

/**
 * Words any core error in `lang`: this table's, and the invitation template errors
 * (invite/invite-messages.ts) that profile validation passes on. A message about one field of a
 * profile or policy carries `params.field` (`outlook.hostUrl`, `templates.fr.text`): it is put in
 * front, so IT sees where to look while the sentence itself stays short and reusable.
 */
export function formatCoreMessage(lang: Lang, msg: LocalizedMessage): string {
  const params = msg.params ?? {};
  const text = isCoreMessageKey(msg.key)
    ? translate(coreMessages, lang, msg.key, params)
    : isInviteMessageKey(msg.key)
      ? translate(inviteMessages, lang, msg.key, params)
      : `${msg.key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`;
  return params.field === undefined ? text : `${params.field}: ${text}`;
}
