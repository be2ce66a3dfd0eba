import type { Profile } from '../../shared/core/profile/profile.ts';

// The organisation profile the add-in was built with: scripts/build/outlook.ts defines this constant
// (esbuild `define`), so every bundle carries the profile without fetching anything at run time.
// Only the bundles' entry points read it; everything below them takes the profile as a parameter.
declare const __VISIO_PROFILE__: Profile;

export function builtProfile(): Profile {
  return __VISIO_PROFILE__;
}
