// Reads the organisation's policy from storage.managed (Chrome/Edge: managed_schema.json + GPO/JSON;
// Firefox: policies.json `3rdparty.Extensions.<gecko id>`).
import { browser } from './page-browser.ts';

/** `null` = no policy at all; a string = a policy that exists but cannot be read (the error). */
export type RawPolicy = Record<string, unknown> | string | null;

/**
 * Firefox rejects storage.managed.get() when no policy is provisioned ("Managed storage manifest
 * not found", Bugzilla 1784446) and Chrome returns `{}`: both mean "no policy". Any other failure
 * is not "no policy": the error text is returned, which the core refuses as an unreadable policy
 * (`policy.notObject`), so the UI fails closed and says so.
 */
export async function readManagedPolicy(): Promise<RawPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/managed storage manifest not found|not found|not supported/i.test(message)) return null;
    return message;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  return Object.keys(raw).length === 0 ? null : (raw as Record<string, unknown>);
}
