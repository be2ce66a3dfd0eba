import type { CoreMessageKey } from '../i18n/core-messages.ts';
import { isLang, LANGS, type Lang } from '../i18n/lang.ts';
import type { LocalizedMessage } from '../i18n/translate.ts';
import type { InviteMessageKey } from '../invite/invite-messages.ts';
import { validateTemplate } from '../invite/template.ts';
import { validateHtmlTemplate } from '../invite/html-template.ts';
import { DEFAULT_PROFILE } from './default-profile.ts';
import { isValidHost, normalizeInstanceUrl } from './instance-url.ts';
import {
  WEBMAIL_KINDS,
  type InviteTemplate,
  type OutlookSettings,
  type Profile,
  type WebmailOrigin,
} from './profile.ts';

/**
 * Checks an organisation profile (profiles/*.json, a build's `--profile`, or settings from storage).
 * Every field given is checked; a field left out takes the base's value (the default profile unless
 * told otherwise), so a profile may hold only what differs from visio.numerique.gouv.fr.
 * Unknown fields are errors: a typo in IT's file must not silently fall back to a default.
 * Every error names its field in `params.field` (formatCoreMessage puts it in front).
 */
export type ProfileError = LocalizedMessage<CoreMessageKey | InviteMessageKey>;
export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly ProfileError[] };

type Errors = ProfileError[];
type Params = Record<string, string>;

export const PROFILE_FIELDS = [
  'productName', 'geckoId', 'instanceUrl', 'extraInstances', 'appName', 'languages', 'templates',
  'placement', 'blockPosition', 'roomMode', 'dialInNumber', 'helpUrl', 'notice', 'webmails', 'outlook',
] as const satisfies readonly (keyof Profile)[];
const OUTLOOK_FIELDS = ['addinId', 'hostUrl', 'officeJs', 'autoVisio', 'skipTeamsMeetings', 'providerName'] as const satisfies readonly (keyof OutlookSettings)[];
/** Editors add `$schema` to JSON files they validate; it is not a setting. */
const IGNORED_FIELDS = new Set(['$schema']);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Firefox accepts an e-mail-like id or a GUID in braces. */
const GECKO_ID = /^(?:[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
/** Digits with the usual separators, optional leading +; E.164 allows at most 15 digits. */
const PHONE = /^\+?[0-9][0-9 .\-()/]*[0-9]$/;

/** Object.hasOwn is ES2022; Outlook's event runtime bundle targets ES2017. */
export function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function push(errors: Errors, key: CoreMessageKey, field: string, params: Params = {}): undefined {
  errors.push({ key, params: { ...params, field } });
  return undefined;
}

function text(value: unknown, field: string, errors: Errors): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return push(errors, 'profile.string', field);
}

/** Chrome refuses an extension whose manifest `name` is longer than 75 characters. */
const MAX_PRODUCT_NAME = 75;

function shortText(value: unknown, field: string, max: number, errors: Errors): string | undefined {
  const checked = text(value, field, errors);
  if (checked === undefined || checked.length <= max) return checked;
  return push(errors, 'profile.tooLong', field, { max: String(max) });
}

function bool(value: unknown, field: string, errors: Errors): boolean | undefined {
  return typeof value === 'boolean' ? value : push(errors, 'profile.boolean', field);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, field: string, errors: Errors): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return push(errors, 'profile.oneOf', field, { value: String(value), allowed: allowed.join(', ') });
}

function instance(value: unknown, field: string, errors: Errors): string | undefined {
  const checked = normalizeInstanceUrl(value);
  if (checked.ok) return checked.url;
  errors.push({ key: checked.error.key, params: { ...checked.error.params, field } });
  return undefined;
}

/** An https:// link for people to open (help page): any path and query, but no credentials. */
export function isHttpsUrl(value: string): boolean {
  const match = /^https:\/\/([^/?#]*)([/?#][^\s]*)?$/i.exec(value);
  if (match === null || /[\s<>"]/.test(value)) return false;
  const authority = (match[1] ?? '').toLowerCase();
  if (authority.includes('@')) return false;
  const hostPort = /^([^:]+)(?::(\d{1,5}))?$/.exec(authority);
  return hostPort !== null && isValidHost(hostPort[1] ?? '') && Number(hostPort[2] ?? 443) <= 65535;
}

function unknownFields(value: Record<string, unknown>, known: readonly string[], prefix: string, errors: Errors): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !IGNORED_FIELDS.has(key)) push(errors, 'profile.unknownField', `${prefix}${key}`, { known: known.join(', ') });
  }
}

function languages(value: unknown, errors: Errors): Lang[] | undefined {
  if (!Array.isArray(value)) return push(errors, 'profile.array', 'languages');
  if (value.length === 0) return push(errors, 'profile.languagesEmpty', 'languages');
  const seen: Lang[] = [];
  value.forEach((item: unknown, index) => {
    const field = `languages[${index}]`;
    if (!isLang(item)) push(errors, 'profile.language', field, { value: String(item), allowed: LANGS.join(', ') });
    else if (seen.includes(item)) push(errors, 'profile.languageTwice', field, { value: item });
    else seen.push(item);
  });
  return seen.length === value.length ? seen : undefined;
}

function extraInstances(value: unknown, main: string | undefined, errors: Errors): string[] | undefined {
  if (!Array.isArray(value)) return push(errors, 'profile.array', 'extraInstances');
  const result: string[] = [];
  value.forEach((item: unknown, index) => {
    const field = `extraInstances[${index}]`;
    const url = instance(item, field, errors);
    if (url === undefined) return;
    if (url === main || result.includes(url)) push(errors, 'profile.instanceTwice', field, { value: url });
    else result.push(url);
  });
  return result.length === value.length ? result : undefined;
}

/** A template's wording: non-empty, then its placeholders (and, for HTML, its markup) as invite/ checks them. */
function templateText(value: unknown, field: string, errors: Errors, html = false): string | undefined {
  const body = text(value, field, errors);
  if (body === undefined) return undefined;
  // HTML templates go into every invitation as written: invite/html-template.ts (the one rule
  // renderInvite also applies) refuses active content, remote images and unbalanced markup.
  const problems = html ? validateHtmlTemplate(body) : validateTemplate(body);
  for (const problem of problems) errors.push({ key: problem.key, params: { ...problem.params, field } });
  return problems.length === 0 ? body : undefined;
}

function templates(value: unknown, errors: Errors): Partial<Record<Lang, InviteTemplate>> | undefined {
  if (!isRecord(value)) return push(errors, 'profile.object', 'templates');
  const result: Partial<Record<Lang, InviteTemplate>> = {};
  const before = errors.length;
  for (const [lang, template] of Object.entries(value)) {
    const field = `templates.${lang}`;
    if (!isLang(lang)) { push(errors, 'profile.language', field, { value: lang, allowed: LANGS.join(', ') }); continue; }
    if (!isRecord(template)) { push(errors, 'profile.object', field); continue; }
    unknownFields(template, ['text', 'html'], `${field}.`, errors);
    const body = templateText(template.text, `${field}.text`, errors);
    const html = template.html === undefined ? undefined : templateText(template.html, `${field}.html`, errors, true);
    if (body !== undefined) result[lang] = html === undefined ? { text: body } : { text: body, html };
  }
  return errors.length === before ? result : undefined;
}

function dialIn(value: unknown, errors: Errors): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string') return push(errors, 'profile.dialIn', 'dialInNumber', { value: String(value) });
  const number = value.trim();
  const digits = number.replace(/\D/g, '').length;
  if (PHONE.test(number) && digits >= 3 && digits <= 15) return number;
  return push(errors, 'profile.dialIn', 'dialInNumber', { value });
}

function helpUrl(value: unknown, errors: Errors): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string' && isHttpsUrl(value.trim())) return value.trim();
  return push(errors, 'profile.httpsUrl', 'helpUrl', { value: String(value) });
}

/** The notice is a line every invitation must carry: it must exist in every language offered. */
function notice(value: unknown, langs: readonly Lang[], errors: Errors): Partial<Record<Lang, string>> | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return push(errors, 'profile.object', 'notice');
  const before = errors.length;
  const result: Partial<Record<Lang, string>> = {};
  for (const [lang, line] of Object.entries(value)) {
    const field = `notice.${lang}`;
    if (!isLang(lang)) push(errors, 'profile.language', field, { value: lang, allowed: LANGS.join(', ') });
    else if (typeof line !== 'string' || line.trim() === '') push(errors, 'profile.noticeEmpty', field);
    else result[lang] = line;
  }
  for (const lang of langs) {
    if (isRecord(value) && !hasOwn(value, lang)) push(errors, 'profile.noticeMissing', `notice.${lang}`, { value: lang });
  }
  return errors.length === before ? result : undefined;
}

function webmails(value: unknown, errors: Errors): WebmailOrigin[] | undefined {
  if (!Array.isArray(value)) return push(errors, 'profile.array', 'webmails');
  const before = errors.length;
  const result: WebmailOrigin[] = [];
  value.forEach((item: unknown, index) => {
    const field = `webmails[${index}]`;
    if (!isRecord(item)) { push(errors, 'profile.object', field); return; }
    unknownFields(item, ['kind', 'origin'], `${field}.`, errors);
    const kind = oneOf(WEBMAIL_KINDS, item.kind, `${field}.kind`, errors);
    const checked = normalizeInstanceUrl(item.origin);
    const isOrigin = checked.ok && /^https?:\/\/[^/]+$/.test(checked.url);
    if (!isOrigin) push(errors, 'profile.webmailOrigin', `${field}.origin`, { value: String(item.origin) });
    if (kind !== undefined && checked.ok && isOrigin) result.push({ kind, origin: checked.url });
  });
  return errors.length === before ? result : undefined;
}

function outlook(value: unknown, base: OutlookSettings, errors: Errors): OutlookSettings | undefined {
  if (!isRecord(value)) return push(errors, 'profile.object', 'outlook');
  const before = errors.length;
  unknownFields(value, OUTLOOK_FIELDS, 'outlook.', errors);
  const given = (key: keyof OutlookSettings) => hasOwn(value, key);
  const addinId = !given('addinId') ? base.addinId
    : typeof value.addinId === 'string' && GUID.test(value.addinId) ? value.addinId.toLowerCase()
    : push(errors, 'profile.guid', 'outlook.addinId', { value: String(value.addinId) });
  const hostUrl = given('hostUrl') ? instance(value.hostUrl, 'outlook.hostUrl', errors) : base.hostUrl;
  const officeJs = given('officeJs') ? oneOf(['cdn', 'self'] as const, value.officeJs, 'outlook.officeJs', errors) : base.officeJs;
  const autoVisio = given('autoVisio') ? bool(value.autoVisio, 'outlook.autoVisio', errors) : base.autoVisio;
  const skipTeamsMeetings = given('skipTeamsMeetings') ? bool(value.skipTeamsMeetings, 'outlook.skipTeamsMeetings', errors) : base.skipTeamsMeetings;
  const providerName = given('providerName') ? text(value.providerName, 'outlook.providerName', errors) : base.providerName;
  if (errors.length !== before || addinId === undefined || hostUrl === undefined || officeJs === undefined
    || autoVisio === undefined || skipTeamsMeetings === undefined || providerName === undefined) return undefined;
  return { addinId, hostUrl, officeJs, autoVisio, skipTeamsMeetings, providerName };
}

export function validateProfile(input: unknown, base: Profile = DEFAULT_PROFILE): ProfileResult {
  if (!isRecord(input)) return { ok: false, errors: [{ key: 'profile.notObject' }] };
  const errors: Errors = [];
  unknownFields(input, PROFILE_FIELDS, '', errors);
  const given = (key: keyof Profile) => hasOwn(input, key);
  const pick = <T>(key: keyof Profile, check: (value: unknown) => T | undefined, fallback: T): T | undefined =>
    given(key) ? check(input[key]) : fallback;

  const instanceUrl = pick('instanceUrl', (v) => instance(v, 'instanceUrl', errors), base.instanceUrl);
  const langs = pick('languages', (v) => languages(v, errors), base.languages);
  const profile = {
    productName: pick('productName', (v) => shortText(v, 'productName', MAX_PRODUCT_NAME, errors), base.productName),
    geckoId: pick('geckoId', (v) => typeof v === 'string' && GECKO_ID.test(v) ? v
      : push(errors, 'profile.geckoId', 'geckoId', { value: String(v) }), base.geckoId),
    instanceUrl,
    extraInstances: pick('extraInstances', (v) => extraInstances(v, instanceUrl, errors), base.extraInstances),
    appName: pick('appName', (v) => text(v, 'appName', errors), base.appName),
    languages: langs,
    templates: pick('templates', (v) => templates(v, errors), base.templates),
    placement: pick('placement', (v) => oneOf(['location', 'description', 'both'] as const, v, 'placement', errors), base.placement),
    blockPosition: pick('blockPosition', (v) => oneOf(['top', 'bottom'] as const, v, 'blockPosition', errors), base.blockPosition),
    roomMode: pick('roomMode', (v) => oneOf(['random'] as const, v, 'roomMode', errors), base.roomMode),
    dialInNumber: pick('dialInNumber', (v) => dialIn(v, errors), base.dialInNumber),
    helpUrl: pick('helpUrl', (v) => helpUrl(v, errors), base.helpUrl),
    // The notice is re-checked against the final languages even when only `languages` changed.
    notice: notice(given('notice') ? input.notice : base.notice, langs ?? [], errors),
    webmails: pick('webmails', (v) => webmails(v, errors), base.webmails),
    outlook: pick('outlook', (v) => outlook(v, base.outlook, errors), base.outlook),
  };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: profile as Profile };
}

/**
 * Ids that tell one organisation's packages from another's: a second extension with the default's
 * geckoId replaces ours in Firefox (and its policies), the same addinId makes Outlook take it for
 * visio.numerique.gouv.fr's add-in, and the default hostUrl is a developer's localhost.
 */
const ORGANISATION_IDS: ReadonlyArray<{ readonly field: string; readonly path: readonly string[]; readonly get: (profile: Profile) => string }> = [
  { field: 'geckoId', path: ['geckoId'], get: (profile) => profile.geckoId },
  { field: 'outlook.addinId', path: ['outlook', 'addinId'], get: (profile) => profile.outlook.addinId },
  { field: 'outlook.hostUrl', path: ['outlook', 'hostUrl'], get: (profile) => profile.outlook.hostUrl },
];

function givenIn(raw: unknown, path: readonly string[]): boolean {
  let value = raw;
  for (const key of path) {
    if (!isRecord(value) || !hasOwn(value, key)) return false;
    value = value[key];
  }
  return true;
}

/**
 * What a valid but probably unfinished profile gets wrong, for the build and `visio` to print (they
 * go on: these are warnings). A branded profile (its productName or instanceUrl differs from the
 * default's) that keeps the default's geckoId, outlook.addinId or outlook.hostUrl, whether it left
 * them out (missing fields take the default: validateProfile) or copied them from default.json;
 * `raw` is the file as read, `profile` what validateProfile made of it.
 */
export function profileWarnings(profile: Profile, raw: unknown): LocalizedMessage<CoreMessageKey>[] {
  const branded = profile.productName !== DEFAULT_PROFILE.productName || profile.instanceUrl !== DEFAULT_PROFILE.instanceUrl;
  if (!branded) return [];
  return ORGANISATION_IDS
    .filter(({ get }) => get(profile) === get(DEFAULT_PROFILE))
    .map(({ field, path, get }) => ({
      key: givenIn(raw, path) ? 'profile.defaultIdCopied' : 'profile.defaultIdLeftOut',
      params: { field, value: get(profile) },
    }));
}
