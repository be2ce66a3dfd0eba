// The organisation profile this package was built for (`npm run build -- --profile …`), baked in by
// scripts/build/extension.ts through esbuild's `define`, so no file is fetched at run time.
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';

declare const __VISIO_PROFILE__: Profile | undefined;

export const BUILT_PROFILE: Profile = typeof __VISIO_PROFILE__ === 'undefined' ? DEFAULT_PROFILE : __VISIO_PROFILE__;
