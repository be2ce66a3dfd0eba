// The two WebExtension calls a content script makes, without webextension-polyfill: the polyfill
// alone is ~10 KB minified, most of the 12 KB gzip budget of a script injected into every
// calendar page. Firefox has the promise-based `browser`; Chrome's MV3 `chrome.storage` and
// `chrome.runtime.sendMessage` return promises too.
interface StorageArea { get(keys?: string | string[] | null): Promise<Record<string, unknown>> }
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: StorageArea;
    managed: StorageArea;
    onChanged: { addListener(listener: (changes: unknown, area: string) => void): void; removeListener(listener: (changes: unknown, area: string) => void): void };
  };
}

export function extensionApi(): ExtensionApi | null {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome?.runtime ? scope.chrome : null;
}
