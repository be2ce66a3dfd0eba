// Google's quick-add bubble cannot hold the invitation: its button asks the full editor, opened a
// moment later in the same tab, to add the meeting. The request lives in the page's
// sessionStorage (same tab only) and expires quickly, so a stale click never adds a meeting later.
const KEY = 'visio-scheduler:add-on-open';
const LIFETIME_MS = 20_000;

export function sessionPendingAdd(storage: Storage, now: () => number = Date.now): { take(): boolean; set(): void } {
  return {
    set() { try { storage.setItem(KEY, String(now())); } catch { /* storage disabled: the user clicks Add again */ } },
    take() {
      let stamp: string | null = null;
      try { stamp = storage.getItem(KEY); storage.removeItem(KEY); } catch { return false; }
      return stamp !== null && now() - Number(stamp) < LIFETIME_MS;
    },
  };
}
