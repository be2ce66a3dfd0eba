import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';

// The organisation profile the add-in was built with: scripts/build/outlook.ts defines this constant
// (esbuild `define`), so every bundle carries the profile without fetching anything at run time.
declare const __VISIO_PROFILE__: Profile | undefined;

export function builtProfile(): Profile {
  return typeof __VISIO_PROFILE__ === 'undefined' ? DEFAULT_PROFILE : __VISIO_PROFILE__;
}
