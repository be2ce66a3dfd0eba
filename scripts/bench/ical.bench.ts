// Issue 6's benchmark: a 5,000-event feed (50 series, 200 overrides, two zones with DST, three
// years) → the occurrences of the next 14 days. Our reader against two anchors measured in the same
// run (notes/ical-baseline.md): ical.js the common way (a new ICAL.Event per VEVENT, then iterate)
// and ical.js grouped per UID. Exactness is checked against the grouped anchor.
// Peak memory: each reader runs once in a fresh Node process (`node … ical.bench.ts --child MODE FILE`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAgenda } from '../../shared/core/ical/agenda.ts';
import { groupedAgenda, naiveAgenda, type AnchorOccurrence } from '../../shared/core/ical/testing/anchors.ts';
import { BENCH_FEED, generateFeed } from '../../shared/core/ical/testing/generate-feed.ts';
import type { BenchResult } from './result.ts';

const FROM = new Date('2026-03-16T00:00:00Z');
const DAYS = 14;
const TO_MS = FROM.getTime() + DAYS * 86_400_000;
const INSTANCES = [BENCH_FEED.instance];
const BUDGET_MS = 40;

type Mode = 'ours' | 'grouped' | 'naive' | 'read-only';

function runOnce(mode: Mode, bytes: Uint8Array): AnchorOccurrence[] {
  if (mode === 'ours') return readAgenda(bytes, { from: FROM, days: DAYS, instances: INSTANCES }).occurrences;
  const text = new TextDecoder().decode(bytes);
  if (mode === 'grouped') return groupedAgenda(text, FROM.getTime(), TO_MS, INSTANCES);
  if (mode === 'naive') return naiveAgenda(text, FROM.getTime(), TO_MS, INSTANCES);
  return [];
}

function timings(runs: number, warmups: number, work: () => void): { median: number; p90: number } {
  for (let i = 0; i < warmups; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, p90: times[Math.min(times.length - 1, Math.floor(times.length * 0.9))] ?? Number.NaN };
}

/** Peak resident memory (MB) of a fresh process that reads the feed file and runs `mode` once. */
function peakRssMb(mode: Mode, file: string): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', mode, file], { encoding: 'utf8', timeout: 120_000 });
  const match = /maxRssKb=(\d+)/.exec(child.stdout);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const key = (o: AnchorOccurrence) => JSON.stringify([o.uid, o.start, o.end, o.summary, o.provider, o.url]);

function mismatches(ours: AnchorOccurrence[], reference: AnchorOccurrence[]): number {
  const a = new Set(ours.map(key));
  const b = new Set(reference.map(key));
  return [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length + Math.abs(ours.length - a.size);
}

export async function bench(): Promise<BenchResult[]> {
  const feed = generateFeed(BENCH_FEED);
  const bytes = new TextEncoder().encode(feed.text);
  const dir = mkdtempSync(join(tmpdir(), 'visio-ical-bench-'));
  const file = join(dir, 'feed.ics');
  writeFileSync(file, bytes);
  try {
    const ours = timings(15, 5, () => runOnce('ours', bytes));
    const grouped = timings(7, 2, () => runOnce('grouped', bytes));
    const naive = timings(3, 1, () => runOnce('naive', bytes));
    const ourResult = runOnce('ours', bytes);
    const groupedResult = runOnce('grouped', bytes);
    const naiveResult = runOnce('naive', bytes);
    const rss = { read: peakRssMb('read-only', file), ours: peakRssMb('ours', file), grouped: peakRssMb('grouped', file), naive: peakRssMb('naive', file) };
    const feedNote = `${(bytes.length / 1e6).toFixed(1)} MB, ${BENCH_FEED.events} VEVENTs, ${ourResult.length} occurrences in 14 days`;
    // A real feed of another shape: 1,321 yearly all-day series (notes/ical-baseline.md measured
    // ical.js at 1,024 ms naive and 225 ms grouped on it).
    const birthdays = readFileSync(join(import.meta.dirname, '../../shared/core/ical/fixtures/math-birthdays-1321-yearly.ics'));
    const birthdayWindow = { from: new Date('2026-09-10T00:00:00Z'), days: DAYS, instances: INSTANCES };
    const real = timings(15, 3, () => readAgenda(birthdays, birthdayWindow));
    const realGrouped = timings(5, 1, () => groupedAgenda(new TextDecoder().decode(birthdays), birthdayWindow.from.getTime(), birthdayWindow.from.getTime() + DAYS * 86_400_000, INSTANCES));
    return [
      { name: 'ical: 5,000-event feed → 14 days, ours (median)', value: ours.median, unit: 'ms', budget: BUDGET_MS, note: feedNote },
      { name: 'ical: ours p90', value: ours.p90, unit: 'ms' },
      { name: 'ical: anchor ical.js grouped per UID (median)', value: grouped.median, unit: 'ms', note: `${(grouped.median / ours.median).toFixed(1)}× ours` },
      { name: 'ical: anchor ical.js naive, Event per VEVENT (median)', value: naive.median, unit: 'ms', note: `${(naive.median / ours.median).toFixed(0)}× ours` },
      { name: 'ical: mismatches ours vs grouped anchor', value: mismatches(ourResult, groupedResult), unit: 'occurrences', budget: 0 },
      { name: 'ical: mismatches naive anchor vs grouped anchor', value: mismatches(naiveResult, groupedResult), unit: 'occurrences', note: 'known ical.js #1019 cross-wiring' },
      { name: 'ical: math-birthdays.ics (1,321 yearly series) → 14 days, ours', value: real.median, unit: 'ms', note: `grouped anchor ${realGrouped.median.toFixed(0)} ms` },
      { name: 'ical: peak RSS, ours (fresh process, one read)', value: rss.ours, unit: 'MB', note: `node + reading the file: ${rss.read.toFixed(0)} MB` },
      { name: 'ical: peak RSS, grouped anchor', value: rss.grouped, unit: 'MB' },
      { name: 'ical: peak RSS, naive anchor', value: rss.naive, unit: 'MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Child mode for the memory figures: one read in a fresh process, then report its peak RSS.
if (process.argv[2] === '--child' && process.argv[1] === import.meta.filename) {
  const bytes = readFileSync(process.argv[4] ?? '');
  runOnce(process.argv[3] as Mode, bytes);
  process.stdout.write(`maxRssKb=${process.resourceUsage().maxRSS}\n`);
}
