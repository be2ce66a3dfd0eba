// The organisation profile the package was built with: the build defines __VISIO_PROFILE__
// (scripts/build/content-scripts.ts contentScriptDefines, merged into the extension build). No
// fallback to the default profile: it would bundle a second profile into every page for nothing.
import type { Profile } from '../../../shared/core/profile/profile.ts';

declare const __VISIO_PROFILE__: Profile;

export const BUILT_PROFILE: Profile = __VISIO_PROFILE__;
