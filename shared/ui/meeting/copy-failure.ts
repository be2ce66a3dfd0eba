// Why a copy failed, in words a user can act on. The browser's own reason is developer English
// ("Document is not focused.") whatever the user's language, so it goes to the console, and the
// user gets a message key their UI words (link-card.tsx).
import type { HostResult } from '../host.ts';

export type CopyFailureKey = 'copyNotAllowed' | 'copyFailed';

export function copyFailure(error: unknown): Extract<HostResult, { ok: false }> {
  console.warn('Visio: copy failed', error);
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  // NotAllowedError: the page lost focus or the browser withheld the clipboard; a click in the
  // window and a second try usually work. Anything else: no clipboard here at all.
  const key: CopyFailureKey = name === 'NotAllowedError' ? 'copyNotAllowed' : 'copyFailed';
  return { ok: false, error: { key } };
}
