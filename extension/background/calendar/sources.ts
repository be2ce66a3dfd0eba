// Every calendar source in one list: the feeds the user added, the files they opened once, and the
// feeds IT set by policy (storage.managed `calendarFeeds`, read-only for the user).
import browser from 'webextension-polyfill';
import { feedLabel, normalizeFeedUrl } from './feed-url.ts';
import { loadSources } from './calendar-store.ts';

export interface Source {
  readonly id: string;
  readonly kind: 'feed' | 'file' | 'policy';
  readonly label: string;
  /** The secret address (feeds only). Stays inside the background and the storage it came from. */
  readonly url?: string;
}

export const POLICY_FEEDS_KEY = 'calendarFeeds';

export async function policyFeedUrls(): Promise<string[]> {
  try {
    const managed = await browser.storage.managed.get(POLICY_FEEDS_KEY);
    const value = managed[POLICY_FEEDS_KEY];
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    // No policy store (Firefox without enterprise policies, or a browser without managed storage).
    return [];
  }
}

export async function allSources(): Promise<Source[]> {
  const [stored, policy] = await Promise.all([loadSources(), policyFeedUrls()]);
  const fromPolicy: Source[] = [];
  policy.forEach((address, index) => {
    const checked = normalizeFeedUrl(address);
    // An invalid policy address is shown as a source with an error rather than dropped silently.
    fromPolicy.push(checked.ok
      ? { id: `policy-${index}`, kind: 'policy', label: feedLabel(checked.url), url: checked.url }
      : { id: `policy-${index}`, kind: 'policy', label: `#${index + 1}` });
  });
  const fromUser: Source[] = stored.map((source) => source.kind === 'feed'
    ? { id: source.id, kind: 'feed', label: feedLabel(source.url), url: source.url }
    : { id: source.id, kind: 'file', label: source.name });
  return [...fromPolicy, ...fromUser];
}
