import { normalizeInstanceUrl } from '../profile/instance-url.ts';
import type { Profile } from '../profile/profile.ts';
import { cryptoRandom, generateSlug, normalizeSlug, type RandomSource } from './slug.ts';

/** A Visio meeting: its join URL and slug; `pin` when the instance gave one (server-made rooms). */
export interface Meeting {
  readonly url: string;
  readonly slug: string;
  readonly pin?: string;
}

/**
 * The join URL of `slug` on an instance, port and path prefix kept:
 * (`https://example.fr:8443/visio`, `abc-defg-hij`) → `https://example.fr:8443/visio/abc-defg-hij`.
 * Throws on an invalid instance URL or slug: callers hold validated profiles, so this is a bug.
 */
export function roomUrl(instanceUrl: string, slug: string): string {
  const instance = normalizeInstanceUrl(instanceUrl);
  if (!instance.ok) throw new RangeError(`roomUrl: invalid instance URL ${JSON.stringify(instanceUrl)} (${instance.error.key})`);
  const normalized = normalizeSlug(slug);
  if (normalized === null) throw new RangeError(`roomUrl: invalid slug ${JSON.stringify(slug)}`);
  return `${instance.url}/${normalized}`;
}

/** A new room on the profile's instance (roomMode `random`: a client-drawn slug, see profile.ts). */
export function newMeeting(profile: Pick<Profile, 'instanceUrl'>, random: RandomSource = cryptoRandom): Meeting {
  const slug = generateSlug(random);
  return { url: roomUrl(profile.instanceUrl, slug), slug };
}
