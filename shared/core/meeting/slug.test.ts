import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateSlug, isStrictSlug, normalizeSlug, type RandomSource } from './slug.ts';

/** Replays the given 32-bit values, then fails: a test knows exactly what it fed in. */
function replay(values: readonly number[]): RandomSource {
  let next = 0;
  return (buffer) => {
    for (let i = 0; i < buffer.length; i += 1) {
      const value = values[next++];
      if (value === undefined) throw new Error('random source exhausted');
      buffer[i] = value;
    }
  };
}

/** Pearson's statistic of letter counts against a uniform 26-letter distribution. */
function chiSquare(slugs: readonly string[]): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const slug of slugs) {
    for (const letter of slug.replaceAll('-', '')) {
      counts.set(letter, (counts.get(letter) ?? 0) + 1);
      total += 1;
    }
  }
  const expected = total / 26;
  let statistic = 0;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') statistic += ((counts.get(letter) ?? 0) - expected) ** 2 / expected;
  return statistic;
}
/** χ² with 25 degrees of freedom exceeds this with probability ≈ 1e-6 (Wilson–Hilferty): a failure is a bias, not bad luck. */
const CRITICAL_25_DF = 74.5;

describe('generateSlug', () => {
  it("makes Meet's 3-4-3 lowercase rooms", () => {
    for (let i = 0; i < 1000; i += 1) assert.match(generateSlug(), /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
  });

  it('maps random values to letters in order', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 25 + 26 * 1000];
    assert.equal(generateSlug(replay(values)), 'abc-defg-hiz');
  });

  it('redraws values from the biased tail instead of folding them onto the first letters', () => {
    const top = 2 ** 32 - 1; // 4294967295 % 26 === 3: taking it would favour "d"
    const firstRejected = 2 ** 32 - (2 ** 32 % 26);
    const slug = generateSlug(replay([top, firstRejected, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]));
    assert.equal(slug, 'abc-defg-hij');
    assert.equal(generateSlug(replay([firstRejected - 1, ...Array.from({ length: 9 }, () => 0)])), `${String.fromCharCode(97 + ((firstRejected - 1) % 26))}aa-aaaa-aaa`);
  });

  it('draws letters uniformly (chi-square over 10,000 slugs)', () => {
    const slugs = Array.from({ length: 10_000 }, () => generateSlug());
    const statistic = chiSquare(slugs);
    assert.ok(statistic < CRITICAL_25_DF, `χ² = ${statistic.toFixed(1)} ≥ ${CRITICAL_25_DF}: letters are not uniform`);
  });

  it('the chi-square check does catch a modulo bias', () => {
    // Values in [0, 40) taken modulo 26: a-n come up twice as often as o-z.
    let state = 0;
    const biased: RandomSource = (buffer) => {
      for (let i = 0; i < buffer.length; i += 1) buffer[i] = (state = (state * 1103515245 + 12345) >>> 0) % 40;
    };
    const slugs = Array.from({ length: 10_000 }, () => generateSlug(biased));
    assert.ok(chiSquare(slugs) > CRITICAL_25_DF);
  });

  it('does not repeat itself', () => {
    const slugs = new Set(Array.from({ length: 10_000 }, () => generateSlug()));
    assert.equal(slugs.size, 10_000);
  });
});

describe('isStrictSlug', () => {
  it('accepts only the canonical form', () => {
    assert.equal(isStrictSlug('abc-defg-hij'), true);
    for (const bad of ['ABC-DEFG-HIJ', 'abcdefghij', 'abc-defg-hi', 'abc-defg-hijk', 'ab1-defg-hij', 'abc_defg_hij', ' abc-defg-hij', 'abc-defg-hij\n', 'àbc-defg-hij']) {
      assert.equal(isStrictSlug(bad), false, bad);
    }
  });
});

describe('normalizeSlug', () => {
  it("normalises Meet's flexible form as Meet redirects it", () => {
    for (const flexible of ['abc-defg-hij', 'ABC-DEFG-HIJ', 'abcdefghij', 'AbCdEfGhIj', 'abc-defghij', 'abcdefg-hij']) {
      assert.equal(normalizeSlug(flexible), 'abc-defg-hij', flexible);
    }
  });

  it('refuses what is not a room code', () => {
    for (const bad of ['', 'abc', 'ab-cdefg-hij', 'abc--defg-hij', 'abc-defg-hij-', '-abc-defg-hij', 'abcdefghijk', '2024report', 'abc-defg-hi1', 'api', 'abc defg hij', 'abc%2Ddefg-hij']) {
      assert.equal(normalizeSlug(bad), null, bad);
    }
  });
});
