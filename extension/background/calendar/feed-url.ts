// A feed address as the user pastes it → the https:// address we fetch, or a message saying why not.
// Feed addresses are secrets (whoever has one reads the calendar): they must travel encrypted, so
// plain http:// is refused except on this machine's loopback, which never leaves the computer.
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';

export type FeedUrlResult =
  | { readonly ok: true; readonly url: string; readonly origin: string; readonly permissionPattern: string }
  | { readonly ok: false; readonly error: LocalizedMessage };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function normalizeFeedUrl(input: string): FeedUrlResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: calendarMessage('feedUrlEmpty') };
  // webcal:// and webcals:// are the calendar apps' names for https:// (RFC-less, but universal).
  const rewritten = trimmed.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    return { ok: false, error: calendarMessage('feedUrlInvalid') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: calendarMessage('feedUrlScheme') };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, error: calendarMessage('feedUrlInsecure') };
  // fetch() refuses URLs with credentials; say so now rather than fail on every refresh.
  if (url.username !== '' || url.password !== '') return { ok: false, error: calendarMessage('feedUrlCredentials') };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, permissionPattern: `${url.protocol}//${url.hostname}/*` };
}

/**
 * What the UI shows for a feed: the host and the last characters of the path, never the whole
 * secret (a screenshot of the options page must not leak the calendar).
 */
export function feedLabel(url: string): string {
  const parsed = new URL(url);
  const tail = parsed.pathname.split('/').filter((part) => part !== '').pop() ?? '';
  const shown = tail.length > 12 ? `…${tail.slice(-8)}` : tail;
  return `${parsed.host}/…/${shown}`.replace(/\/…\/$/, '');
}
