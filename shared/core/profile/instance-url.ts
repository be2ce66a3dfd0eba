import type { LocalizedMessage } from '../i18n/translate.ts';
import type { CoreMessageKey } from '../i18n/core-messages.ts';
import { normalizeSlug } from '../meeting/slug.ts';

/**
 * Instance URLs as IT and users type them: `visio.example.fr`, `https://visio.example.fr/`,
 * `visio.example.fr:8443`, `https://example.fr/visio`. Normalised to `https://host[:port][/prefix]`
 * (lowercase host, default port dropped, no trailing slash) so that every room link and every
 * comparison in link detection works on one spelling.
 *
 * Parsed by hand rather than with `URL`: the rules are narrower than WHATWG's (no credentials, no
 * query, ASCII host only) and the Outlook event runtime is not guaranteed to have `URL`.
 */
export type InstanceUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly error: LocalizedMessage<CoreMessageKey> };

/** The parts of a normalised instance URL that link detection compares exactly. */
export interface InstanceParts {
  readonly scheme: 'https' | 'http';
  /** Lowercase ASCII host name, IPv4 address or bracketed IPv6 address. */
  readonly host: string;
  /** Empty for the scheme's default port. */
  readonly port: string;
  /** `''` or `/prefix` (no trailing slash). */
  readonly pathPrefix: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
/** RFC 3986 pchar, without `%` escapes' validity check done separately. */
const PATH_SEGMENT = /^(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+$/i;

function fail(key: CoreMessageKey, params?: Record<string, string>): InstanceUrlResult {
  return { ok: false, error: params === undefined ? { key } : { key, params } };
}

/** A host name with at least one dot (or localhost / an IP literal): a bare word is not an address. */
export function isValidHost(host: string): boolean {
  if (LOCAL_HOSTS.has(host) || IPV4.test(host) || IPV6.test(host)) return true;
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  // The top-level label is never all digits (that would be a broken IPv4 address).
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

export function normalizeInstanceUrl(input: unknown): InstanceUrlResult {
  if (typeof input !== 'string' || input.trim() === '') return fail('instanceUrl.empty');
  const raw = input.trim();
  if (/\s/.test(raw)) return fail('instanceUrl.spaces', { input: raw });

  // `host:8443` is a host and port, `javascript:…` or `http://…` a scheme: a scheme is followed by a non-digit.
  const schemeMatch = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(raw);
  let scheme: 'https' | 'http' = 'https';
  let rest = raw;
  if (schemeMatch !== null) {
    const given = (schemeMatch[1] ?? '').toLowerCase();
    if (given !== 'https' && given !== 'http') return fail('instanceUrl.scheme', { scheme: given });
    scheme = given;
    rest = raw.slice(schemeMatch[0].length);
    if (!rest.startsWith('//')) return fail('instanceUrl.invalid', { input: raw });
    rest = rest.slice(2);
  }

  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const tail = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  if (authority.includes('@')) return fail('instanceUrl.credentials');
  const hashAt = tail.indexOf('#');
  const queryAt = tail.indexOf('?');
  if (queryAt !== -1 && (hashAt === -1 || queryAt < hashAt)) return fail('instanceUrl.query');
  if (hashAt !== -1) return fail('instanceUrl.fragment');

  const hostPort = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = (hostPort?.[1] ?? '').toLowerCase();
  const portText = hostPort?.[2];
  if (host === '') return fail('instanceUrl.invalid', { input: raw });
  if (!isValidHost(host)) return fail('instanceUrl.host', { host });
  let port = '';
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return fail('instanceUrl.port', { port: portText });
    }
    const value = String(Number(portText));
    port = (scheme === 'https' && value === '443') || (scheme === 'http' && value === '80') ? '' : value;
  }
  if (scheme === 'http' && !LOCAL_HOSTS.has(host)) return fail('instanceUrl.http');

  const pathPrefix = tail.replace(/\/+$/, '');
  if (pathPrefix !== '') {
    const segments = pathPrefix.slice(1).split('/');
    const bad = segments.some((segment) => segment === '.' || segment === '..' || !PATH_SEGMENT.test(segment));
    if (bad) return fail('instanceUrl.path', { path: tail });
    // A pasted meeting link: taken as the instance, every new link would become `…/abc-defg-hij/xyz-…`.
    if (normalizeSlug(segments[segments.length - 1] ?? '') !== null) {
      const instancePrefix = segments.length > 1 ? `/${segments.slice(0, -1).join('/')}` : '';
      return fail('instanceUrl.meetingLink', { instance: `${scheme}://${host}${port === '' ? '' : `:${port}`}${instancePrefix}` });
    }
  }
  return { ok: true, url: `${scheme}://${host}${port === '' ? '' : `:${port}`}${pathPrefix}` };
}

/** Splits a URL that normalizeInstanceUrl accepted (or normalises it first); null when it is not valid. */
export function instanceParts(url: string): InstanceParts | null {
  const checked = normalizeInstanceUrl(url);
  if (!checked.ok) return null;
  const match = /^(https?):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?(\/.*)?$/.exec(checked.url);
  if (match === null) return null;
  return {
    scheme: match[1] === 'http' ? 'http' : 'https',
    host: match[2] ?? '',
    port: match[3] ?? '',
    pathPrefix: match[4] ?? '',
  };
}
