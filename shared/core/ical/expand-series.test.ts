// Restarting a series near the window (seek) must yield what full expansion from DTSTART yields,
// on every corpus file and many windows, including DST changes, COUNT and UNTIL ends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readAgenda } from './agenda.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.ics'));

/** Windows spread over the years a file covers, read from its DTSTARTs. */
function windowsFor(text: string): Date[] {
  const years = [...text.matchAll(/DTSTART[^:\r\n]*:(\d{4})/g)].map((m) => Number(m[1])).filter((y) => y > 1900 && y < 2100);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const dates: Date[] = [];
  for (let year = first; year <= Math.min(first + 4, 2030); year += 1) {
    for (const month of [2, 9]) dates.push(new Date(Date.UTC(year, month, 20 + (year % 7))));
  }
  // A big file gets fewer windows: full expansion from DTSTART is what makes this test slow.
  return text.length > 100_000 ? dates.filter((_, i) => i % 3 === 0) : dates;
}

describe('seek', () => {
  for (const name of files) {
    it(`changes nothing in ${name}`, () => {
      const bytes = readFileSync(join(FIXTURES, name));
      for (const from of windowsFor(new TextDecoder().decode(bytes).replace(/\0/g, ''))) {
        for (const days of [7, 40]) {
          const options = { from, days, instances: ['https://visio.numerique.gouv.fr'], timeZone: 'Europe/Paris' };
          const seek = readAgenda(bytes, options).occurrences;
          const full = readAgenda(bytes, { ...options, expand: { fromDtstart: true } }).occurrences;
          assert.deepEqual(seek, full, `${name} from ${from.toISOString()} for ${days} days`);
        }
      }
    });
  }
});
