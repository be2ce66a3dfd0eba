// "Check this instance": reads Meet's public `GET <instance>/api/v1.0/config/` (no login needed,
// notes/visio-meet.md §2.1) and says what it learned, or why it learned nothing.
import type { LocalizedMessage } from '../../core/i18n/translate.ts';

export interface InstanceFacts {
  /** The instance-wide dial-in number, as Meet formats it; null when telephony is off. */
  readonly telephony: string | null;
  /** Meet's LANGUAGE_CODE (e.g. `fr-fr`), null when absent. */
  readonly language: string | null;
}

export type InstanceCheck =
  | { readonly ok: true; readonly host: string; readonly facts: InstanceFacts }
  | { readonly ok: false; readonly error: LocalizedMessage };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only a response with Meet's own keys counts: any web server answers 200 to something. */
export function interpretConfig(host: string, body: unknown): InstanceCheck {
  if (!isRecord(body) || !('telephony' in body || 'livekit' in body || 'LANGUAGE_CODE' in body)) {
    return { ok: false, error: { key: 'checkNotMeet', params: { host } } };
  }
  const telephony = isRecord(body.telephony) && body.telephony.enabled === true
    && typeof body.telephony.international_phone_number === 'string'
    ? body.telephony.international_phone_number : null;
  const language = typeof body.LANGUAGE_CODE === 'string' ? body.LANGUAGE_CODE : null;
  return { ok: true, host, facts: { telephony, language } };
}

/**
 * Worded from the status code alone: a server's statusText is English whatever the user reads
 * (and empty over HTTP/2). The codes a user can act on get their own sentence.
 */
function httpError(host: string, status: number): LocalizedMessage {
  const key = status === 404 ? 'checkHttpNotFound'
    : status === 401 || status === 403 ? 'checkHttpRefused'
      : status >= 500 ? 'checkHttpServer' : 'checkHttp';
  return { key, params: { host, status } };
}

export function configUrl(instanceUrl: string): string {
  return `${instanceUrl}/api/v1.0/config/`;
}

/** `fetchJson` is the platform's fetch (the extension needs a host permission for the instance). */
export async function checkInstance(instanceUrl: string, fetchFn: typeof fetch = fetch): Promise<InstanceCheck> {
  const host = new URL(instanceUrl).host;
  let response: Response;
  try {
    response = await fetchFn(configUrl(instanceUrl), { headers: { accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    return { ok: false, error: { key: 'checkNetwork', params: { host, reason: error instanceof Error ? error.message : String(error) } } };
  }
  if (!response.ok) return { ok: false, error: httpError(host, response.status) };
  let body: unknown;
  try { body = await response.json(); } catch { return { ok: false, error: { key: 'checkNotMeet', params: { host } } }; }
  return interpretConfig(host, body);
}
