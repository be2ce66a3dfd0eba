// The message a webmail content script sends to get the resolved profile, and the answer's shape.
// Its own file: the background imports the name without pulling in the content script's code.
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';

export const PROFILE_STATE_MESSAGE = 'visio:profile-state';

/** extension/background/main.ts answers with loadProfileState() minus `locked` (a Set does not cross). */
export interface ProfileStateAnswer {
  readonly profile: Profile;
  readonly settings: { readonly lang?: Lang };
  readonly policyErrors: readonly unknown[];
}
