// Real headless Chromium on the real SOGo calendar page, for the webmail benchmark: a browser
// with a given unpacked extension (or none), a logged-in user, and one measured calendar load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumPath } from '../../e2e/sogo/browsers.ts';
import type { TraceEvent } from './attribution.ts';
import { startTrace, stopTrace } from './trace.ts';

export const USER = 'alice';
export const NEW_EVENT = 'button[ng-click="list.newComponent($event, \'appointment\')"]';
/** After the calendar's button is there, how long its own XHR rendering takes to settle. */
const SETTLE_MS = 1500;
/** The longest wait for our runner's first scan (it starts when the content script runs, at document idle). */
const RUNNER_TIMEOUT_MS = 15_000;

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(extension: string | null): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'visio-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, timezoneId: 'Europe/Paris',
    args: [...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

export async function login(context: BrowserContext, baseUrl: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/SOGo/`);
  await page.evaluate(async (user) => {
    await fetch('/SOGo/connect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: user, password: user }) });
  }, USER);
  await page.close();
}

export interface RunnerStats { runner: { batches: number; scans: number; busyMs: number }; firstScanMs: number }

/** A page with a DevTools session that knows the page's isolated worlds (our content script's). */
export interface CalendarPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** The runner's counters, read in the content script's world; null before its first scan. */
  stats(): Promise<RunnerStats | null>;
}

async function openPage(context: BrowserContext): Promise<CalendarPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.auxData?.type === 'isolated') isolated.push(event.context.id);
  });
  await cdp.send('Runtime.enable');
  async function stats(): Promise<RunnerStats | null> {
    for (const contextId of isolated) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'JSON.stringify(globalThis[Symbol.for("visio-scheduler.webmail-stats")] ?? null)', contextId, returnByValue: true,
      }).catch(() => ({ result: { value: 'null' } }));
      const found = JSON.parse(String(result.value)) as RunnerStats | null;
      if (found) return found;
    }
    return null;
  }
  return { page, cdp, stats };
}

export async function openCalendar(context: BrowserContext, baseUrl: string): Promise<CalendarPage> {
  const opened = await openPage(context);
  await opened.page.goto(`${baseUrl}/SOGo/so/${USER}/Calendar/view`, { waitUntil: 'load' });
  await opened.page.waitForSelector(NEW_EVENT, { state: 'attached' });
  return opened;
}

export interface Load {
  /** CDP `ScriptDuration` of the page at the end of the common window (load + settle), ms. */
  readonly scriptMs: number;
  /** The trace from before navigation until the runner's first scan (or the window's end) is done. */
  readonly trace: TraceEvent[];
  /** Null when no runner started (no extension, the empty control script). */
  readonly stats: RunnerStats | null;
}

/**
 * One traced calendar load in a fresh page. Every variant gets the same window for ScriptDuration
 * (load, the calendar's button, SETTLE_MS); with our extension the trace then goes on until the
 * runner's first scan is done, so a late start is attributed too.
 */
export async function tracedLoad(context: BrowserContext, baseUrl: string, expectRunner: boolean): Promise<Load> {
  const opened = await openPage(context);
  const { page, cdp } = opened;
  await cdp.send('Performance.enable');
  await startTrace(cdp);
  await page.goto(`${baseUrl}/SOGo/so/${USER}/Calendar/view`, { waitUntil: 'load' });
  await page.waitForSelector(NEW_EVENT, { state: 'attached' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const stats = expectRunner ? await waitForRunner(opened) : null;
  const trace = await stopTrace(cdp);
  await page.close();
  return { scriptMs, trace, stats };
}

export async function waitForRunner(opened: CalendarPage): Promise<RunnerStats> {
  const deadline = Date.now() + RUNNER_TIMEOUT_MS;
  for (;;) {
    const stats = await opened.stats();
    if (stats) return stats;
    if (Date.now() > deadline) throw new Error(`the extension's content script (watcher or runner) did not start within ${RUNNER_TIMEOUT_MS / 1000} s of the calendar's load`);
    await opened.page.waitForTimeout(100);
  }
}
