// Match patterns for a self-hosted webmail origin (profile `webmails`, or added by the user).
import type { WebmailAdapter } from './adapter.ts';

/**
 * `https://mail.example.fr` (+ SOGo's `/SOGo/*`) → `https://mail.example.fr/SOGo/*`.
 * Match patterns carry no port: a port in the origin is dropped (Chrome and Firefox then match
 * any port of that host), which is what the local e2e SOGo on :8931 relies on.
 * Returns null for anything that is not a plain http(s) origin.
 */
export function originMatchPatterns(adapter: WebmailAdapter, origin: string): string[] | null {
  let url: URL;
  try { url = new URL(origin); } catch { return null; }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return adapter.selfHostedPaths.map((path) => `${url.protocol}//${url.hostname}${path}`);
}

/** The host permission that covers every path of an origin (what permissions.request asks). */
export function originPermission(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch { return null; }
}

/** `https://calendar.google.com/calendar/*` → `https://calendar.google.com/*`: the host permission a match pattern lives under. */
export function patternHostPermission(pattern: string): string {
  const found = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!found) throw new Error(`not a host match pattern: ${pattern}`);
  return `${found[1]}://${found[2]}/*`;
}
