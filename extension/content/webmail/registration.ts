// Webmails on an organisation's own domain that the build did not know (not in the profile's
// `webmails`): the user adds "SOGo at https://mail.example.fr" in the options page; the extension
// asks for that one host at run time and registers the kind's content script for it; removing it
// unregisters the script and gives the permission back. Used by the options page (add/remove,
// from the click: permissions.request needs a user gesture) and the background (restore at start).
import type { Browser } from 'webextension-polyfill';
import type { Messages } from '../../../shared/core/i18n/translate.ts';
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { WEBMAIL_KINDS, type WebmailKind } from '../../../shared/core/profile/profile.ts';
import { originMatchPatterns, originPermission } from './match-patterns.ts';
import { contentScriptFile, WEBMAIL_ADAPTERS } from './registry.ts';

export interface AddedWebmail {
  readonly kind: WebmailKind;
  /** `https://host[:port]`, as typed, normalised (no path, no trailing slash). */
  readonly origin: string;
}

/** storage.local key: the user's added webmails (device-local, never synced: they need a grant here). */
export const ADDED_WEBMAILS_KEY = 'addedWebmails';

export type RegistrationMessageKey = 'invalidOrigin' | 'unknownKind' | 'permissionRefused' | 'registerFailed';
export type RegistrationResult = { readonly ok: true; readonly webmail: AddedWebmail } | { readonly ok: false; readonly error: LocalizedMessage<RegistrationMessageKey> };

export const registrationMessages: Messages<RegistrationMessageKey> = {
  fr: {
    invalidOrigin: '« {value} » n’est pas une adresse de messagerie valable : indiquez https://nom.du.serveur, sans chemin.',
    unknownKind: 'Type de messagerie inconnu : {value}.',
    permissionRefused: 'Autorisation refusée : le bouton Visio n’apparaîtra pas sur {value}.',
    registerFailed: 'Le bouton Visio n’a pas pu être activé sur {value} : {reason}',
  },
  en: {
    invalidOrigin: '“{value}” is not a valid webmail address: give https://server.name, without a path.',
    unknownKind: 'Unknown webmail type: {value}.',
    permissionRefused: 'Permission refused: the Visio button will not appear on {value}.',
    registerFailed: 'The Visio button could not be enabled on {value}: {reason}',
  },
  de: {
    invalidOrigin: '„{value}“ ist keine gültige Webmail-Adresse: Geben Sie https://server.name ohne Pfad an.',
    unknownKind: 'Unbekannter Webmail-Typ: {value}.',
    permissionRefused: 'Berechtigung verweigert: Die Visio-Schaltfläche erscheint nicht auf {value}.',
    registerFailed: 'Die Visio-Schaltfläche konnte auf {value} nicht aktiviert werden: {reason}',
  },
  nl: {
    invalidOrigin: '“{value}” is geen geldig webmailadres: geef https://servernaam op, zonder pad.',
    unknownKind: 'Onbekend webmailtype: {value}.',
    permissionRefused: 'Toestemming geweigerd: de Visio-knop verschijnt niet op {value}.',
    registerFailed: 'De Visio-knop kon niet worden ingeschakeld op {value}: {reason}',
  },
};

/** The WebExtension calls this module makes (promise-based: Firefox's `browser`, Chrome MV3's `chrome`). */
export type RegistrationApi = Pick<Browser, 'permissions' | 'scripting' | 'storage'>;

/** Not the polyfill: importing it outside an extension throws, and these calls are promise-based in MV3. */
function defaultApi(): RegistrationApi {
  const scope = globalThis as { browser?: RegistrationApi; chrome?: RegistrationApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('registration.ts runs in the extension (options page or background)');
  return api;
}

export function registrationId(webmail: AddedWebmail): string {
  return `visio-webmail:${webmail.kind}:${webmail.origin}`;
}

/** Checks and normalises what the user typed; null when it is not a plain http(s) origin. */
export function parseAddedWebmail(kind: string, origin: string): RegistrationResult {
  if (!(WEBMAIL_KINDS as readonly string[]).includes(kind)) return { ok: false, error: { key: 'unknownKind', params: { value: kind } } };
  let url: URL;
  try { url = new URL(origin.trim()); } catch { return { ok: false, error: { key: 'invalidOrigin', params: { value: origin } } }; }
  const webmail = { kind: kind as WebmailKind, origin: url.origin };
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !originMatchPatterns(WEBMAIL_ADAPTERS[webmail.kind], url.origin)
    || (url.pathname !== '/' && url.pathname !== '') || url.username || url.search || url.hash) {
    return { ok: false, error: { key: 'invalidOrigin', params: { value: origin } } };
  }
  return { ok: true, webmail };
}

export async function listAddedWebmails(api: RegistrationApi = defaultApi()): Promise<AddedWebmail[]> {
  const stored = (await api.storage.local.get(ADDED_WEBMAILS_KEY))[ADDED_WEBMAILS_KEY];
  return Array.isArray(stored) ? stored.filter((entry): entry is AddedWebmail => parseAddedWebmail(entry?.kind, entry?.origin).ok) : [];
}

async function saveList(api: RegistrationApi, list: AddedWebmail[]): Promise<void> {
  await api.storage.local.set({ [ADDED_WEBMAILS_KEY]: list });
}

/** Registers the kind's content script for the origin (idempotent); the permission must be granted. */
export async function registerWebmailScript(webmail: AddedWebmail, api: RegistrationApi = defaultApi()): Promise<void> {
  const id = registrationId(webmail);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await api.scripting.registerContentScripts([{
    id, matches: originMatchPatterns(WEBMAIL_ADAPTERS[webmail.kind], webmail.origin)!,
    js: [contentScriptFile(webmail.kind)], runAt: 'document_idle', persistAcrossSessions: true,
  }]);
}

/**
 * Options page, in the click handler: asks for the origin, then registers and remembers it.
 * The permission prompt must be the first await (browsers want it inside the user gesture).
 */
export async function addWebmail(kind: string, origin: string, api: RegistrationApi = defaultApi()): Promise<RegistrationResult> {
  const parsed = parseAddedWebmail(kind, origin);
  if (!parsed.ok) return parsed;
  const { webmail } = parsed;
  const granted = await api.permissions.request({ origins: [originPermission(webmail.origin)!] });
  if (!granted) return { ok: false, error: { key: 'permissionRefused', params: { value: webmail.origin } } };
  try {
    await registerWebmailScript(webmail, api);
  } catch (error) {
    return { ok: false, error: { key: 'registerFailed', params: { value: webmail.origin, reason: error instanceof Error ? error.message : String(error) } } };
  }
  const list = (await listAddedWebmails(api)).filter((entry) => registrationId(entry) !== registrationId(webmail));
  await saveList(api, [...list, webmail]);
  return { ok: true, webmail };
}

/** Options page: unregisters, forgets, and gives the host permission back unless another entry needs it. */
export async function removeWebmail(webmail: AddedWebmail, api: RegistrationApi = defaultApi()): Promise<void> {
  const id = registrationId(webmail);
  if ((await api.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
  const list = (await listAddedWebmails(api)).filter((entry) => registrationId(entry) !== id);
  await saveList(api, list);
  const permission = originPermission(webmail.origin)!;
  if (!list.some((entry) => originPermission(entry.origin) === permission)) await api.permissions.remove({ origins: [permission] });
}

/**
 * Background, at start-up and install: re-registers every added webmail whose permission is still
 * granted (browsers may drop dynamic scripts on update), and forgets those the user revoked in
 * the browser's own settings.
 */
export async function restoreWebmailRegistrations(api: RegistrationApi = defaultApi()): Promise<AddedWebmail[]> {
  const kept: AddedWebmail[] = [];
  for (const webmail of await listAddedWebmails(api)) {
    if (await api.permissions.contains({ origins: [originPermission(webmail.origin)!] })) {
      await registerWebmailScript(webmail, api);
      kept.push(webmail);
    } else {
      const id = registrationId(webmail);
      if ((await api.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
    }
  }
  await saveList(api, kept);
  return kept;
}
