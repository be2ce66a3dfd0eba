// Real browsers with the built extension, for end-to-end tests (notes/browser-testing.md recipes):
// Chromium through playwright-core (CDP), Firefox ESR through puppeteer-core 24 (WebDriver BiDi).
// Every launch gets a throw-away profile; close() removes it. Wrap runs in `flock /tmp/browser.lock`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export const CHROMIUM_PATH = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * For `test(name, { skip: requireBrowser(path) }, …)`: false when the browser exists, a reason to
 * skip when it does not, and a thrown error under CI=true (CI must run every browser test).
 */
export function requireBrowser(path: string): false | string {
  if (existsSync(path)) return false;
  const reason = `${path} is not installed (apt-get install chromium firefox-esr)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return reason;
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
export function unpackedExtensionId(distDir: string): string {
  const hex = createHash('sha256').update(resolve(distDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  /** Opens `chrome-extension://<id>/<path>` in a new tab (a toolbar popup cannot be clicked from automation). */
  openExtensionPage(path: string): Promise<PwPage>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  readonly args?: readonly string[];
  /** UI language of the browser (`fr-FR`): extension pages follow it. */
  readonly locale?: string;
}

export async function launchChromiumWithExtension(distDir: string, options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const dir = resolve(distDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'visio-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH, headless: true, acceptDownloads: true,
    ...(options.locale ? { locale: options.locale } : {}),
    args: [...(options.locale ? [`--lang=${options.locale}`] : []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(options.args ?? [])],
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context, extensionId, serviceWorker,
      openExtensionPage: async (path) => {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      close: async () => { await context.close(); await rm(userDataDir, { recursive: true, force: true }); },
    };
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Pinned moz-extension:// host, so tests can open extension pages by URL. */
export const FIREFOX_EXTENSION_UUID = '5a1e7c3b-9d2f-4e6a-8b1c-0f4d2e7a9c15';

export interface FirefoxSession {
  readonly browser: PpBrowser;
  readonly extensionOrigin: string;
  /** Opens an extension page. Its `goto` never resolves under BiDi, so this waits for `readySelector`. */
  openExtensionPage(path: string, readySelector?: string): Promise<PpPage>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Extra about:config prefs. */
  readonly prefs?: Record<string, unknown>;
  /** Runs this Firefox from a folder whose distribution/policies.json is this object (enterprise policies). */
  readonly policies?: unknown;
}

export async function launchFirefoxWithExtension(distDir: string, geckoId: string, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const install = options.policies === undefined ? null : await firefoxWithPolicies(options.policies);
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', headless: true,
    executablePath: install?.executable ?? FIREFOX_PATH,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  const cleanup = async () => { await browser.close(); if (install) await rm(install.dir, { recursive: true, force: true }); };
  try {
    await browser.installExtension(resolve(distDir));
  } catch (error) {
    await cleanup();
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser, extensionOrigin,
    openExtensionPage: async (path, readySelector = 'body') => {
      const page = await browser.newPage();
      const deadline = Date.now() + 15_000;
      let navigatedAt = 0;
      // `goto` is not awaited (it never resolves for moz-extension:// under BiDi), so a wait can fail
      // at once when the navigation replaces the blank page; right after install the add-on may not
      // serve its pages yet either. Keep waiting, and navigate again every few seconds.
      for (;;) {
        if (Date.now() - navigatedAt > 5_000) {
          navigatedAt = Date.now();
          page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
        }
        try {
          await page.waitForSelector(readySelector, { timeout: 1_000 });
          return page;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((done) => setTimeout(done, 100));
        }
      }
    },
    close: cleanup,
  };
}

/**
 * Firefox reads policies from `<install dir>/distribution/policies.json` (global, root-owned). A
 * per-run install is made of symlinks to the real one plus a copied launcher binary: Firefox finds
 * its install dir from its own executable's path, so it reads our distribution folder instead.
 */
async function firefoxWithPolicies(policies: unknown): Promise<{ dir: string; executable: string }> {
  const { cp, mkdir, readdir, realpath, symlink, writeFile } = await import('node:fs/promises');
  const real = await realpath(FIREFOX_PATH);
  const realDir = resolve(real, '..');
  const dir = await mkdtemp(join(tmpdir(), 'visio-firefox-install-'));
  for (const entry of await readdir(realDir)) {
    if (entry === 'distribution' || join(realDir, entry) === real) continue;
    await symlink(join(realDir, entry), join(dir, entry));
  }
  const executable = join(dir, real.slice(realDir.length + 1));
  await cp(real, executable);
  await mkdir(join(dir, 'distribution'));
  await writeFile(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { dir, executable };
}
