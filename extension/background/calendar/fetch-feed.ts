// One HTTP read of a feed: conditional (ETag / Last-Modified), bounded in size and time. What the
// answer *means* (HTML error page, login redirect, 401…) is decided by the core's feed-response
// classifier; this file only moves bytes. Its failures use the core's feed message keys. The address is a secret: it is sent to its own host only
// (no referrer, no cookies to other sites) and never written to a log.
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';

export const FEED_SIZE_CAP_BYTES = 20 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 30_000;

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FetchOutcome =
  | { readonly kind: 'not-modified' }
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly contentType: string;
      /** Where the answer finally came from (after redirects). Kept in memory only. */
      readonly finalUrl: string;
      readonly redirected: boolean;
      readonly bytes: Uint8Array;
      readonly validators: Validators;
    }
  | { readonly kind: 'failed'; readonly error: LocalizedMessage };

export interface FetchOptions {
  readonly validators?: Validators;
  readonly timeoutMs?: number;
  readonly sizeCapBytes?: number;
  /** Injected by tests; the real global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const cap = options.sizeCapBytes ?? FEED_SIZE_CAP_BYTES;
  const headers: Record<string, string> = { Accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1' };
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers, signal: controller.signal, redirect: 'follow',
      // We do our own conditional requests; the HTTP cache must neither answer nor rewrite them.
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer',
    });
    if (response.status === 304) { await response.body?.cancel(); return { kind: 'not-modified' }; }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > cap) { await response.body?.cancel(); return tooLarge(cap); }
    const bytes = await readCapped(response, cap);
    if (bytes === null) return tooLarge(cap);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      kind: 'answer', status: response.status, contentType: response.headers.get('content-type') ?? '',
      finalUrl: response.url || url, redirected: response.redirected, bytes,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch {
    // The error text of a failed fetch may contain the address: it is not kept.
    return { kind: 'failed', error: { key: controller.signal.aborted ? 'feed.timeout' : 'feed.network' } };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(cap: number): FetchOutcome {
  return { kind: 'failed', error: { key: 'feed.tooLarge', params: { limit: Math.round(cap / 1024 / 1024) } } };
}

/** The body, or null once it passes `cap` bytes (the rest is not downloaded). */
async function readCapped(response: Response, cap: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) { await reader.cancel(); return null; }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.byteLength; }
  return bytes;
}
