import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REFRESH_INTERVAL_MS, retryDelayMs } from './backoff.ts';

describe('retryDelayMs', () => {
  it('waits the regular interval after a success', () => {
    assert.equal(retryDelayMs(0, 0.5), REFRESH_INTERVAL_MS);
  });

  it('doubles after each failure, from one minute, and stops at six hours', () => {
    const delays = [1, 2, 3, 4, 5].map((failures) => retryDelayMs(failures, 0));
    assert.deepEqual(delays, [60_000, 120_000, 240_000, 480_000, 960_000]);
    assert.equal(retryDelayMs(50, 0), 6 * 60 * 60_000);
  });

  it('spreads retries by up to a fifth, never beyond the exponential step', () => {
    assert.equal(retryDelayMs(3, 0.999_999), Math.round(240_000 * (1 - 0.2 * 0.999_999)));
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(4);
      assert.ok(delay > 480_000 * 0.8 - 1 && delay <= 480_000, `delay ${delay}`);
    }
  });
});
