// A feed address as the user pastes it → the https:// address we fetch and the host permission it
// needs, or a message saying why not. The core decides what a feed address is (webcal:// → https://,
// plain http:// only on this machine's loopback: the address is a secret); this adds what the
// extension needs on top.
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { normalizeFeedUrl as normalizeCoreFeedUrl } from '../../../shared/core/ical/feed-response.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';

export type FeedUrlResult =
  | { readonly ok: true; readonly url: string; readonly origin: string; readonly permissionPattern: string }
  | { readonly ok: false; readonly error: LocalizedMessage };

export function normalizeFeedUrl(input: string): FeedUrlResult {
  if (input.trim() === '') return { ok: false, error: calendarMessage('feedUrlEmpty') };
  const checked = normalizeCoreFeedUrl(input);
  if (!checked.ok) return checked;
  const url = new URL(checked.url);
  // fetch() refuses URLs with credentials; say so now rather than fail on every refresh.
  if (url.username !== '' || url.password !== '') return { ok: false, error: calendarMessage('feedUrlCredentials') };
  url.hash = '';
  // Match patterns carry no port: the permission is for the host.
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
