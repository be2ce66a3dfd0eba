// When to read a feed next. Success: the regular interval. Failure: exponential backoff, so a broken
// or overloaded calendar server is not hammered every few minutes by every user's browser. A random
// share of the delay (crypto.getRandomValues, as everywhere in product code) keeps many browsers from retrying in step.

export const REFRESH_INTERVAL_MS = 15 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/** Delay before the next attempt after `failures` consecutive failures (0 = last attempt worked). */
export function retryDelayMs(failures: number, randomFraction: number = cryptoFraction()): number {
  if (failures <= 0) return REFRESH_INTERVAL_MS;
  const exponential = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
  // Up to 20 % less than the exponential step: spread, never longer than the cap.
  return Math.round(exponential * (1 - 0.2 * randomFraction));
}

function cryptoFraction(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}
