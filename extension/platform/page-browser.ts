// The extension API for the popup and options pages, without webextension-polyfill (~3 KB gzip in
// every page). Every call the pages make already returns a promise natively: Firefox's `browser`,
// and Chrome's MV3 `chrome.storage`, `tabs.create`, `runtime.openOptionsPage`, `permissions.request`.
// The background keeps the polyfill (its message listeners rely on it answering with promises).
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

/** Firefox's promise-based `browser` where it exists, Chrome's `chrome` otherwise. */
export const browser: Browser = (scope.browser?.runtime ? scope.browser : scope.chrome) as Browser;
