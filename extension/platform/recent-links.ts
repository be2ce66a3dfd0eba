// The last links the user used, on this device only (storage.local), newest first, clearable.
import { browser } from './page-browser.ts';
import type { RecentLink } from '../../shared/ui/host.ts';
import { withLink } from './recent-list.ts';

const KEY = 'recentLinks';
function clean(raw: unknown): RecentLink[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((item): item is RecentLink =>
    typeof item === 'object' && item !== null && typeof item.url === 'string' && typeof item.createdAt === 'string');
}

export async function recentLinks(): Promise<RecentLink[]> {
  return clean((await browser.storage.local.get(KEY))[KEY]);
}

export async function rememberLink(url: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: withLink(await recentLinks(), url, new Date()) });
}

export async function clearRecentLinks(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
