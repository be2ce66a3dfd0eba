// The recent-links list rules (pure: tested without a browser).
import type { RecentLink } from '../../shared/ui/host.ts';

export const MAX_RECENT = 10;

/** Pure: adds `url` at the top, drops an older copy of it, keeps at most MAX_RECENT. */
export function withLink(list: readonly RecentLink[], url: string, now: Date): RecentLink[] {
  return [{ url, createdAt: now.toISOString() }, ...list.filter((link) => link.url !== url)].slice(0, MAX_RECENT);
}
