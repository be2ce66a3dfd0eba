// Folding and feed isolation over random input (fast-check).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readAgenda } from './agenda.ts';
import { foldLine } from './fold.ts';

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('é', '€', '字', '🌍', '👩‍👩‍👧', ' ', ';', ','), fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 400 });

describe('foldLine', () => {
  it('makes lines of at most 75 octets, each whole UTF-8, that unfold to the original', () => {
    fc.assert(fc.property(anyText, (value) => {
      const line = `DESCRIPTION:${value}`;
      const folded = foldLine(line);
      const pieces = folded.split('\r\n');
      for (const [i, piece] of pieces.entries()) {
        const bytes = new TextEncoder().encode(piece);
        assert.ok(bytes.length <= 75, `${bytes.length} octets`);
        assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes), piece);
        if (i > 0) assert.equal(piece[0], ' ');
      }
      assert.equal(folded.replace(/\r\n /g, ''), line);
    }), { numRuns: 2000 });
  });
});

describe('readAgenda isolation', () => {
  const good = (n: number) => ['BEGIN:VEVENT', `UID:good-${n}`, `DTSTART:202701${String(10 + n).padStart(2, '0')}T090000Z`, 'DURATION:PT1H', `SUMMARY:Bon ${n}`, 'END:VEVENT'];
  const junkLine = fc.oneof(
    fc.string({ maxLength: 60 }).filter((line) => !/^(BEGIN|END):/i.test(line.trim())),
    fc.constantFrom('DTSTART;TZID="W. Europe Standard Time:20270115T090000"', 'RRULE:FREQ=NOPE', 'Jane Doe', 'DTSTART:2027', 'X-ALT-DESC;FMTTYPE="text/html":<p>', '\u0000\u0001'),
  );

  it('lists every intact event whatever garbage a broken one holds', () => {
    fc.assert(fc.property(fc.array(junkLine, { minLength: 1, maxLength: 8 }), (junk) => {
      const broken = ['BEGIN:VEVENT', 'UID:broken', 'DTSTART:20270115T120000Z', ...junk, 'END:VEVENT'];
      const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...good(1), ...broken, ...good(2), 'END:VCALENDAR'].join('\r\n');
      const agenda = readAgenda(text, { from: new Date('2027-01-01T00:00:00Z'), days: 31, instances: [] });
      const uids = agenda.occurrences.map((o) => o.uid);
      assert.ok(uids.includes('good-1') && uids.includes('good-2'), JSON.stringify(junk));
      assert.ok(agenda.skipped.every((s) => s.uid === 'broken'));
    }), { numRuns: 500 });
  });
});
