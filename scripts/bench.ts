// `npm run bench [-- word]`: builds the default profile, then runs every scripts/bench/*.bench.ts
// (or those whose name contains `word`) one after the other and prints one table.
// Figures over their budget are marked; the exit code stays 0 (speed is reported, not asserted).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from './build.ts';
import type { BenchResult } from './bench/result.ts';

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const dir = join(import.meta.dirname, 'bench');
const files = (await readdir(dir)).filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((word) => name.includes(word))).sort();

await build({ quiet: true });

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(2);
}

let over = 0;
const notRun: string[] = [];
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  try {
    const { bench } = (await import(join(dir, file))) as { bench: () => Promise<BenchResult[]> };
    for (const result of await bench()) {
      const budget = result.budget === undefined ? '' : ` (budget ≤ ${format(result.budget)} ${result.unit})`;
      const flag = result.budget !== undefined && result.value > result.budget ? '  OVER BUDGET' : '';
      if (flag) over += 1;
      console.log(`${result.name.padEnd(58)} ${format(result.value).padStart(9)} ${result.unit}${budget}${flag}${result.note ? `  ${result.note}` : ''}`);
    }
  } catch (error) {
    console.log(`could not run: ${error instanceof Error ? error.message : String(error)}`);
    notRun.push(file.replace('.bench.ts', ''));
  }
}
console.log(over ? `\n${over} figure(s) over budget.` : notRun.length ? '\nNo figure over budget among those measured.' : '\nAll figures within budget.');
// A bench that could not run measured nothing: say so last, where the eye lands.
if (notRun.length) console.log(`Not measured (see above why): ${notRun.join(', ')}.`);
