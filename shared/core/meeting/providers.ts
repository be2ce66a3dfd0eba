import { isHostOrSubdomain, type HttpUrl } from './http-url.ts';

/**
 * Meeting services whose links we recognise. Visio links are matched against the organisation's
 * instances (detect.ts); the others by their public hosts and join paths, so later features can
 * offer to join them or to replace them with Visio.
 */
export const PROVIDERS = ['visio', 'teams', 'zoom', 'google-meet', 'webex', 'jitsi'] as const;
export type Provider = (typeof PROVIDERS)[number];
export type OtherProvider = Exclude<Provider, 'visio'>;

/** Product names as the services write them (not translated). */
export const PROVIDER_NAMES: Readonly<Record<OtherProvider, string>> = {
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  'google-meet': 'Google Meet',
  webex: 'Webex',
  jitsi: 'Jitsi Meet',
};

/** Public Jitsi service; organisations add their own hosts through `jitsiHosts`. */
export const DEFAULT_JITSI_HOSTS: readonly string[] = ['meet.jit.si'];

const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.microsoft.us', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us', 'teams.live.com'];
const ZOOM_DOMAINS = ['zoom.us', 'zoom.com', 'zoomgov.com'];
/** Jitsi serves its app from the same host: these first path segments are files, not rooms. */
const JITSI_NOT_ROOMS = new Set(['static', 'libs', 'css', 'images', 'sounds', 'fonts', 'lang', 'http-bind', 'xmpp-websocket', 'colibri-ws', 'config.js', 'interface_config.js', 'external_api.js']);

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Teams: `/l/meetup-join/<thread>/…` (classic) and `/meet/<id>` (2024+, also teams.live.com).
 * Not `meetingOptions`, `dialin.…`, `api.scheduler.…`, which invitations carry next to the join link.
 */
function isTeams(url: HttpUrl): boolean {
  if (!TEAMS_HOSTS.includes(url.host)) return false;
  const parts = segments(url.path);
  if (parts[0] === 'l' && parts[1] === 'meetup-join' && parts.length >= 3) return true;
  return parts[0] === 'meet' && parts.length === 2 && /^[A-Za-z0-9]+$/.test(parts[1] ?? '');
}

/** Zoom join (`/j/<id>`), personal room (`/my/<name>`), webinar (`/w/<id>`), web client (`/wc/join/<id>`); not `/s/` (host start). */
function isZoom(url: HttpUrl): boolean {
  if (!ZOOM_DOMAINS.some((domain) => isHostOrSubdomain(url.host, domain))) return false;
  const [first, second, third] = segments(url.path);
  if ((first === 'j' || first === 'w') && /^\d{9,12}$/.test(second ?? '')) return true;
  if (first === 'my' && /^[A-Za-z0-9._-]+$/.test(second ?? '')) return true;
  return first === 'wc' && second === 'join' && /^\d{9,12}$/.test(third ?? '');
}

/** Google Meet codes are 3-4-3 lowercase letters, like Visio slugs: told apart by host. */
function isGoogleMeet(url: HttpUrl): boolean {
  if (url.host !== 'meet.google.com') return false;
  const parts = segments(url.path);
  const code = parts[0] === 'lookup' || parts[0] === '_meet' ? parts[1] : parts.length === 1 ? parts[0] : undefined;
  return /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(code ?? '');
}

/** Webex: `/<site>/j.php?MTID=…`, `/meet/<user>`, `/join/<user>` (optionally after the site name). */
function isWebex(url: HttpUrl): boolean {
  if (!isHostOrSubdomain(url.host, 'webex.com') || url.host === 'webex.com' || url.host === 'www.webex.com') return false;
  const parts = segments(url.path);
  const last = parts[parts.length - 1] ?? '';
  if (last === 'j.php') return /(?:^|&)MTID=/i.test(url.query ?? '');
  const at = parts.findIndex((part) => part === 'meet' || part === 'join');
  return at !== -1 && at <= 1 && parts.length === at + 2;
}

function isJitsi(url: HttpUrl, jitsiHosts: readonly string[]): boolean {
  if (!jitsiHosts.includes(url.host)) return false;
  const parts = segments(url.path);
  const room = parts[0] ?? '';
  return parts.length === 1 && !JITSI_NOT_ROOMS.has(room.toLowerCase()) && /^[A-Za-z0-9][A-Za-z0-9_.~%-]*$/.test(room)
    && !/\.(?:js|css|html|json|png|svg|ico|txt)$/i.test(room);
}

/** Which other service a parsed https address joins, or null. */
export function otherProvider(url: HttpUrl, jitsiHosts: readonly string[] = DEFAULT_JITSI_HOSTS): OtherProvider | null {
  if (url.scheme !== 'https') return null;
  if (isTeams(url)) return 'teams';
  if (isZoom(url)) return 'zoom';
  if (isGoogleMeet(url)) return 'google-meet';
  if (isWebex(url)) return 'webex';
  if (isJitsi(url, jitsiHosts)) return 'jitsi';
  return null;
}
