import { isLang, type Lang } from '../i18n/lang.ts';
import type { Profile } from './profile.ts';
import { hasOwn, isRecord, validateProfile, type ProfileError } from './validate-profile.ts';

/**
 * The profile in force at run time: managed policy over the user's settings over the built profile.
 *
 * - **Built profile** (`base`): the organisation's defaults, validated at build time.
 * - **User settings** (shared/ui/host.ts `UserSettings`, kept by each front door): only USER_FIELDS,
 *   which change how one person works and nothing the organisation answers for: the instance
 *   (someone working for two administrations), the invitation language, where the link and the
 *   block go, and "add Visio to every new meeting". Templates, notice, dial-in, help URL stay the organisation's.
 *   A stale or invalid user value is skipped (reported in `userErrors`) and the rest still applies.
 * - **Policy** (storage.managed, Outlook admin settings): any profile field, plus `<field>Locked`
 *   for a user field (`instanceUrlLocked`, `langLocked`, `placementLocked`, `blockPositionLocked`,
 *   `autoVisioLocked`); setting `languages` sets `lang`, setting `outlook.autoVisio` sets `autoVisio`.
 *   A user field the policy sets is locked unless the policy says `<field>Locked: false`: a value
 *   silently winning over the user's choice would look like a bug, so winning is the default, and
 *   IT who mean "a default people may change" say so explicitly (the policy value then replaces the
 *   built profile's, and the user's own setting wins over it). `<field>Locked: true` alone locks
 *   the built profile's value.
 * - When a layer changes the instance, the one it replaces stays in `extraInstances`: rooms made
 *   there before are still Visio rooms, and must not get a second link added next to them.
 * - An **invalid policy fails closed**: `policyErrors` is non-empty, the built profile is used as is
 *   and every user field is locked, since we cannot know what the policy meant to enforce. The
 *   caller must show the errors (options page, task pane) rather than carry on silently.
 */
export const USER_FIELDS = ['instanceUrl', 'lang', 'placement', 'blockPosition', 'autoVisio'] as const;
export type UserField = (typeof USER_FIELDS)[number];

export interface UserSettings {
  readonly instanceUrl?: string;
  /** Must be one of the profile's languages; it becomes the first (default) one. */
  readonly lang?: Lang;
  readonly placement?: Profile['placement'];
  readonly blockPosition?: Profile['blockPosition'];
  /** Outlook: add a Visio link to every new meeting. */
  readonly autoVisio?: boolean;
}

export interface ResolvedProfile {
  readonly profile: Profile;
  readonly locked: ReadonlySet<UserField>;
  readonly policyErrors: readonly ProfileError[];
  /** Same as policyErrors (the name docs/architecture.md gives it). */
  readonly errors: readonly ProfileError[];
  readonly userErrors: readonly ProfileError[];
}

type Errors = ProfileError[];

/** `next` with `previous`'s instance kept as an extra one when the instance changed. */
function keepPreviousInstance(previous: Profile, next: Profile): Profile {
  const old = previous.instanceUrl;
  if (next.instanceUrl === old) return next;
  const others = next.extraInstances.filter((url) => url !== next.instanceUrl && url !== old);
  return { ...next, extraInstances: [...others, old] };
}

const LOCK_SUFFIX = 'Locked';
/**
 * Managed keys that configure other parts of a front door, not the profile: each is validated by
 * its own reader (calendarFeeds: extension/background/calendar). Passed over here, so that setting
 * one does not make the whole policy invalid.
 */
export const NON_PROFILE_POLICY_KEYS: readonly string[] = ['calendarFeeds'];

function isUserField(name: string): name is UserField {
  return (USER_FIELDS as readonly string[]).includes(name);
}

/** The user fields a policy (already validated as a profile) sets. */
function fieldsSetBy(policy: Record<string, unknown>): UserField[] {
  const set: UserField[] = [];
  if (hasOwn(policy, 'instanceUrl')) set.push('instanceUrl');
  if (hasOwn(policy, 'languages')) set.push('lang');
  if (hasOwn(policy, 'placement')) set.push('placement');
  if (hasOwn(policy, 'blockPosition')) set.push('blockPosition');
  if (isRecord(policy.outlook) && hasOwn(policy.outlook, 'autoVisio')) set.push('autoVisio');
  return set;
}

function applyPolicy(base: Profile, policy: unknown): { profile: Profile; locked: Set<UserField>; errors: Errors } {
  const locked = new Set<UserField>();
  /** `<field>Locked: false`: the policy's value for that field is a default, not a rule. */
  const unlocked = new Set<UserField>();
  if (policy === null || policy === undefined) return { profile: base, locked, errors: [] };
  if (!isRecord(policy)) return { profile: base, locked, errors: [{ key: 'policy.notObject' }] };
  const errors: Errors = [];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(policy)) {
    if (NON_PROFILE_POLICY_KEYS.includes(key)) continue;
    if (!key.endsWith(LOCK_SUFFIX)) { fields[key] = value; continue; }
    const field = key.slice(0, -LOCK_SUFFIX.length);
    if (!isUserField(field)) errors.push({ key: 'policy.unknownField', params: { field: key } });
    else if (typeof value !== 'boolean') errors.push({ key: 'policy.lockNotBoolean', params: { field: key } });
    else if (value) locked.add(field);
    else unlocked.add(field);
  }
  const checked = validateProfile(fields, base);
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length > 0 || !checked.ok) return { profile: base, locked, errors };
  for (const field of fieldsSetBy(fields)) if (!unlocked.has(field)) locked.add(field);
  return { profile: keepPreviousInstance(base, checked.profile), locked, errors };
}

/** One user field applied over `profile`, or the errors that made it skip. */
function applyUserField(profile: Profile, field: UserField, value: unknown): Profile | Errors {
  let change: Record<string, unknown>;
  switch (field) {
    case 'lang':
      if (!isLang(value) || !profile.languages.includes(value)) {
        return [{ key: 'profile.language', params: { field, value: String(value), allowed: profile.languages.join(', ') } }];
      }
      change = { languages: [value, ...profile.languages.filter((lang) => lang !== value)] };
      break;
    case 'autoVisio':
      change = { outlook: { autoVisio: value } };
      break;
    default:
      change = { [field]: value };
  }
  const checked = validateProfile(change, profile);
  if (checked.ok) return keepPreviousInstance(profile, checked.profile);
  return checked.errors.map((error) => ({ key: error.key, params: { ...error.params, field } }));
}

export function resolveProfile(base: Profile, policy: unknown, user: unknown): ResolvedProfile {
  const fromPolicy = applyPolicy(base, policy);
  if (fromPolicy.errors.length > 0) {
    return { profile: base, locked: new Set(USER_FIELDS), policyErrors: fromPolicy.errors, errors: fromPolicy.errors, userErrors: [] };
  }
  let profile = fromPolicy.profile;
  const userErrors: Errors = [];
  if (user !== null && user !== undefined) {
    if (!isRecord(user)) {
      userErrors.push({ key: 'profile.notObject' });
    } else {
      for (const [field, value] of Object.entries(user)) {
        if (!isUserField(field)) { userErrors.push({ key: 'settings.unknownField', params: { field } }); continue; }
        if (fromPolicy.locked.has(field) || value === undefined) continue;
        const result = applyUserField(profile, field, value);
        if (Array.isArray(result)) userErrors.push(...result);
        else profile = result as Profile;
      }
    }
  }
  return { profile, locked: fromPolicy.locked, policyErrors: [], errors: [], userErrors };
}
