// For Node tests of background code: a `browser` global with an in-memory storage.local, no managed
// storage (like Firefox without policies), and host permissions from a list. webextension-polyfill
// hands back an existing `browser` global in an extension context, so import this module first.
const local = new Map<string, unknown>();
const granted = new Set<string>();

function pick(keys: string | string[] | null | undefined): Record<string, unknown> {
  const wanted = keys === null || keys === undefined ? [...local.keys()] : Array.isArray(keys) ? keys : [keys];
  return Object.fromEntries(wanted.filter((key) => local.has(key)).map((key) => [key, structuredClone(local.get(key))]));
}

const fakeBrowser = {
  runtime: { id: 'calendar-tests@visio' },
  storage: {
    local: {
      get: async (keys?: string | string[] | null) => pick(keys),
      set: async (items: Record<string, unknown>) => { for (const [key, value] of Object.entries(items)) local.set(key, structuredClone(value)); },
      clear: async () => local.clear(),
    },
    managed: { get: async () => { throw new Error('Managed storage manifest not found'); } },
  },
  permissions: { contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)) },
};

// The polyfill first checks for an extension context (chrome.runtime.id), then returns `browser` as is.
Object.assign(globalThis, { browser: fakeBrowser, chrome: { runtime: fakeBrowser.runtime } });

export const memoryBrowser = {
  reset(): void { local.clear(); granted.clear(); },
  grant(pattern: string): void { granted.add(pattern); },
  read(key: string): unknown { return structuredClone(local.get(key)); },
};
