// The popup and options pages' stand-in for `import browser from 'webextension-polyfill'` in the
// calendar modules they load (page-port.ts, calendar-store.ts, sources.ts): those calls are native
// promises in pages, and dropping the CommonJS polyfill also drops esbuild's module wrappers.
// The build aliases the polyfill to this file for the pages only (scripts/build/extension.ts).
import { browser } from './page-browser.ts';

export default browser;
