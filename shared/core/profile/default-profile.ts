import defaultJson from '../../../profiles/default.json' with { type: 'json' };
import type { Profile } from './profile.ts';

/**
 * The built-in profile for visio.numerique.gouv.fr: `profiles/default.json`, bundled.
 * JSON imports are typed loosely (strings, not unions), hence the assertion; default-profile.test.ts
 * proves the file passes validateProfile unchanged, so the assertion cannot hide a wrong value.
 */
export const DEFAULT_PROFILE: Profile = deepFreeze(defaultJson as Profile);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
