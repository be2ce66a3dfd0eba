import { isValidHost } from '../profile/instance-url.ts';

/**
 * A web address split into the parts link detection compares. Deliberately stricter than WHATWG
 * `URL`: an address with credentials (`https://visio.numerique.gouv.fr@evil.example/…`, which a
 * browser would send to evil.example) or a non-ASCII host (IDN lookalikes) is refused outright.
 */
export interface HttpUrl {
  readonly scheme: 'http' | 'https';
  /** Lowercase ASCII host. */
  readonly host: string;
  /** `''` for the scheme's default port. */
  readonly port: string;
  /** As written (case kept), `''` when absent. */
  readonly path: string;
  /** Without the `?`; `null` when there is none. */
  readonly query: string | null;
  /** Without the `#`; `null` when there is none. */
  readonly fragment: string | null;
}

const SHAPE = /^(https?):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i;

export function parseHttpUrl(text: string): HttpUrl | null {
  const match = SHAPE.exec(text);
  if (match === null) return null;
  const scheme = (match[1] ?? '').toLowerCase() === 'http' ? 'http' : 'https';
  const authority = match[2] ?? '';
  if (authority.includes('@')) return null;
  const hostPort = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(authority);
  if (hostPort === null) return null;
  const host = (hostPort[1] ?? '').toLowerCase();
  if (!isValidHost(host)) return null;
  let port = hostPort[2] === undefined ? '' : String(Number(hostPort[2]));
  if (Number(port) > 65535) return null;
  if ((scheme === 'https' && port === '443') || (scheme === 'http' && port === '80')) port = '';
  return { scheme, host, port, path: match[3] ?? '', query: match[4] ?? null, fragment: match[5] ?? null };
}

/** True for `host` itself and its subdomains, never for `host.evil.example` or `evilhost`. */
export function isHostOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The percent-decoded value of a query parameter, or null (absent, or undecodable `%`). */
export function queryParam(query: string | null, name: string): string | null {
  if (query === null) return null;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals === -1 || pair.slice(0, equals) !== name) continue;
    try {
      return decodeURIComponent(pair.slice(equals + 1));
    } catch {
      return null;
    }
  }
  return null;
}
