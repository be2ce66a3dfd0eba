// What a calendar server's answer means, before any parsing: secret ICS addresses go stale, get
// revoked or land on a sign-in page, and servers answer errors with HTML (notes/icalendar.md §1.9).
// Pure: the caller (extension background, CLI) fetches; this only looks at what came back.
import type { LocalizedMessage } from '../i18n/translate.ts';
import { decodeFeedBytes } from './decode-feed.ts';
import type { FeedMessageKey } from './feed-messages.ts';

export type FeedProblem = LocalizedMessage<FeedMessageKey>;

export interface FeedAnswer {
  readonly status: number;
  readonly contentType?: string | null;
  /** The URL after redirects. */
  readonly finalUrl?: string | null;
  /** The start of the body (a few kB are enough), decoded or not. */
  readonly body: string | Uint8Array;
}

const LOGIN_PATH = /(^|[/._-])(login|log-in|signin|sign-in|sso|auth|authenticate|oauth2?|saml|cas|adfs|connexion)([/._?-]|$)/i;

function startOf(body: string | Uint8Array): string {
  const text = typeof body === 'string' ? body.slice(0, 4096) : decodeFeedBytes(body.subarray(0, 4096));
  return text.replace(/^\uFEFF/, '').trimStart();
}

function looksLikeLogin(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    return LOGIN_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** null when the answer looks like a calendar; otherwise why not, for the options page and popup. */
export function classifyFeedResponse(answer: FeedAnswer): FeedProblem | null {
  const { status } = answer;
  if (status === 401 || status === 403) return { key: 'feed.unauthorized', params: { status } };
  if (status === 404 || status === 410) return { key: 'feed.notFound', params: { status } };
  if (status < 200 || status >= 300) return { key: 'feed.httpError', params: { status } };
  const start = startOf(answer.body);
  if (start === '') return { key: 'feed.empty' };
  if (/^BEGIN:VCALENDAR/i.test(start)) return null;
  const html = /^(<!doctype html|<html|<!--|<head|<body|<\?xml[^>]*>\s*<html)/i.test(start)
    || /text\/html/i.test(answer.contentType ?? '');
  if (html) {
    const login = looksLikeLogin(answer.finalUrl) || /<input[^>]+type=["']?password/i.test(start);
    return { key: login ? 'feed.loginPage' : 'feed.htmlPage' };
  }
  if (looksLikeLogin(answer.finalUrl)) return { key: 'feed.loginPage' };
  return { key: 'feed.notCalendar' };
}

/**
 * A feed address as users paste it → the https URL to fetch. `webcal://` and `webcals://` are
 * https; plain http only for this machine (test servers), since the address is a secret.
 */
export function normalizeFeedUrl(input: string): { ok: true; url: string } | { ok: false; error: FeedProblem } {
  const trimmed = input.trim();
  const rewritten = trimmed.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    return { ok: false, error: { key: 'feed.url.invalid', params: { input: trimmed } } };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return { ok: true, url: url.href };
  if (url.protocol === 'http:') return { ok: false, error: { key: 'feed.url.insecure' } };
  return { ok: false, error: { key: 'feed.url.invalid', params: { input: trimmed } } };
}
