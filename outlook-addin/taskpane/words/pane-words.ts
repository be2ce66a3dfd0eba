// What a taskpane-words.<lang>.js script hands the task pane, and under which global name.
import type { CoreMessageKey } from '../../../shared/core/i18n/core-messages.ts';
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import type { InviteMessageKey } from '../../../shared/core/invite/invite-messages.ts';
import type { UiMessageKey } from '../../../shared/ui/i18n/ui-messages.ts';

export const WORDS_GLOBAL = '__visioTaskpaneWords';

export interface PaneWords {
  readonly lang: Lang;
  readonly core: Readonly<Record<CoreMessageKey, string>>;
  readonly invite: Readonly<Record<InviteMessageKey, string>>;
  readonly ui: Readonly<Record<UiMessageKey, string>>;
}
