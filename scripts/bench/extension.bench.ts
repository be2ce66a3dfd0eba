// The browser extension's figures: gzip size of what each page loads before its main content shows
// (the entry and the chunks it imports statically), then what it loads after (the calendar
// sections) or on click (the .ics writer), reported apart; and the time from
// opening the popup to the link being on screen in headless Chromium (median of 15 openings).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, launchChromiumWithExtension } from '../e2e/browsers.ts';
import type { BenchResult } from './result.ts';

const dist = resolve(import.meta.dirname, '../../dist/chrome');
const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/** The entry and every module it imports without `import()`, each once. */
async function staticGraph(entry: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = await readFile(entry, 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
    await staticGraph(resolve(dirname(entry), match[1]!), seen);
  }
  return seen;
}

/** Gzip size of the entries and everything they import statically, each file once. */
async function loadedSize(...entries: string[]): Promise<number> {
  const files = new Set<string>();
  for (const entry of entries) for (const file of await staticGraph(join(dist, entry), new Set())) files.add(file);
  let total = 0;
  for (const file of files) total += gzipKb(await readFile(file));
  return total;
}

/** The chunk of `page`'s words in `lang` (extension/platform/words.<lang>.ts), by its built name. */
async function wordsChunk(page: 'popup' | 'options', lang: string): Promise<string> {
  const name = (await readdir(join(dist, 'chunks', page))).find((file) => file.startsWith(`words.${lang}-`));
  if (!name) throw new Error(`no words.${lang} chunk in ${dist}/chunks/${page}`);
  return `chunks/${page}/${name}`;
}

/** Every file `entry` may load: static imports, and `import()` targets that pass `follow`, transitively. */
async function reachable(entry: string, follow: (chunk: string) => boolean): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [join(dist, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) queue.push(resolve(dirname(file), match[1]!));
    for (const match of source.matchAll(/import\("(\.{1,2}\/[^"]+\.js)"\)/g)) {
      const chunk = resolve(dirname(file), match[1]!);
      if (follow(chunk)) queue.push(chunk);
    }
  }
  return seen;
}

/** Gzip size of the files in `more` that are not in `base`. */
async function extraSize(more: Set<string>, base: Set<string>): Promise<number> {
  let total = 0;
  for (const file of more) if (!base.has(file)) total += gzipKb(await readFile(file));
  return total;
}

const isIcsWriter = (file: string) => /write-ics-[^/]*\.js$/.test(file);
/** Another language's words: one of them loads, never all. */
const isWords = (file: string) => /words\.[a-z]{2}-[^/]*\.js$/.test(file);

async function popupToLink(runs: number): Promise<number[]> {
  const session = await launchChromiumWithExtension(dist, { locale: 'fr-FR' });
  try {
    const page = await session.context.newPage();
    // Runs before the popup's own scripts: notes when the link first appears, from navigation start.
    await page.addInitScript(() => {
      const record = globalThis as unknown as { __linkShownAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-visio-link]')) { record.__linkShownAt = performance.now(); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    const url = `chrome-extension://${session.extensionId}/popup.html`;
    await page.goto(url);
    await page.waitForSelector('[data-visio-link]'); // warm-up: first opening compiles and caches
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(url);
      await page.waitForSelector('[data-visio-link]');
      times.push(await page.evaluate(() => (globalThis as unknown as { __linkShownAt: number }).__linkShownAt));
    }
    return times;
  } finally {
    await session.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function bench(): Promise<BenchResult[]> {
  const popupFirst = await staticGraph(join(dist, 'popup.js'));
  const popupAfter = await reachable('popup.js', (file) => !isIcsWriter(file) && !isWords(file));
  const results: BenchResult[] = [
    { name: 'extension popup until the link shows, gzip', value: await loadedSize('popup.js'), unit: 'KB', budget: 25 },
    // A browser in another language loads that language's words first (load-language.ts).
    ...await Promise.all(['en', 'de', 'nl'].map(async (lang) => ({
      name: `extension popup until the link shows, in ${lang}, gzip`, value: await loadedSize('popup.js', await wordsChunk('popup', lang)), unit: 'KB', budget: 25,
    }))),
    { name: 'extension popup, then the invitation, Schedule, recent links and upcoming meetings, gzip', value: await extraSize(popupAfter, popupFirst), unit: 'KB', note: 'French; another language adds its words' },
    { name: 'extension popup, .ics writer loaded on click, gzip', value: await extraSize(await reachable('popup.js', (file) => !isWords(file)), popupAfter), unit: 'KB' },
    { name: 'extension options until the form shows, gzip', value: await loadedSize('options.js'), unit: 'KB', budget: 30 },
    ...await Promise.all(['en', 'de', 'nl'].map(async (lang) => ({
      name: `extension options until the form shows, in ${lang}, gzip`, value: await loadedSize('options.js', await wordsChunk('options', lang)), unit: 'KB', budget: 30,
    }))),
    { name: 'extension options, then the calendar feeds section, gzip', value: await extraSize(await reachable('options.js', (file) => !isWords(file)), await staticGraph(join(dist, 'options.js'))), unit: 'KB' },
    { name: 'extension background at each start, gzip', value: await loadedSize('background.js'), unit: 'KB', budget: 15, note: 'listeners only' },
    { name: 'extension background, actions chunk, gzip', value: await loadedSize('background/actions.js'), unit: 'KB', note: 'loaded by a menu/shortcut insert, a settings change' },
    { name: 'extension background, profile chunk, gzip', value: await loadedSize('background/profile.js'), unit: 'KB', note: 'loaded when a webmail page asks for the settings' },
    { name: 'extension background, calendar chunk, gzip', value: await loadedSize('background/calendar.js'), unit: 'KB', note: 'loaded by a feed/reminder alarm or a calendar request' },
    { name: 'extension insert-anywhere script, gzip', value: await loadedSize('insert.js'), unit: 'KB', budget: 8 },
  ];
  if (!existsSync(CHROMIUM_PATH)) {
    results.push({ name: 'popup open → link shown (Chromium)', value: Number.NaN, unit: 'ms', budget: 100, note: `skipped: ${CHROMIUM_PATH} missing` });
    return results;
  }
  const times = await popupToLink(15);
  results.push({ name: 'popup open → link shown, Chromium, median of 15', value: median(times), unit: 'ms', budget: 100, note: `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms` });
  return results;
}
