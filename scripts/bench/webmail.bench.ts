// Webmail content script, measured in real Chromium on a real SOGo calendar page (issue 4):
// scripting time the extension adds at page load (median of ≥ 10 loads with and without it),
// the runner's own time, its mean cost per mutation batch, the injected script's gzip size, and
// click → link in the field. Prints why when SOGo or Chromium cannot run.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './result.ts';
import { browserMissing, chromiumPath } from '../e2e/sogo/browsers.ts';
import { buildE2eExtension } from '../e2e/sogo/build-extension.ts';
import { ensureSogo } from '../e2e/sogo/harness.ts';

const LOADS = 10;
const USER = 'alice';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type Context = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launchPersistentContext']>>;
type Page = Awaited<ReturnType<Context['newPage']>>;

async function launch(extension: string | null): Promise<{ context: Context; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'visio-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, timezoneId: 'Europe/Paris',
    args: [...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

async function login(context: Context, baseUrl: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/SOGo/`);
  await page.evaluate(async (user) => {
    await fetch('/SOGo/connect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: user, password: user }) });
  }, USER);
  await page.close();
}

const NEW_EVENT = 'button[ng-click="list.newComponent($event, \'appointment\')"]';

/** One calendar load in a fresh page; returns the page's script time (s) and the page. */
async function load(context: Context, baseUrl: string): Promise<{ page: Page; scriptMs: number; cdp: Awaited<ReturnType<Context['newCDPSession']>> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}/SOGo/so/${USER}/Calendar/view`, { waitUntil: 'load' });
  await page.waitForSelector(NEW_EVENT, { state: 'attached' });
  await page.waitForTimeout(1500); // the calendar's own XHR rendering settles
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
  return { page, scriptMs, cdp };
}

interface RunnerStats { runner: { batches: number; scans: number; busyMs: number }; firstScanMs: number }

/** Reads the runner's counters in the content script's isolated world. */
async function runnerStats(cdp: Awaited<ReturnType<Context['newCDPSession']>>, contexts: Array<{ id: number; type: string }>): Promise<RunnerStats | null> {
  for (const context of contexts.filter((entry) => entry.type === 'isolated')) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis[Symbol.for("visio-scheduler.webmail-stats")] ?? null)', contextId: context.id, returnByValue: true,
    }).catch(() => ({ result: { value: 'null' } }));
    const stats = JSON.parse(String(result.value)) as RunnerStats | null;
    if (stats) return stats;
  }
  return null;
}

export async function bench(): Promise<BenchResult[]> {
  const missing = browserMissing('chromium');
  if (missing) throw new Error(missing);
  const started = ensureSogo();
  if (!started.ok) throw new Error(`SOGo could not be started, so nothing was measured: ${started.reason}`);
  const baseUrl = started.server.baseUrl;
  const built = await buildE2eExtension();
  const script = await readFile(join(built.chrome, 'content/webmail-sogo.js'));
  const results: BenchResult[] = [
    { name: 'webmail content script (SOGo), gzip', value: gzipSync(script, { level: 9 }).length / 1024, unit: 'KB', budget: 12, note: `${(script.length / 1024).toFixed(1)} KB minified` },
  ];

  // The same extension with an empty SOGo script: what any content script costs Chromium at load
  // (isolated world, injection), so the figure below can be read against it.
  const emptyCopy = await mkdtemp(join(tmpdir(), 'visio-bench-empty-'));
  await cp(built.chrome, emptyCopy, { recursive: true });
  await writeFile(join(emptyCopy, 'content/webmail-sogo.js'), 'void 0;\n');
  const without = await launch(null);
  const withEmpty = await launch(emptyCopy);
  const withExtension = await launch(built.chrome);
  try {
    await login(without.context, baseUrl);
    await login(withEmpty.context, baseUrl);
    await login(withExtension.context, baseUrl);
    const base: number[] = [];
    const empty: number[] = [];
    const extended: number[] = [];
    const own: number[] = [];
    for (let round = 0; round < LOADS; round += 1) {
      const plain = await load(without.context, baseUrl);
      base.push(plain.scriptMs);
      await plain.page.close();
      const injected = await load(withEmpty.context, baseUrl);
      empty.push(injected.scriptMs);
      await injected.page.close();

      const page = await withExtension.context.newPage();
      const cdp = await withExtension.context.newCDPSession(page);
      const contexts: Array<{ id: number; type: string }> = [];
      cdp.on('Runtime.executionContextCreated', (event) => contexts.push({ id: event.context.id, type: String(event.context.auxData?.type ?? '') }));
      await cdp.send('Runtime.enable');
      await cdp.send('Performance.enable');
      await page.goto(`${baseUrl}/SOGo/so/${USER}/Calendar/view`, { waitUntil: 'load' });
      await page.waitForSelector(NEW_EVENT, { state: 'attached' });
      await page.waitForTimeout(1500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      extended.push((metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000);
      const stats = await runnerStats(cdp, contexts);
      if (stats) own.push(stats.runner.busyMs);
      await page.close();
    }
    results.push(
      { name: 'SOGo calendar load: script time without the extension (median)', value: median(base), unit: 'ms', note: `${LOADS} loads` },
      { name: 'SOGo calendar load: script time with the extension (median)', value: median(extended), unit: 'ms', note: `${LOADS} loads` },
      { name: 'scripting time the extension adds at page load (median diff)', value: median(extended) - median(base), unit: 'ms', budget: 5,
        note: `CDP ScriptDuration; spread of the loads without it: ${(Math.max(...base) - Math.min(...base)).toFixed(0)} ms` },
      { name: 'same, with an empty content script instead of ours (median diff)', value: median(empty) - median(base), unit: 'ms',
        note: 'what injecting any content script costs; ours adds the difference' },
      { name: 'runner’s own time during page load (median)', value: median(own), unit: 'ms', budget: 5, note: 'observer + scans, measured in the content script' },
    );

    // Observer cost and click → link, on one page: open the editor, Add, cancel, again.
    const page = await withExtension.context.newPage();
    const cdp = await withExtension.context.newCDPSession(page);
    const contexts: Array<{ id: number; type: string }> = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push({ id: event.context.id, type: String(event.context.auxData?.type ?? '') }));
    await cdp.send('Runtime.enable');
    await page.goto(`${baseUrl}/SOGo/so/${USER}/Calendar/view`, { waitUntil: 'load' });
    await page.waitForSelector(NEW_EVENT, { state: 'attached' });
    const clicks: number[] = [];
    for (let round = 0; round < LOADS; round += 1) {
      await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), NEW_EVENT);
      await page.waitForSelector('form[name="eventForm"] [data-visio-action="add"]:not([hidden])');
      clicks.push(await page.evaluate(() => {
        const button = document.querySelector('form[name="eventForm"] [data-visio-action="add"]') as HTMLButtonElement;
        const location = document.querySelector('input[ng-model="editor.component.location"]') as HTMLInputElement;
        const started = performance.now();
        button.click();
        const elapsed = performance.now() - started;
        return location.value.includes('https://') ? elapsed : Number.NaN;
      }));
      await page.evaluate(() => (document.querySelector('form[name="eventForm"] button[ng-click="editor.cancel(eventForm)"]') as HTMLElement).click());
      await page.waitForSelector('form[name="eventForm"]', { state: 'detached' });
    }
    const stats = await runnerStats(cdp, contexts);
    if (stats && stats.runner.batches > 0) {
      results.push({ name: 'mean runner cost per mutation batch', value: stats.runner.busyMs / stats.runner.batches, unit: 'ms', budget: 0.1,
        note: `${stats.runner.batches} batches, ${stats.runner.scans} scans, ${LOADS} editors opened` });
    }
    results.push({ name: 'click Add → link in the location field (median)', value: median(clicks.filter(Number.isFinite)), unit: 'ms', budget: 50,
      note: `${clicks.filter(Number.isFinite).length}/${LOADS} clicks wrote the link` });
    await page.close();
  } finally {
    await without.close();
    await withEmpty.close();
    await withExtension.close();
    await rm(emptyCopy, { recursive: true, force: true });
  }
  return results;
}
