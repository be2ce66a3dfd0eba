/**
 * Room slugs in Meet's format: three groups of lowercase letters, 3-4-3 (`abc-defg-hij`), the only
 * shape Meet's router opens without a redirect (notes/visio-meet.md §1.4). 26^10 ≈ 1.4e14 rooms:
 * a guessed or colliding slug joins someone else's meeting, so letters come from a CSPRNG, drawn
 * uniformly by rejection sampling (a plain `% 26` would favour the first letters).
 */

/** Fills the buffer with random 32-bit values; tests inject a deterministic one. */
export type RandomSource = (buffer: Uint32Array<ArrayBuffer>) => void;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const GROUPS = [3, 4, 3] as const;
const SLUG_LENGTH = 10;
/** The largest multiple of 26 that fits in 2^32: values at or above it are redrawn. */
const ACCEPT_BELOW = 2 ** 32 - (2 ** 32 % ALPHABET.length);

const STRICT = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
/**
 * Meet's flexible form (any case, hyphens optional, for people typing a code on a phone), letters
 * only: Meet also lets digits through, but it never makes slugs with digits, and accepting them would
 * turn paths such as `/2024report` into meetings.
 */
const FLEXIBLE = /^[a-z]{3}-?[a-z]{4}-?[a-z]{3}$/i;

/** Refuses to run without a CSPRNG rather than fall back to a guessable source. */
export const cryptoRandom: RandomSource = (buffer) => {
  if (typeof crypto === 'undefined' || typeof crypto.getRandomValues !== 'function') {
    throw new Error('crypto.getRandomValues is not available: no room link can be drawn safely here.');
  }
  crypto.getRandomValues(buffer);
};

/** `count` letters, each uniform over a-z, from a source of uniform 32-bit values. */
function drawLetters(count: number, random: RandomSource): string {
  let letters = '';
  const buffer = new Uint32Array(count);
  while (letters.length < count) {
    random(buffer);
    for (const value of buffer) {
      if (value < ACCEPT_BELOW && letters.length < count) letters += ALPHABET[value % ALPHABET.length];
    }
  }
  return letters;
}

export function generateSlug(random: RandomSource = cryptoRandom): string {
  const letters = drawLetters(SLUG_LENGTH, random);
  let start = 0;
  return GROUPS.map((size) => letters.slice(start, (start += size))).join('-');
}

export function isStrictSlug(value: string): boolean {
  return STRICT.test(value);
}

/** `ABCDEFGHIJ`, `abc-defghij` → `abc-defg-hij`, as Meet redirects; anything else → null. */
export function normalizeSlug(flexible: string): string | null {
  if (!FLEXIBLE.test(flexible)) return null;
  const letters = flexible.replace(/-/g, '').toLowerCase();
  return `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7)}`;
}
