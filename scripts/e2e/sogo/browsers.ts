// The two real browsers the webmail end-to-end tests drive, behind one small page interface:
// Chromium through playwright-core, Firefox ESR through puppeteer-core 24 (WebDriver BiDi), each
// with the built extension loaded (notes/browser-testing.md). Pages are driven with DOM code
// run in the page (evaluate), identical in both browsers.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** A real click (input events from the browser: a user gesture, unlike element.click() in the page). */
  click(selector: string): Promise<void>;
  /** Makes it the active tab again (a tab in the background gets no animation frames: SOGo's dialogs stall). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  newPage(): Promise<E2EPage>;
  /** The addresses the browser's tabs were sent to (a tab opened by Join included), whether or not they loaded. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'].find((path) => existsSync(path));

export function chromiumPath(): string | undefined {
  return CHROMIUM;
}

/** Why a browser cannot run here, or null. */
export function browserMissing(name: BrowserName): string | null {
  if (name === 'chromium') return CHROMIUM ? null : 'Chromium is not installed (apt-get install chromium)';
  return FIREFOX ? null : 'Firefox ESR is not installed (apt-get install firefox-esr)';
}

/** The SOGo test server runs in Europe/Paris; new events default to the browser's next quarter hour. */
const env = { ...process.env, TZ: 'Europe/Paris' } as Record<string, string>;

export async function launch(name: BrowserName, extensionDir: string, options: { lang?: string } = {}): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir, options.lang) : launchFirefox(extensionDir, options.lang);
}

async function launchChromium(extensionDir: string, lang = 'en-US'): Promise<E2EBrowser> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'visio-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, env, locale: lang, timezoneId: 'Europe/Paris',
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Every navigation asked for (a link to a host this machine cannot reach ends on an error page).
  // Not request.frame(): a new tab's first request comes before its frame exists, and it throws.
  const navigations: string[] = [];
  context.on('request', (request) => { if (request.isNavigationRequest()) navigations.push(request.url()); });
  return {
    name: 'chromium',
    async newPage() {
      const page = await context.newPage();
      return {
        async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        click: (selector) => page.click(selector),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    tabUrls: async () => [...navigations],
    async close() { await context.close().catch(() => undefined); await rm(profile, { recursive: true, force: true }); },
  };
}

async function launchFirefox(extensionDir: string, lang = 'en-US'): Promise<E2EBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, env,
    extraPrefsFirefox: { 'intl.accept_languages': lang, 'intl.locale.requested': lang },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    name: 'firefox',
    async newPage() {
      const page = await browser.newPage();
      return {
        async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        click: (selector) => page.click(selector),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    // A host that cannot be reached leaves the tab on Firefox's error page, which names it (`u=`).
    tabUrls: async () => (await browser.pages()).map((page) => {
      const url = page.url();
      return url.startsWith('about:neterror') ? new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('u') ?? url : url;
    }),
    async close() { await browser.close().catch(() => undefined); },
  };
}

/** Polls `fn` in the page until it returns a truthy value (return plain data: DOM nodes do not cross over in Firefox); fails with `what` after `timeoutMs`. */
export async function waitFor<T, A>(page: E2EPage, what: string, fn: (arg: A) => T, arg: A, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
    } catch (error) { last = error; }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
