// The organisation profile the package was built with. The build defines __VISIO_PROFILE__
// (see scripts/build/content-scripts.ts contentScriptDefines); without it (tests, a build that
// forgot) the bundled default profile is used.
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';

declare const __VISIO_PROFILE__: Profile | undefined;

export const BUILT_PROFILE: Profile = typeof __VISIO_PROFILE__ === 'undefined' ? DEFAULT_PROFILE : __VISIO_PROFILE__;
